import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { verificationDisplay } from "@/lib/domain/business/business-actions";
import { formatWitaDate } from "@/lib/domain/time/wita";
import { VerificationBadge } from "./verification-badge";

type Business = {
  id: string;
  legalName: string;
  nib: string;
  scale: "mikro" | "kecil" | "menengah" | "besar";
  isUmk: boolean;
  verificationStatus: "pending" | "verified" | "rejected" | "suspended";
  statusReason: string | null;
  verifiedAt: Date | null;
  kabupaten: string;
};

export async function BusinessSummary({ business, locale }: { business: Business; locale: string }) {
  const t = await getTranslations();
  const headingId = `business-${business.id}`;
  // A reason only matters while the business cannot sell: the seller needs to know what to fix.
  const shows = verificationDisplay(business.verificationStatus);
  const showReason = shows.showsReason && business.statusReason;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <p className="text-sm font-medium text-slate-600">{t("sellerHome.business")}</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-xl font-semibold text-slate-900">
          {business.legalName}
        </h2>
        {business.isUmk ? <Badge tone="success">{t("common.umkBadge")}</Badge> : null}
        <VerificationBadge status={business.verificationStatus} />
      </div>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-600">{t("sellerHome.nib")}</dt>
          <dd className="font-mono text-base text-slate-900">{business.nib}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("sellerHome.scale")}</dt>
          <dd className="text-base text-slate-900">{t(`scale.${business.scale}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("sellerHome.kabupaten")}</dt>
          <dd className="text-base text-slate-900">{business.kabupaten}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("sellerHome.status")}</dt>
          <dd className="text-base text-slate-900">
            {t(`verification.${business.verificationStatus}`)}
            {shows.showsVerifiedDate && business.verifiedAt
              ? ` · ${formatWitaDate(business.verifiedAt, locale)}`
              : null}
          </dd>
        </div>
      </dl>
      {showReason ? (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span className="font-semibold">{t("sellerHome.reason")}:</span> {business.statusReason}
        </p>
      ) : null}
      <p className="mt-4 text-sm text-slate-700">{business.isUmk ? t("sellerHome.umkNote") : t("sellerHome.notUmkNote")}</p>
    </section>
  );
}
