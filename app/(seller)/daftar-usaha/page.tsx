import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ScaleExplanation } from "@/components/business/scale-explanation";
import { ActionForm } from "@/components/seller/action-form";
import { payoutAccountFieldSpecs } from "@/components/seller/payout-account-fields";
import { HomeTitle } from "@/components/ui/home-title";
import { bankByCode, maskedPayoutAccount } from "@/lib/domain/business/bank-account";
import { certificateKindsFor, type CertificationKind } from "@/lib/domain/business/certification";
import { ONBOARDING_STEPS, stepIndex, type OnboardingStep } from "@/lib/domain/business/onboarding";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { getApplication } from "@/lib/services/businesses/application";
import { emailVerificationOf } from "@/lib/services/accounts/email-verification";
import { EmailVerificationNotice } from "@/components/accounts/email-verification-notice";
import { listPlatformKabupaten } from "@/lib/services/businesses/list-platform-kabupaten";
import type { CertificationInput } from "@/lib/validation/business";
import { saveStepAction, submitApplicationAction } from "@/lib/actions/seller/application-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.wizard"))("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** The finance step's optional payout fields; the first one says what they are for and that they may wait. */
const payoutFields = async (data: Record<string, unknown>) => {
  const t = await getTranslations("seller.wizard");
  const [bank, ...rest] = await payoutAccountFieldSpecs(
    { payoutBankCode: str(data.payoutBankCode), payoutAccountNumber: str(data.payoutAccountNumber), payoutAccountName: str(data.payoutAccountName) },
    { required: false },
  );
  return [{ ...bank!, label: `${t("payoutTitle")}: ${bank!.label}`, hint: t("payoutHint") }, ...rest];
};

/** The account as the review shows it: bank and the last four digits, like every screen after this one. */
const payoutSummary = (data: Record<string, unknown>) => {
  const bank = bankByCode(str(data.payoutBankCode));
  return maskedPayoutAccount({ bankName: bank?.name ?? null, accountNumber: str(data.payoutAccountNumber) || null, accountName: str(data.payoutAccountName) || null });
};

export default async function BusinessWizardPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/daftar-usaha");
  const [t, tAll, locale, params] = await Promise.all([getTranslations("seller.wizard"), getTranslations(), getLocale(), searchParams]);
  const [application, verification] = await Promise.all([getApplication(current), emailVerificationOf(current)]);

  if (application.submittedAt) {
    return (
      <section aria-labelledby="home-title" data-testid="wizard-submitted" className="space-y-4">
        <HomeTitle>{t("title")}</HomeTitle>
        <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-950">{t("submitted")}</p>
        <Link href="/penjual" className="inline-block min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white">
          {t("toDashboard")}
        </Link>
      </section>
    );
  }

  // A step in the URL is honoured only up to the resume point: nobody skips a step that is still empty.
  const requested = ONBOARDING_STEPS.find((s) => s === params.langkah);
  const step: OnboardingStep =
    requested && stepIndex(requested) <= stepIndex(application.step) ? requested : application.step;
  const data = application.data;
  const index = stepIndex(step);
  const previous = index > 1 ? ONBOARDING_STEPS[index - 2] : null;

  return (
    <section aria-labelledby="home-title" data-testid="wizard" data-step={step} className="mx-auto max-w-xl space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {verification.verified ? null : <EmailVerificationNotice email={verification.email} back="/daftar-usaha" sent={params.terkirim === "1"} />}
      <nav aria-label={t("progress", { current: index, total: ONBOARDING_STEPS.length })}>
        <p className="text-sm font-semibold text-slate-700" data-testid="wizard-progress">
          {t("progress", { current: index, total: ONBOARDING_STEPS.length })}
        </p>
        <ol className="mt-2 flex gap-1" aria-hidden="true">
          {ONBOARDING_STEPS.map((s, i) => (
            <li key={s} className={`h-2 flex-1 rounded ${i < index ? "bg-emerald-700" : "bg-slate-200"}`} />
          ))}
        </ol>
      </nav>
      <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 className="mb-4 text-lg font-semibold text-slate-900" data-testid="wizard-step-title">
          {t(`steps.${step}`)}
        </h2>
        {step === "identity" ? (
          <ActionForm
            action={saveStepAction}
            hidden={{ step }}
            testId="wizard-form"
            submitLabel={t("save")}
            pendingLabel={t("saving")}
            fields={[
              { name: "legalName", label: t("legalName"), required: true, defaultValue: str(data.legalName) },
              { name: "nib", label: t("nib"), hint: t("nibHint"), required: true, inputMode: "numeric", defaultValue: str(data.nib) },
              { name: "kbli", label: t("kbli"), hint: t("kbliHint"), required: true, inputMode: "numeric", defaultValue: str(data.kbli) },
              { name: "ownerName", label: t("ownerName"), required: true, defaultValue: str(data.ownerName) },
            ]}
          />
        ) : step === "location" ? (
          <ActionForm
            action={saveStepAction}
            hidden={{ step }}
            testId="wizard-form"
            submitLabel={t("save")}
            pendingLabel={t("saving")}
            fields={[
              {
                name: "regionId",
                label: t("regionId"),
                type: "select",
                required: true,
                defaultValue: str(data.regionId),
                options: (await listPlatformKabupaten()).map((r) => ({ value: r.id, label: r.name })),
              },
              { name: "address", label: t("address"), type: "textarea", required: true, defaultValue: str(data.address) },
            ]}
          />
        ) : step === "finance" ? (
          <ActionForm
            action={saveStepAction}
            hidden={{ step }}
            testId="wizard-form"
            submitLabel={t("save")}
            pendingLabel={t("saving")}
            fields={[
              { name: "capitalIdr", label: t("capitalIdr"), hint: t("capitalHint"), type: "number", required: true, defaultValue: str(data.capitalIdr) },
              { name: "annualTurnoverIdr", label: t("turnoverIdr"), hint: t("turnoverHint"), type: "number", required: true, defaultValue: str(data.annualTurnoverIdr) },
              ...(await payoutFields(data)),
            ]}
          />
        ) : step === "certifications" ? (
          <CertificationsForm
            kinds={certificateKindsFor(str(data.kbli))}
            kbli={str(data.kbli)}
            saved={(data.certifications ?? []) as CertificationInput[]}
            error={typeof params.galat === "string" ? params.galat : null}
            errorField={typeof params.kolom === "string" ? params.kolom : null}
          />
        ) : (
          <ReviewStep data={data} completed={application.completed} locale={locale} />
        )}
        {previous ? (
          <Link href={`/daftar-usaha?langkah=${previous}`} className="mt-4 inline-block text-sm font-semibold text-emerald-800 underline">
            {t("back")}
          </Link>
        ) : null}
      </div>
      {step !== "review" && data.capitalIdr !== undefined && data.annualTurnoverIdr !== undefined ? (
        <ScaleExplanation capitalIdr={Number(data.capitalIdr)} annualTurnoverIdr={Number(data.annualTurnoverIdr)} />
      ) : null}
      <p className="sr-only">{tAll("common.appName")}</p>
    </section>
  );
}

