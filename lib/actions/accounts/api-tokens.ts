"use server";

import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";
import { createApiTokenSchema } from "@/lib/validation/api-tokens";
import { stateAction } from "../form-action";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";

export type CreateTokenState = { token: string | null; error: string | null };

const TOKENS = "/akun/token";

/** Returns the new token in the action state (never in a URL), so it is shown once and not logged. */
export const createTokenAction = stateAction({
  input: (formData) => {
    const expires = textField(formData, "expiresInDays");
    // The schema's own messages are what this form lists, so it parses here rather than with the shared keys.
    return createApiTokenSchema.parse({ name: formData.get("name"), expiresInDays: expires === "" ? undefined : expires });
  },
  run: (viewer, input) => createApiToken(viewer, input),
  revalidate: [TOKENS],
  success: (created): CreateTokenState => ({ token: created.token, error: null }),
  failure: (error, { locale }): CreateTokenState => {
    const details = Array.isArray(error.details) ? (error.details as Array<{ message?: string }>).map((d) => d.message).filter(Boolean) : [];
    return { token: null, error: details.length > 0 ? details.join(" ") : error.localized[locale] };
  },
});

export const revokeTokenAction = plainAction({
  run: (viewer, _input, { formData }) => revokeApiToken(viewer, textField(formData, "id")),
  revalidate: [TOKENS],
  redirect: () => TOKENS,
  onError: backWithProblem(TOKENS),
});
