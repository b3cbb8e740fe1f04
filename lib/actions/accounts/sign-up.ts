"use server";

import { headers } from "next/headers";
import { clientAddressOf } from "@/lib/api/client-address";
import { signUp } from "@/lib/services/accounts/sign-up";
import { signUpSchema } from "@/lib/validation/business";
import { formAction } from "../form-action";

/** Creates the account, then sends the person to sign in and on to the business wizard. */
export const signUpAction = formAction({
  schema: signUpSchema,
  run: async (_nobody, input) => signUp(input, { ip: clientAddressOf(await headers()) }),
  redirect: () => "/masuk?callbackUrl=%2Fdaftar-usaha&baru=1",
});
