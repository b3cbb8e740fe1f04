import { devWhatsAppDir, env, isProduction } from "@/lib/env";
import { readCaughtMail } from "@/lib/mail/catcher";
import { readCaughtWhatsApp } from "@/lib/whatsapp/dev-inbox";

/** Mail caught by the development SMTP catcher, newest first; null in production, where the page does not exist. */
export const listCaughtMail = async () => {
  if (isProduction()) return null;
  const dir = env().DEV_MAIL_DIR;
  return dir ? readCaughtMail(dir, { limit: 100 }) : [];
};

/** WhatsApp messages kept by the development sender (no WHATSAPP_TOKEN), newest first; null in production. */
export const listCaughtWhatsApp = () => {
  if (isProduction()) return null;
  const dir = devWhatsAppDir();
  return dir ? readCaughtWhatsApp(dir, { limit: 50 }) : [];
};
