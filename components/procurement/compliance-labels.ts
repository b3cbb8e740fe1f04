import "server-only";
import { getTranslations } from "next-intl/server";
import type { ComplianceLabels } from "./compliance-findings";

/** The compliance panel's fixed texts in the viewer's language; the findings come localized already. */
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
    ruleCode: t("ruleCode"),
  };
};
