import { AppError } from "@/lib/errors";

/** A token must not mint, list or revoke tokens: managing them needs the person's browser session. */
export const requireSessionAuth = (request: Request) => {
  if (request.headers.has("authorization")) {
    throw new AppError("forbidden", { id: "Kelola token API dari sesi peramban, bukan dengan token.", en: "Manage API tokens from a browser session, not with a token." });
  }
};
