import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { formatWita } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { PaymentClockView } from "@/lib/validation/views/payments";

/** Orders past the policy limit, oldest first, as cards (they read on a phone without a sideways table). */
export async function OverdueList({ overdue, headingId }: { overdue: PaymentClockView["overdue"]; headingId: string }) {
  const [t, tc, locale] = await Promise.all([getTranslations("payments.audit"), getTranslations("payments.common"), getLocale()]);
  if (overdue.length === 0) return <EmptyState>{t("noOverdue")}</EmptyState>;
  const rows = [...overdue].sort((a, b) => b.ageDays - a.ageDays);
  return (
    <ul aria-labelledby={headingId} className="grid gap-3 md:grid-cols-2">
      {rows.map((o) => (
        <li key={o.orderId} data-testid="overdue-order" data-order-id={o.orderId} className="space-y-1 rounded-lg border border-red-300 bg-white p-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/pesanan/${o.orderId}`} className="break-all font-semibold text-emerald-800 underline underline-offset-4">{o.orderNumber}</Link>
            <span className="ml-auto font-semibold text-red-800">{tc("days", { count: o.ageDays })}</span>
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            <dt className="text-slate-600">{t("opd")}</dt>
            <dd>{o.opdName}</dd>
            <dt className="text-slate-600">{t("seller")}</dt>
            <dd>{o.businessName}</dd>
            <dt className="text-slate-600">{t("bastAt")}</dt>
            <dd>{formatWita(o.bastAt, locale, { time: false })}</dd>
            <dt className="text-slate-600">{t("outstanding")}</dt>
            <dd className="font-semibold tabular-nums">{formatIdr(o.outstandingIdr)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
