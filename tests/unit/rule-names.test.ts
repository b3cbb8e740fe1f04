import { exportHref } from "@/components/audit/export-href";
import { LOCALES } from "@/lib/i18n/locales";
import { catalogs } from "@/lib/i18n/messages";
import { ruleName } from "@/lib/i18n/rule-names";
import { ruleCodeSchema } from "@/lib/validation/views/procurement";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): Array<[string, string]> =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

const RULES = ruleCodeSchema.options;
// Any SHOUTY_SNAKE word, such as a rule code or a policy key written as a constant.
const CODE_LIKE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;

describe("rule names: people read words, not internal codes", () => {
  it.each(LOCALES)("every rule has a name in %s that is not a code", (locale) => {
    for (const rule of RULES) {
      const name = ruleName(rule, locale);
      expect(name).not.toBe(rule);
      expect(name).not.toMatch(CODE_LIKE);
    }
  });

  it("names a rule differently in each language where the words differ, and the same rule the same way everywhere", () => {
    expect(ruleName("UMK_ONLY", "id")).toBe("Hanya dari UMK");
    expect(ruleName("UMK_ONLY", "en")).toBe("UMK sellers only");
    expect(ruleName("EVENT_LOCAL_CONSUMPTION", "id")).toBe("Konsumsi kegiatan dari UMK lokal");
    // The policy editor's group for a rule carries the rule's name.
    expect(catalogs.id.procurement.policy.groups.umkOnly).toBe(ruleName("UMK_ONLY", "id"));
    expect(catalogs.en.procurement.policy.groups.eventLocalConsumption).toBe(ruleName("EVENT_LOCAL_CONSUMPTION", "en"));
  });

  it("falls back to the code itself for a code it does not know (never an empty label)", () => {
    expect(ruleName("NEW_RULE", "id")).toBe("NEW_RULE");
  });

  it.each(LOCALES)("no message in the %s catalog shows a rule code or an API path", (locale) => {
    const offending = leaves(catalogs[locale] as unknown as Tree).filter(([, text]) => CODE_LIKE.test(text) || text.includes("/api/v1"));
    expect(offending).toEqual([]);
  });
});

describe("exportHref: a CSV link carries the page's language", () => {
  it("adds lang and drops empty filters", () => {
    expect(exportHref("events.csv", { fiscalYear: 2026, opdId: undefined, status: "" }, "id")).toBe("/api/v1/exports/events.csv?fiscalYear=2026&lang=id");
    expect(exportHref("compliance-summary.csv", { fiscalYear: 2026, opdId: "opd-1" }, "en")).toBe("/api/v1/exports/compliance-summary.csv?fiscalYear=2026&opdId=opd-1&lang=en");
  });

  it("asks for Bahasa for any locale it does not ship", () => {
    expect(exportHref("payment-clock.csv", { fiscalYear: 2026 }, "fr")).toBe("/api/v1/exports/payment-clock.csv?fiscalYear=2026&lang=id");
  });
});
