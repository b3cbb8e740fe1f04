import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/seller/action-form";
import { saveStorefrontStoryAction } from "@/lib/actions/seller/storefront-actions";
import type { Viewer } from "@/lib/domain/auth/roles";
import { getOwnStorefront } from "@/lib/services/storefront/update-storefront-story";

/** Pengaturan's storefront part: the link to the public page and the story the seller writes for it. */
export async function StorefrontSettings({ current, businessId }: { current: Viewer; businessId: string }) {
  const [t, storefront] = await Promise.all([getTranslations("storefront"), getOwnStorefront(current, businessId)]);
  return (
    <section aria-labelledby="storefront-settings-title" data-testid="storefront-settings" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="storefront-settings-title" className="text-lg font-semibold text-slate-900">{t("settingsTitle")}</h2>
      <p className="text-sm text-slate-700">{t("settingsLead")}</p>
      {storefront?.isPublic ? (
        <p>
          <Link href={`/toko/${storefront.slug}`} data-testid="own-storefront-link" className="font-semibold text-emerald-800 underline underline-offset-4">{t("viewStorefront")}</Link>
        </p>
      ) : (
        <p className="text-sm font-medium text-amber-900">{t("notYet")}</p>
      )}
      {storefront ? (
        <ActionForm
          action={saveStorefrontStoryAction}
          hidden={{ businessId }}
          fields={[{ name: "story", label: t("storyLabel"), hint: t("storyHint"), type: "textarea", defaultValue: storefront.story }]}
          testId="storefront-story-form"
          idPrefix="storefront"
          submitLabel={t("save")}
          pendingLabel={t("saving")}
        />
      ) : null}
    </section>
  );
}
