import type { Locale } from "@/lib/errors";
import { catalogs } from "./messages";

/**
 * A compliance rule's human name in the given language ("Hanya dari UMK" for UMK_ONLY). The code stays in the
 * data, the API and the auditor's detail; people read the name. An unnamed code falls back to itself, and a
 * unit test keeps every rule named so that fallback never shows.
 */
export const ruleName = (rule: string, locale: Locale): string => {
  const names: Record<string, string> = catalogs[locale].procurement.compliance.ruleNames;
  return names[rule] ?? rule;
};
