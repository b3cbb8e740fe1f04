import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { loadOrRespond } from "@/components/procurement/load";
import { ActionForm } from "@/components/seller/action-form";
import { payoutAccountFieldSpecs } from "@/components/seller/payout-account-fields";
import { HomeTitle } from "@/components/ui/home-title";
import { businessesWhere } from "@/lib/auth/scopes";
import { savePayoutAccountAction } from "@/lib/actions/seller/payout-account-actions";
import { getPayoutAccountForEdit } from "@/lib/services/businesses/payout-account";
import { StorefrontSettings } from "@/components/storefront/storefront-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("seller.settings"))("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The seller's business settings: today the payout bank account (whole number shown only here, to its owner). */
export default async function SellerSettingsPage({ searchParams }: Props) {
  const current = await requireViewer("/penjual/pengaturan");
  const own = businessesWhere(current, "business.update");
  if (own.length === 0) redirect("/daftar-usaha");
  const requested = (await searchParams).usaha;
  const businessId = typeof requested === "string" && own.includes(requested) ? requested : own[0]!;
  const [t, account] = await Promise.all([getTranslations("seller.settings"), loadOrRespond(() => getPayoutAccountForEdit(current, businessId))]);
  const fields = await payoutAccountFieldSpecs(account.values, { required: true });

  return (
    <section aria-labelledby="home-title" data-testid="seller-settings" className="mx-auto max-w-xl space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <section aria-labelledby="account-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="account-title" className="text-lg font-semibold text-slate-900">{t("accountTitle")}</h2>
        <p data-testid="payout-account-current" data-missing={!account.view.hasAccount} className={account.view.hasAccount ? "text-slate-800" : "font-medium text-amber-900"}>
          {account.view.display ? t("current", { account: account.view.display }) : t("none")}
        </p>
        <ActionForm
          action={savePayoutAccountAction}
          hidden={{ businessId }}
          fields={fields}
          testId="payout-account-form"
          idPrefix="payout"
          submitLabel={t("save")}
          pendingLabel={t("saving")}
        />
      </section>
      <StorefrontSettings current={current} businessId={businessId} />
    </section>
  );
}
