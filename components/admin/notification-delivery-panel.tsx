import { getLocale, getTranslations } from "next-intl/server";
import { StatTile } from "@/components/ui/stat-tile";
import { retryNotificationDeliveryAction } from "@/lib/actions/admin/retry-notification-delivery";
import { formatCount } from "@/lib/domain/money/rupiah";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import type { getNotificationDeliveryStatus } from "@/lib/services/notifications/delivery-status";

type Status = Awaited<ReturnType<typeof getNotificationDeliveryStatus>>;

/** Notification delivery next to the search sync: per channel the queue, and every failing delivery with its error. */
export async function NotificationDeliveryPanel({ status }: { status: Status }) {
  const [t, locale] = await Promise.all([getTranslations("notifications"), getLocale()]);
  const failing = status.channels.some((c) => c.failing > 0);
  return (
    <section aria-labelledby="notification-delivery" data-testid="notification-delivery" className="space-y-4">
      <h2 id="notification-delivery" className="text-xl font-semibold text-slate-900">{t("deliveryTitle")}</h2>
      <p role="status" className={`rounded-md border px-3 py-2 text-sm ${!status.mailConfigured || failing ? "border-red-300 bg-red-50 text-red-950" : "border-emerald-300 bg-emerald-50 text-emerald-950"}`}>
        {!status.mailConfigured ? t("deliveryNoSmtp") : failing ? t("deliveryFailingNow") : t("deliveryHealthy")}
      </p>
      {status.channels.map((c) => (
        <dl key={c.channel} className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <StatTile label={t("deliveryChannel")} value={t(`channels.${c.channel}`)} />
          <StatTile label={t("deliveryPending")} value={formatCount(c.pending, locale)} />
          <StatTile label={t("deliveryFailing")} value={formatCount(c.failing, locale)} />
          <StatTile label={t("deliveryOldest")} value={c.oldestCreatedAt ? formatWitaDateTime(c.oldestCreatedAt, locale) : "–"} />
        </dl>
      ))}
      <form action={retryNotificationDeliveryAction}>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900">
          {t("deliveryRetry")}
        </button>
      </form>
      {status.failures.length === 0 ? (
        <p className="text-slate-700">{t("deliveryNoFailures")}</p>
      ) : (
        <ul data-testid="notification-failures" className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {status.failures.map((f) => (
            <li key={f.id} className="space-y-1 p-3 text-sm">
              <p className="font-semibold">{t(`channels.${f.channel as "email" | "whatsapp"}`)} · {f.kind}</p>
              <p>{t("deliveryAttempts", { count: f.attempts, next: formatWitaDateTime(f.nextAttemptAt, locale) })}</p>
              <p className="break-words text-red-900">{f.lastError}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
