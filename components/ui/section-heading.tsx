import type { ReactNode } from "react";

export function SectionHeading({ id, children, aside }: { id: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {children}
      </h2>
      {aside ? <p className="text-sm text-slate-600">{aside}</p> : null}
    </div>
  );
}
