import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Notice } from "@/components/accounts/notice";
import { HomeTitle } from "@/components/ui/home-title";
import { setUserSuspendedAction } from "@/lib/actions/accounts/sessions";
import { can } from "@/lib/domain/auth/can";
import { listUsersForAdmin } from "@/lib/services/accounts/sessions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("usersTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The admin's user list: find an account, suspend it with a reason (its sessions end at once) or reinstate it. */
export default async function UsersPage({ searchParams }: Props) {
  const current = await requireViewer("/admin/pengguna");
  if (!can(current, "user.suspend")) forbidden();
  const [t, params] = await Promise.all([getTranslations("accounts"), searchParams]);
  const q = typeof params.q === "string" ? params.q : "";
  const users = await listUsersForAdmin(current, q);
  return (
    <section aria-labelledby="home-title" className="space-y-5" data-testid="admin-users">
      <HomeTitle lead={t("usersLead")}>{t("usersTitle")}</HomeTitle>
      {typeof params.galat === "string" ? <Notice tone="problem">{params.galat}</Notice> : null}
      <form role="search" className="flex flex-wrap items-end gap-2">
        <label className="block space-y-1">
          <span className="font-medium">{t("searchLabel")}</span>
          <input name="q" defaultValue={q} type="search" className="block min-h-11 rounded-md border border-slate-300 px-3" />
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-4 font-semibold text-white">{t("search")}</button>
      </form>
      {users.length === 0 ? (
        <p className="text-slate-700">{t("noUsers")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {users.map((u) => (
            <li key={u.id} data-testid="admin-user" className="flex flex-wrap items-end gap-3 p-3">
              <div className="min-w-0 flex-1">
                <p className="font-semibold text-slate-900">{u.name}</p>
                <p className="break-all text-sm text-slate-700">{u.email}</p>
                <p className={`text-sm font-semibold ${u.isActive ? "text-emerald-800" : "text-red-800"}`}>{u.isActive ? t("active") : t("suspended")}</p>
              </div>
              {u.id === current.userId ? (
                <span className="text-sm text-slate-600">{t("you")}</span>
              ) : (
                <form action={setUserSuspendedAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="userId" value={u.id} />
                  <input type="hidden" name="q" value={q} />
                  <input type="hidden" name="suspend" value={u.isActive ? "1" : "0"} />
                  <label className="block space-y-1">
                    <span className="text-sm font-medium">{t("reason")}</span>
                    <input name="reason" required minLength={5} maxLength={1000} className="block min-h-11 rounded-md border border-slate-300 px-3" />
                  </label>
                  <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50">
                    {u.isActive ? t("suspend") : t("reinstate")}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
