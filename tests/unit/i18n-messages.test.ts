// next-intl's createTranslator is use-intl/core's, re-exported; importing the core keeps React out of a pure test.
import { createTranslator } from "use-intl/core";
import { LOCALES } from "@/lib/i18n/locales";
import { catalogs } from "@/lib/i18n/messages";
import { WITA_TIME_ZONE } from "@/lib/domain/time/wita";
import { type ArgumentKind, messageArguments, sampleValues } from "./helpers/icu-arguments";

type Tree = { [key: string]: string | Tree };

/** Every leaf as "namespace.key" → message, the way t() addresses it. */
const flatten = (tree: Tree, prefix = ""): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
};

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(catalogs[locale] as unknown as Tree)])) as Record<(typeof LOCALES)[number], Map<string, string>>;

/**
 * Formats one message as a page would and returns every problem instead of logging it. The parser runs
 * first (it names the arguments); next-intl then formats it too, so its own checks count as well.
 */
const formatProblems = (locale: (typeof LOCALES)[number], messages: object, key: string, message: string): string[] => {
  const problems: string[] = [];
  let args = new Map<string, ArgumentKind>();
  try {
    args = messageArguments(message);
  } catch (error) {
    problems.push(`parse: ${(error as Error).message}`);
  }
  const t = createTranslator({
    locale,
    messages,
    timeZone: WITA_TIME_ZONE,
    onError: (error) => problems.push(error.message),
  }) as unknown as { (key: string, values: object): string; rich: (key: string, values: object) => unknown };
  // Always pass a values object, even an empty one: without values next-intl's production build returns a
  // message with no "{" as it is, uncompiled, and would hide a broken tag.
  const values = sampleValues(args);
  const hasTags = [...args.values()].includes("tag");
  const result = hasTags ? t.rich(key, values) : t(key, values);
  if (!hasTags && typeof result !== "string") problems.push(`not a string: ${String(result)}`);
  return problems;
};

describe("message catalogs", () => {
  it.each(LOCALES)("%s has every key the other locale has", (locale) => {
    const missing = LOCALES.flatMap((other) => [...flat[other].keys()].filter((key) => !flat[locale].has(key)));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("every %s message formats with its arguments", (locale) => {
    const broken = [...flat[locale]].flatMap(([key, message]) =>
      formatProblems(locale, catalogs[locale], key, message).map((problem) => `${key}: ${problem}`),
    );
    expect(broken).toEqual([]);
  });

  it("each message asks for the same arguments in both locales", () => {
    const names = (message: string) => {
      try {
        return [...messageArguments(message).keys()].sort();
      } catch {
        return ["(unparsable)"]; // reported by the formatting test above
      }
    };
    const differing = [...flat.id.keys()]
      .filter((key) => flat.en.has(key))
      .filter((key) => names(flat.id.get(key)!).join() !== names(flat.en.get(key)!).join());
    expect(differing).toEqual([]);
  });

  it("catches a rich-text tag that is never closed, as in the old API-token lead", () => {
    const old = "Send it as the header Authorization: Bearer <token>.";
    const problems = formatProblems("en", { lead: old }, "lead", old);
    expect(problems[0]).toMatch(/^parse: UNCLOSED_TAG/);
    expect(problems.slice(1).join()).toMatch(/INVALID_MESSAGE|UNCLOSED_TAG/); // next-intl's own report
  });

  it.each(LOCALES)("the %s API-token lead shows the header literally", (locale) => {
    const t = createTranslator({ locale, messages: catalogs[locale], timeZone: WITA_TIME_ZONE, namespace: "apiTokens" });
    // As the page calls it, and compiled ({} forces that, see above): the escaped tag reads literally in both.
    expect(t("createdLead")).toContain("Authorization: Bearer <token>.");
    expect(t("createdLead", {})).toContain("Authorization: Bearer <token>.");
  });
});
