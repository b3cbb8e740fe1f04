import { getTranslations } from "next-intl/server";
import { explainScale } from "@/lib/domain/business/onboarding";
import { Badge } from "@/components/ui/badge";

/** The PP 7/2021 scale with the criterion that decided it, so the seller sees why. */
export async function ScaleExplanation({ capitalIdr, annualTurnoverIdr }: { capitalIdr: number; annualTurnoverIdr: number }) {
  const t = await getTranslations();
  const explained = explainScale(capitalIdr, annualTurnoverIdr);
  return (
    <div data-testid="scale-explanation" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p className="flex flex-wrap items-center gap-2 font-semibold">
        {t("sellerHome.scale")}: {t(`scale.${explained.scale}`)}
        {explained.isUmk ? <Badge tone="success">{t("common.umkBadge")}</Badge> : null}
      </p>
      <p className="mt-1">{t(`seller.scaleWhy.${explained.key}`)}</p>
      <p className="mt-1 text-emerald-900">{t("seller.scaleWhy.rule")}</p>
    </div>
  );
}
