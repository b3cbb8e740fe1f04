import { getTranslations } from "next-intl/server";
import { reopenApplicationAction } from "@/lib/actions/seller/application-actions";
import { verificationDisplay } from "@/lib/domain/business/business-actions";
import { formatWitaDate } from "@/lib/domain/time/wita";

type Props = {
  status: "pending" | "verified" | "rejected" | "suspended";
  reason: string | null;
  recheckDueAt: Date | null;
  locale: string;
  /** businessActions().resubmit: a rejected seller may correct the registration. */
  mayResubmit: boolean;
};

const tone = {
  pending: "border-amber-300 bg-amber-50 text-amber-950",
  verified: "border-emerald-300 bg-emerald-50 text-emerald-950",
  rejected: "border-red-300 bg-red-50 text-red-950",
  suspended: "border-red-300 bg-red-50 text-red-950",
} as const;

/** Tells the seller in plain words what their verification status means for their products, and why. */
export async function StatusNotice({ status, reason, recheckDueAt, locale, mayResubmit }: Props) {
  const t = await getTranslations();
  const shows = verificationDisplay(status);
  return (
    <div role="status" data-testid="seller-status" data-status={status} className={`rounded-md border px-3 py-2 text-sm ${tone[status]}`}>
      <p>{t(`seller.status.${status}`)}</p>
      {reason && shows.showsReason ? (
        <p className="mt-1" data-testid="seller-status-reason">
          <span className="font-semibold">{t("sellerHome.reason")}:</span> {reason}
        </p>
      ) : null}
      {mayResubmit ? (
        <form action={reopenApplicationAction} className="mt-2">
          <button type="submit" data-testid="resubmit-business" className="inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
            {t("seller.status.resubmit")}
          </button>
        </form>
      ) : null}
      {shows.showsRecheckDue && recheckDueAt ? <p className="mt-1">{t("seller.status.recheckDue", { date: formatWitaDate(recheckDueAt, locale) })}</p> : null}
    </div>
  );
}
