import { env, isProduction } from "@/lib/env";
import { readCaughtMail } from "@/lib/mail/catcher";

/** Mail caught by the development SMTP catcher, newest first; null in production, where the page does not exist. */
export const listCaughtMail = async () => {
  if (isProduction()) return null;
  const dir = env().DEV_MAIL_DIR;
  return dir ? readCaughtMail(dir, { limit: 100 }) : [];
};
