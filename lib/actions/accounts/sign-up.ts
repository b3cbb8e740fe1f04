"use server";

import { headers } from "next/headers";
import { clientAddressOf } from "@/lib/api/client-address";
import { startSessionFor } from "@/lib/auth/start-session";
import { signUp } from "@/lib/services/accounts/sign-up";
import { signUpSchema } from "@/lib/validation/business";
import { formAction } from "../form-action";

/** Creates the account, signs the person in and sends them on to the business wizard (a verification mail is on its way). */
export const signUpAction = formAction({
  schema: signUpSchema,
  run: async (_nobody, input) => {
    const user = await signUp(input, { ip: clientAddressOf(await headers()) });
    await startSessionFor(user);
    return user;
  },
  redirect: () => "/daftar-usaha?baru=1",
});
