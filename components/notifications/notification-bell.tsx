import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The header's bell: the unread count at a glance, a link to the inbox, a label a screen reader can say. */
export async function NotificationBell({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link
      href="/notifikasi"
      aria-label={t("bellLabel", { count: unread })}
      data-testid="notification-bell"
      data-unread={unread}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-emerald-900 hover:bg-emerald-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold leading-5 text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
