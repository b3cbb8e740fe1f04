import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/seller/action-form";
import { VerificationBadge } from "@/components/business/verification-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { formatWitaDate } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import type { FormState } from "@/lib/actions/form-state";
import type { BusinessActions } from "@/lib/domain/business/business-actions";

export type QueueBusiness = {
  id: string;
  legalName: string;
  nib: string;
  kbli: string;
  ownerName: string;
  address: string;
  scale: "mikro" | "kecil" | "menengah" | "besar";
  capitalIdr: number;
  annualTurnoverIdr: number;
  verificationStatus: "pending" | "verified" | "rejected" | "suspended";
  statusReason: string | null;
  verifiedAt: Date | null;
  recheckDueAt: Date | null;
  kabupaten: string;
  createdAt: Date;
  certifications: Array<{ kind: string; number: string; expiresOn: string | null; documentPath: string | null }>;
  /** The admin's decisions its status allows (businessActions). */
  actions: Pick<BusinessActions, "verify" | "reject" | "suspend" | "reinstate">;
};

type Decide = (state: FormState, formData: FormData) => Promise<FormState>;

/** One list of the verification queue, each business with the decisions its status allows. */
export async function VerificationQueue(props: {
  id: string;
  title: string;
  businesses: QueueBusiness[];
  total?: number;
  empty: string;
  locale: string;
  decide: Decide;
}) {
  const { id, title, businesses, empty, locale, decide } = props;
  const t = await getTranslations();
  return (
    <section aria-labelledby={id} className="space-y-3" data-testid={`queue-${id}`}>
      <SectionHeading id={id} aside={props.total !== undefined ? String(props.total) : undefined}>
        {title}
      </SectionHeading>
      {businesses.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {businesses.map((b) => (
            <li key={b.id} data-testid="queue-item" data-nib={b.nib} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-base font-semibold text-slate-900">{b.legalName}</h3>
                <VerificationBadge status={b.verificationStatus} />
              </div>
              <dl className="grid grid-cols-1 gap-1 text-sm text-slate-800 sm:grid-cols-2">
                <div><dt className="inline text-slate-600">NIB: </dt><dd className="inline font-mono">{b.nib}</dd></div>
                <div><dt className="inline text-slate-600">KBLI: </dt><dd className="inline font-mono">{b.kbli}</dd></div>
                <div><dt className="inline text-slate-600">{t("sellerAdmin.owner")}: </dt><dd className="inline">{b.ownerName}</dd></div>
                <div><dt className="inline text-slate-600">{t("adminHome.colKabupaten")}: </dt><dd className="inline">{b.kabupaten}</dd></div>
                <div className="sm:col-span-2"><dd>{b.address}</dd></div>
                <div className="sm:col-span-2">
                  <dd>
                    {t("sellerAdmin.scaleLine", { scale: t(`scale.${b.scale}`), capital: formatIdr(b.capitalIdr), turnover: formatIdr(b.annualTurnoverIdr) })}
                  </dd>
                </div>
                <div><dt className="inline text-slate-600">{t("adminHome.colRegistered")}: </dt><dd className="inline">{formatWitaDate(b.createdAt, locale)}</dd></div>
                {b.recheckDueAt ? (
                  <div><dd>{t("sellerAdmin.recheckDue", { date: formatWitaDate(b.recheckDueAt, locale) })}</dd></div>
                ) : null}
              </dl>
              {b.certifications.length > 0 ? (
                <div className="text-sm">
                  <p className="font-semibold text-slate-800">{t("sellerAdmin.certificates")}</p>
                  <ul className="list-disc pl-5">
                    {b.certifications.map((c) => (
                      <li key={`${c.kind}-${c.number}`}>
                        {c.kind.toUpperCase()} {c.number}
                        {c.expiresOn ? ` · ${t("sellerAdmin.expires", { date: c.expiresOn })}` : ""}
                        {c.documentPath ? (
                          <>
                            {" · "}
                            <a href={`/media/${c.documentPath}`} className="text-emerald-800 underline">
                              {t("sellerAdmin.document")}
                            </a>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {b.statusReason ? (
                <p className="text-sm text-slate-800">
                  <span className="font-semibold">{t("sellerAdmin.currentReason")}:</span> {b.statusReason}
                </p>
              ) : null}
              <div className="grid gap-3 sm:grid-cols-2">
                {b.actions.verify ? (
                  <ActionForm action={decide} hidden={{ businessId: b.id, decision: "verify" }} fields={[]} testId="decide-verify" submitLabel={t("sellerAdmin.verify")} pendingLabel="…" />
                ) : null}
                {b.actions.reject ? (
                  <ActionForm
                    action={decide}
                    hidden={{ businessId: b.id, decision: "reject" }}
                    fields={[{ name: "reason", label: t("sellerAdmin.rejectReasonLabel"), type: "textarea", required: true }]}
                    testId="decide-reject"
                    idPrefix={`${b.id}-reject`}
                    submitLabel={t("sellerAdmin.reject")}
                    pendingLabel="…"
                  />
                ) : null}
                {b.actions.suspend ? (
                  <ActionForm
                    action={decide}
                    hidden={{ businessId: b.id, decision: "suspend" }}
                    fields={[{ name: "reason", label: t("sellerAdmin.suspendReasonLabel"), type: "textarea", required: true }]}
                    testId="decide-suspend"
                    idPrefix={`${b.id}-suspend`}
                    submitLabel={t("sellerAdmin.suspend")}
                    pendingLabel="…"
                  />
                ) : null}
                {b.actions.reinstate ? (
                  <ActionForm action={decide} hidden={{ businessId: b.id, decision: "reinstate" }} fields={[]} testId="decide-reinstate" submitLabel={t("sellerAdmin.reinstate")} pendingLabel="…" />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
