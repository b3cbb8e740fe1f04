import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { CreateTokenForm } from "@/components/account/create-token-form";
import { HomeTitle } from "@/components/ui/home-title";
import { isTokenUsable } from "@/lib/domain/auth/api-token";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { listApiTokens } from "@/lib/services/api-tokens";
import { createTokenAction, revokeTokenAction } from "@/lib/actions/accounts/api-tokens";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Any signed-in person's API tokens: create (shown once), see when each was last used, revoke. */
export default async function ApiTokensPage({ searchParams }: Props) {
  const current = await requireViewer("/akun/token");
  const [t, locale, tokens, params] = await Promise.all([getTranslations("apiTokens"), getLocale(), listApiTokens(current), searchParams]);
  const problem = typeof params.galat === "string" ? params.galat : null;
  const now = new Date();
  const labels = Object.fromEntries(
    (["name", "nameHint", "expires", "expiresHint", "create", "creating", "createdTitle", "createdLead"] as const).map((k) => [k, t(k)]),
  ) as Record<"name" | "nameHint" | "expires" | "expiresHint" | "create" | "creating" | "createdTitle" | "createdLead", string>;

  return (
    <section data-testid="api-tokens" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">
          {problem}
        </p>
      ) : null}
      <CreateTokenForm action={createTokenAction} labels={labels} />
      {tokens.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {tokens.map((token) => {
            const usable = isTokenUsable({ revokedAt: token.revokedAt ? new Date(token.revokedAt) : null, expiresAt: token.expiresAt ? new Date(token.expiresAt) : null }, now);
            return (
              <li key={token.id} data-testid="api-token" className="flex flex-wrap items-start gap-3 p-3">
                <div className="min-w-0 flex-1 space-y-1 text-sm">
                  <p className="font-semibold text-slate-900">{token.name}</p>
                  <p className="font-mono text-slate-700">{token.prefix}…</p>
                  <p className="text-slate-700">
                    {t("createdAt")}: {formatWitaDateTime(token.createdAt, locale)} · {t("lastUsed")}:{" "}
                    {token.lastUsedAt ? formatWitaDateTime(token.lastUsedAt, locale) : t("never")} · {t("expiresAt")}:{" "}
                    {token.expiresAt ? formatWitaDateTime(token.expiresAt, locale) : t("noExpiry")}
                  </p>
                  <p className={usable ? "text-emerald-900" : "text-red-900"}>
                    {token.revokedAt ? t("revoked", { date: formatWitaDateTime(token.revokedAt, locale) }) : usable ? t("active") : t("expired")}
                  </p>
                </div>
                {token.revokedAt ? null : (
                  <form action={revokeTokenAction}>
                    <input type="hidden" name="id" value={token.id} />
                    <button type="submit" aria-label={t("revokeLabel", { name: token.name })} className="min-h-11 rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100">
                      {t("revoke")}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
