"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import type { FormState } from "@/components/seller/form-state";
import type { Locale } from "@/lib/errors";
import { clientIpFromForwardedFor } from "@/lib/domain/auth/sign-in-policy";
import { signUp } from "@/lib/services/accounts/sign-up";
import { signUpSchema } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";

/** Creates the account, then sends the person to sign in and on to the business wizard. */
export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  try {
    const ip = clientIpFromForwardedFor((await headers()).get("x-forwarded-for"));
    await signUp(parseInput(signUpSchema, formObject(formData), locale), { ip });
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  redirect("/masuk?callbackUrl=%2Fdaftar-usaha&baru=1");
}
