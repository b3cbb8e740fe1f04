import type { PreviewView } from "@/lib/i18n/compliance-view";

export type CheckoutValues = {
  /** Set when revising a draft or returned request: submit updates it instead of creating a new one. */
  requestId: string;
  budgetLineId: string;
  purpose: string;
  neededBy: string;
  eventId: string;
  justificationCode: string;
  justificationText: string;
};

/** What the checkout action hands back to its form: the typed values, the fresh preview and any problem. */
export type CheckoutState = {
  /** Bumped on every post so the fields re-mount with what was typed (React resets forms after an action). */
  rev: number;
  values: CheckoutValues;
  compliance: PreviewView;
  message?: string;
  fields?: Record<string, string>;
};
