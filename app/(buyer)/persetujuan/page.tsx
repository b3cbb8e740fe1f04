import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { formatWita, formatWitaDay } from "@/lib/domain/time/wita";
import { formatIdr } from "@/lib/domain/money/rupiah";
import { WaitingCount } from "@/components/layout/waiting-count";
import { countWaitingWork } from "@/lib/services/dashboards/count-waiting-work";
import { listApproverInbox } from "@/lib/services/procurement/list-approver-inbox";
import { opdsWhere } from "@/lib/auth/scopes";
import { ruleName } from "@/lib/i18n/rule-names";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.inbox"))("title") };
}

const verdictTone = { allow: "success", needs_justification: "warning", block: "danger" } as const;

export default async function ApproverInboxPage() {
  const current = await requireViewer("/persetujuan");
  if (opdsWhere(current, "purchase_request.approve").length === 0) forbidden();
  const [inbox, waiting, t, tc, locale] = await Promise.all([
    listApproverInbox(current),
    countWaitingWork(current),
    getTranslations("procurement.inbox"),
    getTranslations("procurement.compliance"),
    getLocale(),
  ]);
  const lang = locale === "en" ? "en" : "id";
  return (
    <section data-testid="approver-inbox" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>
        {t("title")}
        <WaitingCount count={waiting.approvals ?? 0} testId="home-waiting" />
      </HomeTitle>
      <p className="font-medium text-slate-900">{t("waiting", { count: waiting.approvals ?? 0 })}</p>
      {inbox.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {inbox.map((r) => (
            <li key={r.id} id={`request-${r.id}`} data-testid="inbox-item" data-request-id={r.id} data-overdue={r.overdue} data-can-approve={r.canApprove} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/permintaan/${r.id}`} data-testid="inbox-open" className="text-lg font-semibold text-emerald-800 underline underline-offset-4">
                  {r.number}
                </Link>
                {r.overdue ? (
                  <span data-testid="inbox-overdue">
                    <Badge tone="danger">{t("overdue")}</Badge>
                  </span>
                ) : null}
                {r.verdict ? <Badge tone={verdictTone[r.verdict]}>{tc(`verdictShort.${r.verdict}`)}</Badge> : null}
                {r.hasJustification ? <Badge tone="warning">{t("justified")}</Badge> : null}
                {!r.canApprove ? <Badge>{t("ownRequest")}</Badge> : null}
                <span className="ml-auto font-semibold tabular-nums">{formatIdr(r.totalIdr)}</span>
              </div>
              <p className="text-slate-900">{r.purpose}</p>
              <p className="text-sm text-slate-600">
                {r.submittedAt ? t("submittedAt", { date: formatWita(r.submittedAt, locale) }) : null}
                {r.dueDate ? ` · ${t("dueDate", { date: formatWitaDay(r.dueDate, locale) })}` : null}
                {r.policyVersion ? ` · ${tc("policyVersion", { version: r.policyVersion })}` : null}
              </p>
              {r.findingRules.length > 0 ? (
                <p className="flex flex-wrap gap-1 text-xs">
                  {r.findingRules.map((rule, i) => (
                    <span key={`${rule}-${i}`} data-testid="inbox-rule" data-rule={rule} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-800">
                      {ruleName(rule, lang)}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
