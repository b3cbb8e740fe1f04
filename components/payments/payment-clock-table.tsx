import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import type { PaymentClockView } from "@/lib/validation/views/payments";

/**
 * Days to pay per office for the year: what the auditor reads and what the public page shows. It carries
 * only counts and day figures per office, so it is safe to show without sign-in.
 */
export async function PaymentClockTable({ clock, headingId, showOpen = true }: { clock: PaymentClockView; headingId: string; showOpen?: boolean }) {
  const [t, tc] = await Promise.all([getTranslations("payments.clock"), getTranslations("payments.common")]);
  const days = (v: number | null) => (v === null ? tc("none") : tc("days", { count: v }));
  return (
    <ScrollTable labelledBy={headingId} hint={tc("scrollHint")}>
      <thead>
        <tr>
          <Th sticky>{t("opd")}</Th>
          <Th numeric>{t("median")}</Th>
          <Th numeric>{t("p90")}</Th>
          <Th numeric>{t("paidCount")}</Th>
          {showOpen ? <Th numeric>{t("openCount")}</Th> : null}
          <Th numeric>{t("overdueCount")}</Th>
        </tr>
      </thead>
      <tbody>
        {clock.opds.map((o) => {
          const late = o.medianDays !== null && o.medianDays > clock.maxDaysToPay;
          return (
            <Tr key={o.opdId}>
              <RowTh>
                <span data-testid="clock-opd" data-opd={o.name}>{o.name}</span>
              </RowTh>
              <Td numeric>
                <span data-testid="clock-opd-median" data-days={o.medianDays ?? ""} className={late ? "font-semibold text-red-800" : undefined}>
                  {days(o.medianDays)}
                </span>
              </Td>
              <Td numeric>
                <span data-testid="clock-opd-p90" data-days={o.p90Days ?? ""}>{days(o.p90Days)}</span>
              </Td>
              <Td numeric>
                <span data-testid="clock-opd-paid">{o.paidCount}</span>
              </Td>
              {showOpen ? <Td numeric>{o.openCount}</Td> : null}
              <Td numeric>
                <span data-testid="clock-opd-overdue" data-count={o.overdueCount}>
                  {o.overdueCount > 0 ? <Badge tone="danger">{o.overdueCount}</Badge> : o.overdueCount}
                </span>
              </Td>
            </Tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
