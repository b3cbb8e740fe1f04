"use server";

import { getTranslations } from "next-intl/server";
import type { CheckoutState } from "./checkout-state";
import { localizeCompliance } from "@/lib/i18n/localize-compliance";
import { stateAction } from "../form-action";
import { checkoutFields, checkoutIntent, checkoutValues, complianceIn } from "./checkout-input";
import { courtesyPreview, runCheckout } from "./checkout-steps";

/**
 * The checkout form's one action (preview, draft or submit). The form keeps what was typed and always shows
 * the freshest compliance preview; a blocked cart comes back with every finding explained.
 */
export const checkoutAction = stateAction({
  input: (formData) => ({ intent: checkoutIntent(formData), values: checkoutValues(formData) }),
  run: (viewer, { intent, values }, { locale }) => runCheckout(viewer, intent, values, locale),
  revalidate: (outcome) => (outcome.kind === "submitted" ? ["/keranjang", "/permintaan"] : []),
  redirect: (outcome, { intent }) => (outcome.kind === "submitted" ? `/permintaan/${outcome.requestId}?${intent === "draft" ? "draf" : "baru"}=1` : undefined),
  success: async (outcome, { values }): Promise<CheckoutState> => {
    const base = { values };
    if (outcome.kind !== "preview") return { ...base, compliance: null, message: (await getTranslations("procurement.cart"))("emptyCart") };
    return { ...base, compliance: await localizeCompliance(outcome.compliance) };
  },
  failure: async (error, { viewer, locale, formData }): Promise<CheckoutState> => {
    const t = await getTranslations("procurement.cart");
    const values = checkoutValues(formData);
    const compliance = complianceIn(error) ?? (await courtesyPreview(viewer, values));
    return { values, message: error.localized[locale], fields: checkoutFields(error, (key) => t(`errors.${key}`)), compliance: await localizeCompliance(compliance) };
  },
});
