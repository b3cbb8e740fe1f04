import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { NotificationList } from "@/components/notifications/notification-list";
import { HomeTitle } from "@/components/ui/home-title";
import { readAllNotificationsAction } from "@/lib/actions/accounts/notifications";
import { listNotifications } from "@/lib/services/notifications/inbox";
import { listNotificationsQuerySchema } from "@/lib/validation/notifications";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("inboxTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The signed-in person's inbox: unread first in attention, each entry one click from the thing to act on. */
export default async function NotificationsPage({ searchParams }: Props) {
  const current = await requireViewer("/notifikasi");
  const params = await searchParams;
  const parsed = listNotificationsQuerySchema.safeParse({ unread: params.belum === "1" ? "true" : undefined, page: params.halaman });
  const query = parsed.success ? parsed.data : { unread: false, page: 1 };
  const [t, locale] = await Promise.all([getTranslations("notifications"), getLocale()]);
  const page = await listNotifications(current, query, locale === "en" ? "en" : "id");
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const problem = typeof params.galat === "string" ? params.galat : null;
  const pageHref = (n: number) => `/notifikasi?${new URLSearchParams({ ...(query.unread ? { belum: "1" } : {}), halaman: String(n) })}`;
  const tab = "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-semibold";

  return (
    <section aria-labelledby="home-title" className="space-y-5" data-testid="notification-inbox">
      <HomeTitle lead={t("inboxLead")}>{t("inboxTitle")}</HomeTitle>
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {problem}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label={t("inboxTitle")} className="flex gap-1">
          <Link href="/notifikasi" aria-current={query.unread ? undefined : "page"} className={`${tab} ${query.unread ? "text-emerald-900 hover:bg-emerald-50" : "bg-emerald-800 text-white"}`}>
            {t("filterAll")}
          </Link>
          <Link href="/notifikasi?belum=1" aria-current={query.unread ? "page" : undefined} className={`${tab} ${query.unread ? "bg-emerald-800 text-white" : "text-emerald-900 hover:bg-emerald-50"}`}>
            {t("filterUnread", { count: page.unread })}
          </Link>
        </nav>
        {page.unread > 0 ? (
          <form action={readAllNotificationsAction}>
            <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:bg-slate-50">
              {t("markAllRead")}
            </button>
          </form>
        ) : null}
        <Link href="/akun/notifikasi" className="ml-auto min-h-11 content-center text-sm font-semibold text-emerald-900 underline underline-offset-2">
          {t("settingsLink")}
        </Link>
      </div>
      {page.notifications.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{query.unread ? t("emptyUnread") : t("empty")}</p>
      ) : (
        <NotificationList notifications={page.notifications} locale={locale} labels={{ open: t("open"), unread: t("unread") }} />
      )}
      {pages > 1 ? (
        <nav aria-label={t("pageOf", { page: page.page, pages })} className="flex items-center gap-3 text-sm">
          {page.page > 1 ? <Link href={pageHref(page.page - 1)} className="font-semibold text-emerald-900 underline">{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: page.page, pages })}</span>
          {page.page < pages ? <Link href={pageHref(page.page + 1)} className="font-semibold text-emerald-900 underline">{t("next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
