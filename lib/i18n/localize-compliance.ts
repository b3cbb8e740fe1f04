import "server-only";
import { getTranslations } from "next-intl/server";
import type { ComplianceView } from "@/lib/validation/views/procurement";
import type { PreviewView } from "./compliance-view";
import { currentLocale } from "./current-locale";
import { ruleName } from "./rule-names";

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
      return { rule: f.rule, name: ruleName(f.rule, locale), severity: f.severity, message: f.message[locale], help: options.withHelp !== false && t.has(key) ? t(key) : "" };
    }),
  };
};
