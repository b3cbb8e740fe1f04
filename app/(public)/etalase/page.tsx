import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShowcaseMemberList } from "@/components/exposure/showcase-members";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { listShowcases } from "@/lib/services/showcases/read-showcases";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exposure.showcase"))("listTitle") };
}

/** Public: every published Etalase with its theme and the members in its spotlight now. */
export default async function ShowcasesPage() {
  const [t, showcases] = await Promise.all([getTranslations("exposure.showcase"), listShowcases()]);
  return (
    <section data-testid="showcases" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("listLead")}>{t("listTitle")}</HomeTitle>
      {showcases.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
      {showcases.map((s) => (
        <section key={s.id} aria-labelledby={`showcase-${s.slug}`} className="space-y-2">
          <h2 id={`showcase-${s.slug}`} className="text-lg font-semibold text-slate-900">
            <Link href={`/etalase/${s.slug}`} className="text-emerald-800 underline underline-offset-4">{s.title}</Link>
          </h2>
          <p className="text-sm text-slate-700">{s.theme}</p>
          <ShowcaseMemberList members={s.spotlight} testId="showcase-spotlight" />
        </section>
      ))}
    </section>
  );
}
