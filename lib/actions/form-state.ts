/** What a thin server action returns to its form: a top message and per-field messages, plus what was typed. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};
