import { readCaughtMail } from "@/lib/mail/catcher";
import { testStack } from "../setup/stack";

/** Waits for the app's mail to `to` whose text links to `path` (the test stack's SMTP catcher), and returns the link. */
export const waitForMailLink = async (to: string, path: string, timeoutMs = 30_000) => {
  const dir = testStack().mailDir!;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await readCaughtMail(dir, { limit: 500 })).find((m) => m.to.includes(to) && m.text.includes(path));
    const link = mail ? new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\?token=\\S+`).exec(mail.text)?.[0] : undefined;
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} linking to ${path}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};
