import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { PendingBusinessTable } from "@/components/business/pending-business-table";
import { HomeTitle } from "@/components/ui/home-title";
import { StatTile } from "@/components/ui/stat-tile";
import { db } from "@/db/client";
import { countBusinessesByStatus, listPendingBusinesses } from "@/db/queries/home";
import { can } from "@/lib/domain/auth/can";
import { formatCount } from "@/lib/format/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminHome"))("title") };
}

const STATUSES = ["pending", "verified", "rejected", "suspended"] as const;
const PENDING_LIMIT = 50;

export default async function AdminHomePage() {
  const current = await requireViewer("/admin");
  const regionIds = [...new Set(current.memberships.map((m) => m.regionId))].filter((regionId) =>
    can(current, "business.verify", { regionId }),
  );
  if (regionIds.length === 0) forbidden();

  const [t, locale, pending, counts] = await Promise.all([
    getTranslations(),
    getLocale(),
    listPendingBusinesses(db, { regionIds, limit: PENDING_LIMIT }),
    countBusinessesByStatus(db, { regionIds }),
  ]);
  const countOf = (status: (typeof STATUSES)[number]) => counts.find((c) => c.status === status)?.n ?? 0;

  return (
    <section data-testid="home-admin" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle>{t("adminHome.title")}</HomeTitle>
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
      <PendingBusinessTable businesses={pending} total={countOf("pending")} locale={locale} />
    </section>
  );
}
