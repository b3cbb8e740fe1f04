import "server-only";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { db } from "@/db/client";
import { findSessionVersion } from "@/db/queries/sessions";
import { env, requireEnv } from "@/lib/env";
import { SESSION_MAX_AGE } from "./options";

/**
 * Signs a person in from a server action, as next-auth's credentials callback would: the same JWT, with its own
 * session id and the account's session version, in next-auth's cookie (the __Secure- one behind https). Used right
 * after sign-up, so a new seller goes straight on to registering the business.
 */
export const startSessionFor = async (user: { id: string; email: string; name: string }) => {
  const token = await encode({
    secret: requireEnv("NEXTAUTH_SECRET"),
    maxAge: SESSION_MAX_AGE,
    token: { sub: user.id, email: user.email, name: user.name, sid: randomUUID(), sv: await findSessionVersion(db, user.id) },
  });
  const secure = (env().NEXTAUTH_URL ?? "").startsWith("https://");
  (await cookies()).set(`${secure ? "__Secure-" : ""}next-auth.session-token`, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE });
};
