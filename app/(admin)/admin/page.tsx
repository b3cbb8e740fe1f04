import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { VerificationQueue, type QueueBusiness } from "@/components/admin/verification-queue";
import { HomeTitle } from "@/components/ui/home-title";
import { StatTile } from "@/components/ui/stat-tile";
import { formatCount } from "@/lib/domain/money/rupiah";
import { decideAction } from "@/lib/actions/admin/decide-verification";
import { regionsWhere } from "@/lib/auth/scopes";
import { businessActions } from "@/lib/domain/business/business-actions";
import { getVerificationQueue } from "@/lib/services/dashboards/get-verification-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminHome"))("title") };
}

export const dynamic = "force-dynamic";

const STATUSES = ["pending", "verified", "rejected", "suspended"] as const;
const LIST_LIMIT = 50;
// Verified businesses are many and rarely acted on; the queue above them is what needs attention.
const VERIFIED_LIMIT = 20;

export default async function AdminHomePage() {
  const current = await requireViewer("/admin");
  const regionIds = regionsWhere(current, "business.verify");
  if (regionIds.length === 0) forbidden();

  const now = new Date();
  const [t, locale, queue] = await Promise.all([
    getTranslations(),
    getLocale(),
    getVerificationQueue(current, { now, limit: LIST_LIMIT, verifiedLimit: VERIFIED_LIMIT }),
  ]);
  const { pending, due, suspended, rejected, verified, counts } = queue;
  // Every listed business lies in one of these regions: the service's queries are scoped by them.
  const withActions = (rows: typeof pending): QueueBusiness[] => rows.map((b) => ({ ...b, actions: businessActions(current, { ...b, regionIds }) }));
  const countByStatus = new Map(counts.map((c) => [c.status, c.n]));
  const countOf = (status: (typeof STATUSES)[number]) => countByStatus.get(status) ?? 0;

  return (
    <section data-testid="home-admin" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle>{t("adminHome.title")}</HomeTitle>
      <p>
        <Link href="/admin/pengguna" data-testid="users-link" className="font-semibold text-emerald-800 underline underline-offset-4">
          {t("accounts.usersTitle")}
        </Link>
        {" · "}
        <Link href="/admin/pencarian" data-testid="search-sync-link" className="font-semibold text-emerald-800 underline underline-offset-4">
          {t("searchSync.title")}
        </Link>
        {" · "}
        <Link href="/admin/libur" data-testid="holidays-link" className="font-semibold text-emerald-800 underline underline-offset-4">
          {t("holidays.title")}
        </Link>
      </p>
      <section aria-labelledby="status-counts" className="space-y-3">
        <h2 id="status-counts" className="text-lg font-semibold text-slate-900">
          {t("adminHome.counts")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {STATUSES.map((status) => (
            <StatTile key={status} label={t(`verification.${status}`)} value={formatCount(countOf(status), locale)} />
          ))}
        </dl>
      </section>
      <VerificationQueue id="pending" title={t("adminHome.pending")} total={countOf("pending")} businesses={withActions(pending)} empty={t("adminHome.noPending")} locale={locale} decide={decideAction} />
      <VerificationQueue id="due" title={t("sellerAdmin.dueList")} businesses={withActions(due)} empty={t("sellerAdmin.noDue")} locale={locale} decide={decideAction} />
      <VerificationQueue id="suspended" title={t("sellerAdmin.suspendedList")} total={countOf("suspended")} businesses={withActions(suspended)} empty={t("sellerAdmin.none")} locale={locale} decide={decideAction} />
      <VerificationQueue id="rejected" title={t("sellerAdmin.rejectedList")} total={countOf("rejected")} businesses={withActions(rejected)} empty={t("sellerAdmin.none")} locale={locale} decide={decideAction} />
      <VerificationQueue id="verified" title={t("sellerAdmin.verifiedList")} total={countOf("verified")} businesses={withActions(verified)} empty={t("sellerAdmin.none")} locale={locale} decide={decideAction} />
    </section>
  );
}