async function ReviewStep({ data, completed, locale }: { data: Record<string, unknown>; completed: Set<OnboardingStep>; locale: string }) {
  const t = await getTranslations("seller.wizard");
  const regions = await listPlatformKabupaten();
  const certs = (data.certifications ?? []) as CertificationInput[];
  const row = (label: string, value: string) => (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-base text-slate-900 break-words">{value}</dd>
    </div>
  );
  const sections: Array<{ step: OnboardingStep; rows: Array<[string, string]> }> = [
    { step: "identity", rows: [[t("legalName"), str(data.legalName)], [t("nib"), str(data.nib)], [t("kbli"), str(data.kbli)], [t("ownerName"), str(data.ownerName)]] },
    { step: "location", rows: [[t("regionId"), regions.find((r) => r.id === data.regionId)?.name ?? ""], [t("address"), str(data.address)]] },
    {
      step: "finance",
      rows: [
        [t("capitalIdr"), data.capitalIdr === undefined ? "" : formatIdr(Number(data.capitalIdr))],
        [t("turnoverIdr"), data.annualTurnoverIdr === undefined ? "" : formatIdr(Number(data.annualTurnoverIdr))],
        [t("payoutTitle"), payoutSummary(data) ?? t("payoutNone")],
      ],
    },
  ];
  return (
    <div className="space-y-4" data-testid="wizard-review" lang={locale}>
      <p className="text-sm text-slate-700">{t("reviewLead")}</p>
      {sections.map((s) => (
        <section key={s.step} className="space-y-2 border-t border-slate-200 pt-3">
          <div className="flex items-baseline justify-between gap-2">
            <h3 className="font-semibold text-slate-900">{t(`steps.${s.step}`)}</h3>
            <Link href={`/daftar-usaha?langkah=${s.step}`} className="text-sm font-semibold text-emerald-800 underline">
              {t("edit")}
            </Link>
          </div>
          {completed.has(s.step) ? <dl className="space-y-2">{s.rows.map(([l, v]) => <div key={l}>{row(l, v)}</div>)}</dl> : <p className="text-sm text-red-800">{t("missing")}</p>}
        </section>
      ))}
      {data.capitalIdr !== undefined && data.annualTurnoverIdr !== undefined ? (
        <ScaleExplanation capitalIdr={Number(data.capitalIdr)} annualTurnoverIdr={Number(data.annualTurnoverIdr)} />
      ) : null}
      <section className="space-y-2 border-t border-slate-200 pt-3">
        <div className="flex items-baseline justify-between gap-2">
          <h3 className="font-semibold text-slate-900">{t("steps.certifications")}</h3>
          <Link href="/daftar-usaha?langkah=certifications" className="text-sm font-semibold text-emerald-800 underline">
            {t("edit")}
          </Link>
        </div>
        {certs.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noCerts")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm text-slate-900">
            {certs.map((c) => (
              <li key={c.kind}>
                {t(`certKinds.${c.kind}`)}: {c.number}
                {c.expiresOn ? ` (${c.expiresOn})` : ""}
                {c.documentKey ? " 📎" : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ActionForm action={submitApplicationAction} fields={[]} testId="wizard-submit-form" submitLabel={t("submit")} pendingLabel={t("submitting")} />
    </div>
  );
}

const inputClass =
  "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

/**
 * Certificates: a plain multipart form posted to ./sertifikat (a route handler), because documents of up
 * to 10 MB do not fit the server-action body limit; errors come back in the URL (`galat`, `kolom`).
 */
async function CertificationsForm({
  kinds,
  kbli,
  saved,
  error,
  errorField,
}: {
  /** What the KBLI allows: food permits (PIRT, BPOM) are offered to food businesses only. */
  kinds: readonly CertificationKind[];
  kbli: string;
  saved: CertificationInput[];
  error: string | null;
  errorField: string | null;
}) {
  const t = await getTranslations("seller.wizard");
  return (
    <form method="post" action="/daftar-usaha/sertifikat" encType="multipart/form-data" className="space-y-4" data-testid="wizard-form">
      <p className="text-sm text-slate-700">{t("certIntro")}</p>
      {kinds.includes("pirt") ? null : <p className="text-sm text-slate-700" data-testid="cert-kbli-note">{t("certKbliNote", { kbli })}</p>}
      {error ? (
        <p role="alert" data-testid="form-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {kinds.map((kind) => {
        const cert = saved.find((c) => c.kind === kind);
        const label = t(`certKinds.${kind}`);
        const invalid = (name: string) => (errorField === name ? true : undefined);
        return (
          <fieldset key={kind} className="space-y-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
            <label htmlFor={`${kind}_number`} className="block text-sm font-semibold text-slate-800">
              {t("certNumber", { kind: label })}
            </label>
            <input id={`${kind}_number`} name={`${kind}_number`} defaultValue={cert?.number ?? ""} aria-invalid={invalid(`${kind}_number`)} data-testid={`input-${kind}_number`} className={inputClass} />
            {kind === "pirt" || kind === "halal" ? (
              <>
                <label htmlFor={`${kind}_expiresOn`} className="block text-sm font-semibold text-slate-800">
                  {t("certExpiry", { kind: label })}
                </label>
                <input id={`${kind}_expiresOn`} name={`${kind}_expiresOn`} type="date" defaultValue={cert?.expiresOn ?? ""} aria-invalid={invalid(`${kind}_expiresOn`)} data-testid={`input-${kind}_expiresOn`} className={inputClass} />
              </>
            ) : null}
            <label htmlFor={`${kind}_document`} className="block text-sm font-semibold text-slate-800">
              {t("certDocument", { kind: label })}
            </label>
            {cert?.documentKey ? (
              <p className="text-sm text-slate-700">
                <a href={`/media/${cert.documentKey}`} className="text-emerald-800 underline">
                  📎 {label}
                </a>
              </p>
            ) : null}
            <input id={`${kind}_document`} name={`${kind}_document`} type="file" accept="application/pdf,image/jpeg,image/png" data-testid={`input-${kind}_document`} className="block w-full text-base" />
          </fieldset>
        );
      })}
      <button type="submit" data-testid="form-submit" className="min-h-11 w-full rounded-md bg-emerald-800 px-4 py-2 text-base font-semibold text-white hover:bg-emerald-900 sm:w-auto">
        {t("save")}
      </button>
    </form>
  );
}
