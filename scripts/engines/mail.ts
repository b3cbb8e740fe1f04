import path from "node:path";
import { startMailCatcher, type MailCatcher } from "../../lib/mail/catcher";

/**
 * The mail side of the dev stack: with SMTP_URL set, mail goes there; otherwise a local SMTP catcher (a real SMTP
 * server) keeps every mail under <dataDir>/mail for /dev/surat.
 */
export const startDevMail = async (dataDir: string, smtpUrl: string | undefined): Promise<{ smtpUrl: string; devMailDir?: string; catcher?: MailCatcher }> => {
  if (smtpUrl) return { smtpUrl };
  const catcher = await startMailCatcher({ dir: path.join(dataDir, "mail") });
  return { smtpUrl: catcher.url, devMailDir: catcher.dir, catcher };
};
