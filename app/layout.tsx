import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { readSession } from "@/lib/auth/server-session";
import { viewer } from "@/lib/auth/viewer";
import { unreadNotificationCount } from "@/lib/services/notifications/inbox";
import { countWaitingWork } from "@/lib/services/dashboards/count-waiting-work";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · ${(await getTranslations("common"))("appName")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#065f46" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // No session or translation provider wraps the page: no client component reads the session, and the one form
  // that translates in the browser (sign-in) brings its own provider, so other pages ship neither runtime.
  const [locale, session, t] = await Promise.all([getLocale(), readSession(), getTranslations("common")]);
  // viewer() is cached per request, so pages that read it too share this one look-up; countWaitingWork runs no
  // query for someone who is neither PPK nor treasurer.
  const current = session?.user ? await viewer() : null;
  const [waiting, unread] = current ? await Promise.all([countWaitingWork(current), unreadNotificationCount(current)]) : [null, 0];
  const user = session?.user ? { name: session.user.name, roles: session.user.roles, unread } : null;

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-3 font-semibold text-emerald-900 shadow focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader user={user} waiting={waiting} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
