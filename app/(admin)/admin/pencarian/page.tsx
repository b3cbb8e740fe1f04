import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { HomeTitle } from "@/components/ui/home-title";
import { StatTile } from "@/components/ui/stat-tile";
import { can } from "@/lib/domain/auth/can";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { formatCount } from "@/lib/domain/money/rupiah";
import { getSearchSyncStatus } from "@/lib/services/search/search-sync-status";
import { retrySearchSyncAction } from "@/lib/actions/admin/retry-search-sync";
import { NotificationDeliveryPanel } from "@/components/admin/notification-delivery-panel";
import { getNotificationDeliveryStatus } from "@/lib/services/notifications/delivery-status";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("searchSync"))("title") };
}

/** The search outbox as the Diskop admin sees it: health, backlog and every failing row with its error. */
export default async function SearchSyncPage() {
  const current = await requireViewer("/admin/pencarian");
  if (!can(current, "search.reindex")) forbidden();
  const [t, locale, status] = await Promise.all([getTranslations("searchSync"), getLocale(), getSearchSyncStatus(current)]);
  const delivery = await getNotificationDeliveryStatus(current);
  const { health, backlog, failures } = status;

  return (
    <section data-testid="search-sync" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle>{t("title")}</HomeTitle>
      <p
        role="status"
        data-testid="search-health"
        className={`rounded-md border px-3 py-2 text-sm ${health.degraded ? "border-red-300 bg-red-50 text-red-950" : "border-emerald-300 bg-emerald-50 text-emerald-950"}`}
      >
        {health.degraded ? t("degraded", { reason: health.reason ?? "-" }) : t("healthy")}
      </p>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
        <StatTile label={t("pending")} value={formatCount(backlog.pending, locale)} />
        <StatTile label={t("failing")} value={formatCount(backlog.failing, locale)} />
        <StatTile label={t("oldest")} value={backlog.oldestCreatedAt ? formatWitaDateTime(backlog.oldestCreatedAt, locale) : "–"} />
      </dl>
      <form action={retrySearchSyncAction}>
        <button type="submit" data-testid="search-retry" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900">
          {t("retry")}
        </button>
      </form>
      <p className="text-sm text-slate-700">{t("reindexHint")}</p>
      <section aria-labelledby="failures" className="space-y-2">
        <h2 id="failures" className="text-lg font-semibold text-slate-900">
          {t("failures")}
        </h2>
        {failures.length === 0 ? (
          <p data-testid="search-failures-empty" className="text-slate-700">{t("noFailures")}</p>
        ) : (
          <ul data-testid="search-failures" className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {failures.map((f) => (
              <li key={f.id} className="space-y-1 p-3 text-sm">
                <p className="font-mono break-all">{f.entityId}</p>
                <p>{t("attempts", { count: f.attempts, next: formatWitaDateTime(f.nextAttemptAt, locale) })}</p>
                <p className="break-words text-red-900">{f.lastError}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NotificationDeliveryPanel status={delivery} />
    </section>
  );
}
