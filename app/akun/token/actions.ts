"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentLocale } from "@/components/procurement/localize";
import { viewer } from "@/lib/auth/viewer";
import { toAppError } from "@/lib/errors";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";
import { createApiTokenSchema } from "@/lib/validation/api-tokens";

export type CreateTokenState = { token: string | null; error: string | null };

/** Returns the new token in the action state (never in a URL), so it is shown once and not logged. */
export async function createTokenAction(_previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  try {
    const expires = String(formData.get("expiresInDays") ?? "").trim();
    const input = createApiTokenSchema.parse({ name: formData.get("name"), expiresInDays: expires === "" ? undefined : expires });
    const created = await createApiToken(await viewer(), input);
    revalidatePath("/akun/token");
    return { token: created.token, error: null };
  } catch (error) {
    const appError = toAppError(error);
    const details = Array.isArray(appError.details) ? (appError.details as Array<{ message?: string }>).map((d) => d.message).filter(Boolean) : [];
    return { token: null, error: details.length > 0 ? details.join(" ") : appError.localized[await currentLocale()] };
  }
}

export async function revokeTokenAction(formData: FormData) {
  let problem: string | null = null;
  try {
    await revokeApiToken(await viewer(), String(formData.get("id")));
  } catch (error) {
    problem = toAppError(error).localized[await currentLocale()];
  }
  revalidatePath("/akun/token");
  redirect(problem ? `/akun/token?galat=${encodeURIComponent(problem)}` : "/akun/token");
}
