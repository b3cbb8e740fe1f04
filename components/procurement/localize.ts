import "server-only";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { ComplianceView } from "@/lib/services/procurement/shared";
import type { ComplianceLabels } from "./compliance-findings";
import type { PreviewView } from "./types";

/** A stored or previewed decision in the viewer's language, each finding with its "what to do" line. */
export const localizeCompliance = async (
  compliance: Pick<ComplianceView, "verdict" | "findings"> | null | undefined,
  options: { withHelp?: boolean } = {},
): Promise<PreviewView> => {
  if (!compliance) return null;
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("procurement.rules")]);
  return {
    verdict: compliance.verdict,
    findings: compliance.findings.map((f) => {
      const key = `${f.rule}.${f.severity}` as Parameters<typeof t>[0];
      return { rule: f.rule, severity: f.severity, message: f.message[locale], help: options.withHelp !== false && t.has(key) ? t(key) : "" };
    }),
  };
};

export const complianceLabels = async (heading?: string, policyVersion?: number | null): Promise<ComplianceLabels> => {
  const t = await getTranslations("procurement.compliance");
  return {
    heading: heading ?? t("heading"),
    verdict: { allow: t("verdict.allow"), needs_justification: t("verdict.needs_justification"), block: t("verdict.block") },
    severity: { block: t("severity.block"), justify: t("severity.justify"), warning: t("severity.warning") },
    whatToDo: t("whatToDo"),
    none: t("none"),
    empty: t("empty"),
    policyVersion: policyVersion ? t("policyVersion", { version: policyVersion }) : undefined,
  };
};
