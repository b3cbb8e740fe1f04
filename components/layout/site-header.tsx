import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Role } from "@/lib/domain/auth/roles";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { WaitingWork } from "@/lib/services/dashboards/count-waiting-work";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";
import { navLabelKey, navLinksFor, sellPathFor, waitingCountOf } from "./role-homes";
import { WaitingCount } from "./waiting-count";

type HeaderUser = { name: string; roles: Role[]; unread: number };

/** The site header; `waiting` (countWaitingWork) puts the PPK's and treasurer's queue sizes on their links. */
export async function SiteHeader({ user, waiting = null }: { user: HeaderUser | null; waiting?: WaitingWork | null }) {
  const t = await getTranslations();
  const links = navLinksFor(user?.roles ?? []);
  const sellPath = sellPathFor(user);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2">
        {/* Signed in, "home" is one's work (/beranda picks it by role); signed out, the public catalog home. */}
        <Link href={user ? "/beranda" : "/"} data-testid="home-link" className="flex min-h-11 flex-col justify-center rounded-md leading-tight">
          <span className="text-lg font-bold tracking-tight text-emerald-900">{t("common.appName")}</span>
          <span className="text-xs text-slate-600">{t("common.region")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitch />
          {user ? <NotificationBell unread={user.unread} /> : null}
          {user ? (
            // On a phone the name in the nav row is hidden: the account page stays one tap away here.
            <Link href="/akun" data-testid="account-link-phone" className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-semibold text-emerald-900 underline underline-offset-2 sm:hidden">
              {t("accounts.accountTitle")}
            </Link>
          ) : null}
          {user ? (
            <SignOutButton label={t("nav.signOut")} pendingLabel={t("nav.signingOut")} />
          ) : (
            <Link
              href="/masuk"
              className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white hover:bg-emerald-900"
            >
              {t("nav.signIn")}
            </Link>
          )}
        </div>
      </div>
      {/* The links wrap onto more rows on a narrow phone rather than scroll in a strip cut off mid-word:
          every page stays one tap away, with no script and in plain tab order. */}
      <nav aria-label={t("nav.label")} className="border-t border-slate-100">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4">
          <ul data-testid="main-nav" className="-mx-1 flex min-w-0 flex-1 flex-wrap gap-1 py-1">
            <li>
              <NavLink href="/katalog">{t("nav.catalog")}</NavLink>
            </li>
            {links.map((link) => {
              const count = waitingCountOf(link.key, waiting);
              return (
                <li key={link.key}>
                  <NavLink href={link.href}>
                    {t(navLabelKey(link.key))}
                    {count !== null ? <WaitingCount count={count} testId={`nav-waiting-${link.key}`} /> : null}
                  </NavLink>
                </li>
              );
            })}
            {sellPath ? (
              <li>
                <NavLink href={sellPath} tone="emphasis" testId="header-sell">
                  {t("nav.sell")}
                </NavLink>
              </li>
            ) : null}
          </ul>
          {user ? (
            <p className="hidden max-w-md truncate py-1 text-sm text-slate-600 sm:block">
              <Link href="/akun" data-testid="account-link" className="inline-flex min-h-11 items-center underline-offset-2 hover:underline" title={t("accounts.accountTitle")}>
                {t("nav.signedInAs", { name: user.name })}
              </Link>
            </p>
          ) : null}
        </div>
      </nav>
    </header>
  );
}
