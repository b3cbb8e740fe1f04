import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { PolicyForm } from "@/components/procurement/policy-form";
import { POLICY_FIELDS, policyFormValues } from "@/lib/validation/policy-fields";
import { HomeTitle } from "@/components/ui/home-title";
import { JUSTIFICATION_CODES } from "@/lib/domain/compliance/policy";
import { formatWita, formatWitaDay } from "@/lib/domain/time/wita";
import { readActivePolicy } from "@/lib/services/procurement/get-active-policy";
import { policyAction } from "@/lib/actions/admin/save-policy";
import { regionsWhere } from "@/lib/auth/scopes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.policy"))("title") };
}

/** The region's compliance policy: the version in force, and a form that saves the next version. */
export default async function PolicyPage() {
  const current = await requireViewer("/admin/kebijakan");
  const [regionId] = regionsWhere(current, "policy.manage");
  if (!regionId) forbidden();
  const [active, t, tf, tc, locale] = await Promise.all([
    readActivePolicy(current, { regionId }),
    getTranslations("procurement.policy"),
    getTranslations("flags.policy"),
    getTranslations("procurement.compliance"),
    getLocale(),
  ]);
  type FieldKey = Parameters<typeof t>[0];
  type FlagFieldKey = Parameters<typeof tf>[0];
  // The red-flag thresholds bring their labels in the flags catalog.
  const isFlagField = (path: string) => path.startsWith("redFlags.");
  return (
    <section data-testid="policy-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <dl data-testid="policy-active" data-version={active.version} className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">{t("activeVersion")}</dt>
          <dd className="text-lg font-semibold">{active.id ? active.version : t("builtIn", { version: active.version })}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("effectiveFrom")}</dt>
          <dd className="font-semibold">{formatWitaDay(active.effectiveFrom, locale)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("savedAt")}</dt>
          <dd className="font-semibold">{active.createdAt ? formatWita(active.createdAt, locale) : "—"}</dd>
        </div>
        {active.note ? (
          <div className="sm:col-span-3">
            <dt className="text-slate-600">{t("note")}</dt>
            <dd>{active.note}</dd>
          </div>
        ) : null}
      </dl>
      <PolicyForm
        action={policyAction}
        initial={{ rev: 0, values: policyFormValues(active.rules) }}
        fields={POLICY_FIELDS.map((f) => ({
          ...f,
          group: isFlagField(f.path) ? tf("group") : t(`groups.${f.path.split(".")[0]}` as FieldKey),
          label: isFlagField(f.path) ? tf(`fields.${f.path.slice("redFlags.".length)}` as FlagFieldKey) : t(`fields.${f.path}` as FieldKey),
        }))}
        codeOptions={JUSTIFICATION_CODES.map((c) => ({ value: c, label: tc(`justificationCodes.${c}`) }))}
        labels={{
          effectiveFrom: t("newEffectiveFrom"),
          effectiveFromHint: t("newEffectiveFromHint"),
          note: t("newNote"),
          noteHint: t("newNoteHint"),
          review: t("review"),
          save: t("save"),
          pending: t("pending"),
          diffTitle: t("diffTitle"),
          saved: t("saved"),
          enabled: t("enabled"),
        }}
      />
    </section>
  );
}
