"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const BASE =
  "inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-2.5 text-sm hover:bg-slate-100 hover:text-slate-900 sm:px-3 aria-[current=page]:bg-emerald-50 aria-[current=page]:text-emerald-900 aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-4";
const TONE = { plain: "font-medium text-slate-700", emphasis: "font-semibold text-emerald-800" } as const;

/** A header link that tells assistive technology which page is open (aria-current). */
export function NavLink({ href, children, tone = "plain", testId }: { href: string; children: ReactNode; tone?: keyof typeof TONE; testId?: string }) {
  const pathname = usePathname();
  const isCurrent = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={isCurrent ? "page" : undefined} data-testid={testId} className={`${BASE} ${TONE[tone]}`}>
      {children}
    </Link>
  );
}
