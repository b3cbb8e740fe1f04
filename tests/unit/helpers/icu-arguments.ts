import {
  type MessageFormatElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
} from "@formatjs/icu-messageformat-parser";

/** What a message asks of its caller, read from the ICU syntax tree rather than guessed from the text. */
export type ArgumentKind = "string" | "number" | "date" | "tag";

// When one name is used twice ({n} and {n, plural, …}) the stricter type must be passed, or the plural fails.
const STRICTNESS: Record<ArgumentKind, number> = { string: 0, number: 1, date: 2, tag: 3 };

const kindOf = (element: MessageFormatElement): ArgumentKind | null => {
  if (isTagElement(element)) return "tag";
  if (isNumberElement(element) || isPluralElement(element)) return "number";
  if (isDateElement(element) || isTimeElement(element)) return "date";
  if (isSelectElement(element) || element.type === 1 /* plain {argument} */) return "string";
  return null;
};

const collect = (elements: MessageFormatElement[], into: Map<string, ArgumentKind>): void => {
  for (const element of elements) {
    const kind = kindOf(element);
    if (kind && "value" in element) {
      const seen = into.get(element.value);
      if (!seen || STRICTNESS[kind] > STRICTNESS[seen]) into.set(element.value, kind);
    }
    if (isTagElement(element)) collect(element.children, into);
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) collect(option.value, into);
    }
  }
};

/**
 * The arguments a message declares, by name. Throws the parser's error (e.g. UNCLOSED_TAG for a literal
 * `<token>`) exactly as next-intl would on the page, because both use the same default parse options.
 */
export const messageArguments = (message: string): Map<string, ArgumentKind> => {
  const args = new Map<string, ArgumentKind>();
  collect(parse(message), args);
  return args;
};

/** A value of the right type for every argument: tags echo their chunks so nested text is formatted too. */
export const sampleValues = (args: Map<string, ArgumentKind>) =>
  Object.fromEntries(
    [...args].map(([name, kind]) => {
      if (kind === "number") return [name, 1];
      if (kind === "date") return [name, new Date(Date.UTC(2026, 0, 15, 3, 30))];
      if (kind === "tag") return [name, (chunks: unknown) => chunks];
      return [name, `<${name}>`];
    }),
  );
