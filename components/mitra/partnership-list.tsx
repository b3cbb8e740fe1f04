import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { changePartnershipAction, uploadPartnershipEvidenceAction } from "@/lib/actions/mitra/partnership-actions";
import { PARTNER_KIND_NAMES, PARTNERSHIP_TYPE_NAMES, type PartnerKind, type PartnershipType } from "@/lib/domain/readiness/partners";
import { formatWitaDate, formatWitaDay } from "@/lib/domain/time/wita";
import type { listPartnershipsFor } from "@/lib/services/partnerships/list-partnerships";
import { PARTNERSHIP_STATUS_DISPLAY } from "./status-labels";
import { CARD, INPUT, LABEL, LINK, SECONDARY } from "./styles";

type Row = Awaited<ReturnType<typeof listPartnershipsFor>>[number];

/** Partnerships with what the viewer may do next (from partnershipActions): accept, decline, end, add evidence. */
export async function PartnershipList({ rows, back, locale, side }: { rows: Row[]; back: string; locale: "id" | "en"; side: "seller" | "partner" }) {
  const t = await getTranslations("mitra");
  if (rows.length === 0) return <EmptyState>{t("partnerships.none")}</EmptyState>;
  return (
    <ul className="space-y-3">
      {rows.map((p) => {
        const status = PARTNERSHIP_STATUS_DISPLAY[p.status];
        return (
          <li key={p.id} data-testid="partnership" data-partnership-id={p.id} className={CARD}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold text-slate-900">
                {side === "seller" ? p.partnerName : p.businessName}{" "}
                <span className="font-normal text-slate-700">· {PARTNERSHIP_TYPE_NAMES[p.type as PartnershipType][locale]}</span>
              </h3>
              <Badge tone={status.tone}>{t(`partnershipStatus.${status.key}`)}</Badge>
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {side === "seller" ? PARTNER_KIND_NAMES[p.partnerKind as PartnerKind][locale] : t("partnerships.nib", { nib: p.businessNib })}
              {" · "}
              {t("partnerships.proposedOn", { date: formatWitaDate(p.proposedAt, locale) })}
              {p.startsOn ? ` · ${t("partnerships.period", { from: formatWitaDay(p.startsOn, locale), to: p.endsOn ? formatWitaDay(p.endsOn, locale) : t("partnerships.open") })}` : null}
            </p>
            {p.evidence ? <p className="mt-1 text-sm text-slate-800">{p.evidence}</p> : null}
            {p.evidenceFiles.length > 0 ? (
              <ul className="mt-2 space-y-1 text-sm">
                {p.evidenceFiles.map((f, i) => (
                  <li key={f.id}>
                    <a href={`/media/${f.key}`} className={LINK}>
                      {t("partnerships.evidenceFile", { n: i + 1 })}
                    </a>
                    {f.note ? ` — ${f.note}` : null}
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="mt-3 flex flex-wrap items-end gap-2">
              {p.actions.accept ? <EventButton id={p.id} back={back} event="accept" label={t("partnerships.accept")} primary /> : null}
              {p.actions.decline ? <EventButton id={p.id} back={back} event="decline" label={t("partnerships.decline")} /> : null}
              {p.actions.end ? <EventButton id={p.id} back={back} event="end" label={t("partnerships.end")} /> : null}
              {p.actions.readBusinessData ? (
                <Link href={`/mitra/umk/${p.businessId}`} className={`${SECONDARY} inline-flex items-center`} data-testid="readiness-link">
                  {t("partnerships.readiness")}
                </Link>
              ) : null}
            </div>
            {p.actions.uploadEvidence ? (
              <form action={uploadPartnershipEvidenceAction} encType="multipart/form-data" className="mt-3 grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
                <input type="hidden" name="partnershipId" value={p.id} />
                <input type="hidden" name="back" value={back} />
                <label className={LABEL}>
                  {t("partnerships.evidenceLabel")}
                  <input type="file" name="file" accept="application/pdf,image/jpeg,image/png" required className={INPUT} />
                </label>
                <label className={LABEL}>
                  {t("partnerships.evidenceNote")}
                  <input type="text" name="note" maxLength={300} className={INPUT} />
                </label>
                <button type="submit" className={SECONDARY}>
                  {t("partnerships.evidenceSubmit")}
                </button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function EventButton({ id, back, event, label, primary = false }: { id: string; back: string; event: "accept" | "decline" | "end"; label: string; primary?: boolean }) {
  return (
    <form action={changePartnershipAction}>
      <input type="hidden" name="partnershipId" value={id} />
      <input type="hidden" name="event" value={event} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" data-testid={`partnership-${event}`} className={primary ? "min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900" : SECONDARY}>
        {label}
      </button>
    </form>
  );
}
