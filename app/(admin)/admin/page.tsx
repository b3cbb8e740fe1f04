import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { VerificationQueue, type QueueBusiness } from "@/components/admin/verification-queue";
import { HomeTitle } from "@/components/ui/home-title";
import { StatTile } from "@/components/ui/stat-tile";
import { db } from "@/db/client";
import { listBusinessCertifications, listBusinessesByStatus, listBusinessesDueForRecheck } from "@/db/queries/businesses";
import { countBusinessesByStatus } from "@/db/queries/home";
import { formatCount } from "@/lib/format/money";
import { decideAction } from "@/lib/actions/admin/decide-verification";
import { regionsWhere } from "@/lib/auth/scopes";
import { businessActions } from "@/lib/domain/business/business-actions";

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
  const [t, locale, pending, due, suspended, rejected, verified, counts] = await Promise.all([
    getTranslations(),
    getLocale(),
    listBusinessesByStatus(db, { regionIds, status: "pending", limit: LIST_LIMIT }),
    listBusinessesDueForRecheck(db, { regionIds, now, limit: LIST_LIMIT }),
    listBusinessesByStatus(db, { regionIds, status: "suspended", limit: LIST_LIMIT }),
    listBusinessesByStatus(db, { regionIds, status: "rejected", limit: LIST_LIMIT }),
    listBusinessesByStatus(db, { regionIds, status: "verified", limit: VERIFIED_LIMIT }),
    countBusinessesByStatus(db, { regionIds }),
  ]);
  const all = [...pending, ...due, ...suspended, ...rejected, ...verified];
  const certs = await listBusinessCertifications(db, [...new Set(all.map((b) => b.id))]);
  // Every listed business lies in one of these regions: the queries are scoped by them.
  const withCerts = (rows: typeof pending): QueueBusiness[] =>
    rows.map((b) => ({ ...b, certifications: certs.filter((c) => c.businessId === b.id), actions: businessActions(current, { ...b, regionIds }) }));
  const countByStatus = new Map(counts.map((c) => [c.status, c.n]));
  const countOf = (status: (typeof STATUSES)[number]) => countByStatus.get(status) ?? 0;

  return (
    <section data-testid="home-admin" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle>{t("adminHome.title")}</HomeTitle>
      <p>
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
      <VerificationQueue id="pending" title={t("adminHome.pending")} total={countOf("pending")} businesses={withCerts(pending)} empty={t("adminHome.noPending")} locale={locale} decide={decideAction} />
      <VerificationQueue id="due" title={t("sellerAdmin.dueList")} businesses={withCerts(due)} empty={t("sellerAdmin.noDue")} locale={locale} decide={decideAction} />
      <VerificationQueue id="suspended" title={t("sellerAdmin.suspendedList")} total={countOf("suspended")} businesses={withCerts(suspended)} empty={t("sellerAdmin.none")} locale={locale} decide={decideAction} />
      <VerificationQueue id="rejected" title={t("sellerAdmin.rejectedList")} total={countOf("rejected")} businesses={withCerts(rejected)} empty={t("sellerAdmin.none")} locale={locale} decide={decideAction} />
      <VerificationQueue id="verified" title={t("sellerAdmin.verifiedList")} total={countOf("verified")} businesses={withCerts(verified)} empty={t("sellerAdmin.none")} locale={locale} decide={decideAction} />
    </section>
  );
}
