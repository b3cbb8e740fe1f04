import { getTranslations } from "next-intl/server";
import { resendVerificationAction } from "@/lib/actions/accounts/account-links";
import { Notice } from "./notice";

/** Shown to a person whose address is not confirmed: what it blocks, and a button for a fresh link. */
export async function EmailVerificationNotice({ email, back, sent }: { email: string; back: string; sent: boolean }) {
  const t = await getTranslations("accounts");
  return (
    <div className="space-y-2" data-testid="email-unverified">
      <Notice tone={sent ? "ok" : "warn"}>{sent ? t("resent") : t("unverifiedNotice", { email })}</Notice>
      <form action={resendVerificationAction}>
        <input type="hidden" name="back" value={back} />
        <button type="submit" data-testid="resend-verification" className="min-h-11 rounded-md border border-slate-400 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-50">
          {t("resend")}
        </button>
      </form>
    </div>
  );
}
