import { openNotificationAction } from "@/lib/actions/accounts/notifications";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import type { NotificationView } from "@/lib/services/notifications/inbox";

type Props = { notifications: readonly NotificationView[]; locale: string; labels: { open: string; unread: string } };

/**
 * Each entry is a small form: opening it marks it read and goes to the thing to act on, with or without
 * JavaScript (a GET link would be marked read by any prefetch).
 */
export function NotificationList({ notifications, locale, labels }: Props) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {notifications.map((n) => (
        <li key={n.id} data-testid="notification" data-unread={n.readAt ? undefined : "true"} className={n.readAt ? "" : "bg-emerald-50/60"}>
          <form action={openNotificationAction} className="flex flex-wrap items-start gap-3 p-3">
            <input type="hidden" name="id" value={n.id} />
            <div className="min-w-0 flex-1 space-y-1">
              <p className="font-semibold text-slate-900">
                {n.readAt ? null : <span className="mr-2 inline-block rounded bg-emerald-800 px-1.5 py-0.5 text-xs font-bold text-white">{labels.unread}</span>}
                {n.title}
              </p>
              <p className="text-sm text-slate-700">{n.body}</p>
              <p className="text-xs text-slate-600">
                <time dateTime={new Date(n.createdAt).toISOString()}>{formatWitaDateTime(n.createdAt, locale)}</time>
              </p>
            </div>
            <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white hover:bg-emerald-900">
              {labels.open}
              <span className="sr-only">: {n.title}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
