import "server-only";
import { cookies } from "next/headers";

/**
 * next-auth's double-submit CSRF token, read from its cookie (`token|hash`; __Host- prefixed behind https) so a page
 * can render a form that posts to /api/auth without JavaScript. Null when the browser has no such cookie yet.
 */
export const readNextAuthCsrfToken = async (): Promise<string | null> => {
  const store = await cookies();
  const raw = store.get("__Host-next-auth.csrf-token")?.value ?? store.get("next-auth.csrf-token")?.value;
  const token = raw ? decodeURIComponent(raw).split("|")[0] : "";
  return token || null;
};
