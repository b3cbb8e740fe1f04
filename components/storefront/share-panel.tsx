import { getTranslations } from "next-intl/server";
import { whatsappShareUrl } from "@/lib/domain/storefront/share";
import { ShareButton } from "./share-button";

type Props = { slug: string; absoluteUrl: string; name: string; kabupaten: string; ordersCompleted: number };

const linkClass = "inline-flex min-h-11 items-center rounded-md border border-emerald-800 px-3 py-2 text-sm font-semibold text-emerald-900 hover:bg-emerald-50";

/** Everything that carries the storefront elsewhere: share sheet or copied link, WhatsApp, QR poster, QR image. */
export async function SharePanel({ slug, absoluteUrl, name, kabupaten, ordersCompleted }: Props) {
  const t = await getTranslations("storefront");
  const message = t("whatsappText", { name, kabupaten, orders: ordersCompleted, url: absoluteUrl });
  return (
    <section aria-labelledby="share-title" data-testid="share-panel" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="share-title" className="text-lg font-semibold text-slate-900">{t("shareTitle")}</h2>
      <div className="flex flex-wrap gap-2">
        <ShareButton url={absoluteUrl} title={name} text={message} labels={{ share: t("share"), copyLink: t("copyLink"), copied: t("copied"), copyFailed: t("copyFailed") }} />
        <a href={whatsappShareUrl(message)} data-testid="share-whatsapp" className={linkClass} rel="noopener noreferrer" target="_blank">{t("whatsapp")}</a>
      </div>
      <ul className="flex flex-wrap gap-2">
        <li><a href={`/toko/${slug}/poster?size=a5`} data-testid="poster-a5" className={linkClass}>{t("posterA5")}</a></li>
        <li><a href={`/toko/${slug}/poster?size=a4`} data-testid="poster-a4" className={linkClass}>{t("posterA4")}</a></li>
        <li><a href={`/api/v1/storefronts/${slug}/qr.png`} data-testid="qr-png" className={linkClass}>{t("qrPng")}</a></li>
      </ul>
      <p className="text-sm text-slate-700">
        <span className="font-semibold">{t("linkLabel")}:</span> <span data-testid="storefront-link" className="break-all">{absoluteUrl}</span>
      </p>
    </section>
  );
}
