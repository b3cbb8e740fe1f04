import { getTranslations } from "next-intl/server";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { formatWitaDate } from "@/lib/domain/time/wita";
import type { ShowcaseLiftView } from "@/lib/validation/showcases";

type Window = ShowcaseLiftView["members"][number]["before30"];

/** The admin's lift table: per featured seller, orders and new OPD buyers before and after featuring. */
export async function ShowcaseLiftTable({ lift, locale }: { lift: ShowcaseLiftView; locale: string }) {
  const [t, tc] = await Promise.all([getTranslations("exposure.showcaseAdmin"), getTranslations("common")]);
  const headingId = `lift-${lift.slug}`;
  const cell = (w: Window) => (
    <Td numeric>
      {w.orders} {t("orders")} · {w.newOpdBuyers} {t("newOpds")}
      {w.complete ? null : <span className="block text-xs text-slate-600">{t("pending")}</span>}
    </Td>
  );
  // A plain block, not a region: every showcase's lift has the same heading, and same-named landmarks confuse
  // screen-reader navigation (axe landmark-unique); the showcase's own section is the landmark.
  return (
    <div className="space-y-2" data-testid="showcase-lift">
      <h3 id={headingId} className="font-semibold text-slate-900">{t("lift")}</h3>
      <p className="text-sm text-slate-700">{t("liftLead")}</p>
      <ScrollTable labelledBy={headingId} hint={tc("scrollHint")}>
        <thead>
          <tr><Th sticky>{t("businessId")}</Th><Th>{t("featuredAt")}</Th><Th numeric>{t("before30")}</Th><Th numeric>{t("after14")}</Th><Th numeric>{t("after30")}</Th></tr>
        </thead>
        <tbody>
          {lift.members.map((m) => (
            <Tr key={m.businessId}>
              <RowTh>{m.businessName}</RowTh>
              <Td>{formatWitaDate(m.featuredAt, locale)}</Td>
              {cell(m.before30)}
              {cell(m.after14)}
              {cell(m.after30)}
            </Tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
