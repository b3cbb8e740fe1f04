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

/**
 * What the checkout action hands back to its form: the values as posted, the fresh preview and any problem.
 * The form keeps its own copy of the values (the clerk may type on while a re-check runs); these seed it.
 */
export type CheckoutState = {
  values: CheckoutValues;
  compliance: PreviewView;
  message?: string;
  fields?: Record<string, string>;
};
