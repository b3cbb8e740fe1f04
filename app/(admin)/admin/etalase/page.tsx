import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ShowcaseLiftTable } from "@/components/exposure/showcase-lift-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { addShowcaseMemberAction, createShowcaseAction, publishShowcaseAction } from "@/lib/actions/admin/showcases";
import { regionsWhere } from "@/lib/auth/scopes";
import { listShowcaseCandidates } from "@/lib/services/showcases/list-showcase-candidates";
import { getShowcaseLift, listManagedShowcases } from "@/lib/services/showcases/read-showcases";
import type { ShowcaseView } from "@/lib/validation/showcases";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exposure.showcaseAdmin"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_TONE: Record<ShowcaseView["status"], BadgeTone> = { draft: "neutral", published: "success", archived: "neutral" };
const input = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2";
const label = "block text-sm font-semibold text-slate-900";
const button = "min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900";

/** The admin curates Etalase: create (with the published rubric), add verified businesses, publish, read the lift. */
export default async function ShowcaseAdminPage({ searchParams }: Props) {
  const current = await requireViewer("/admin/etalase");
  const [regionId] = regionsWhere(current, "showcase.manage");
  if (!regionId) forbidden();
  const [t, locale, params, showcases, candidates] = await Promise.all([
    getTranslations("exposure.showcaseAdmin"),
    getLocale(),
    searchParams,
    listManagedShowcases(current, regionId),
    listShowcaseCandidates(current, regionId),
  ]);
  const lifts = new Map(await Promise.all(showcases.filter((s) => s.actions.readLift).map(async (s) => [s.slug, await getShowcaseLift(current, s.slug)] as const)));
  const problem = typeof params.galat === "string" ? params.galat : null;

  return (
    <section data-testid="showcase-admin" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {problem ? <p role="alert" data-testid="showcase-admin-error" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950">{problem}</p> : null}

      <form action={createShowcaseAction} aria-labelledby="showcase-create" data-testid="showcase-create" className="grid max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <h2 id="showcase-create" className="text-lg font-semibold text-slate-900 sm:col-span-2">{t("create")}</h2>
        <input type="hidden" name="regionId" value={regionId} />
        <label className={label}>{t("titleField")}<input name="title" required minLength={3} maxLength={120} className={input} /></label>
        <label className={label}>{t("slug")}<input name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" minLength={3} maxLength={60} className={input} /></label>
        <label className={`${label} sm:col-span-2`}>{t("theme")}<input name="theme" required minLength={3} maxLength={200} className={input} /></label>
        <label className={`${label} sm:col-span-2`}>{t("rubric")}<textarea name="rubric" required minLength={20} maxLength={2000} rows={3} className={input} /></label>
        <label className={label}>{t("rotationDays")}<input name="rotationDays" type="number" min={1} max={365} defaultValue={7} className={input} /></label>
        <label className={label}>{t("spotlightSize")}<input name="spotlightSize" type="number" min={1} max={24} defaultValue={4} className={input} /></label>
        <div className="sm:col-span-2"><button type="submit" className={button}>{t("create")}</button></div>
      </form>

      {showcases.length === 0 ? <EmptyState>{t("none")}</EmptyState> : null}
      {showcases.map((s) => (
        <section key={s.id} aria-labelledby={`admin-showcase-${s.slug}`} data-testid="admin-showcase" data-slug={s.slug} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`admin-showcase-${s.slug}`} className="text-lg font-semibold text-slate-900">{s.title}</h2>
            <Badge tone={STATUS_TONE[s.status]}>{t(`status.${s.status}`)}</Badge>
            <Link href={`/etalase/${s.slug}`} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">{t("open")}</Link>
          </div>
          <p className="text-sm text-slate-700">{s.theme} · {s.members.length}</p>
          <div className="flex flex-wrap items-end gap-3">
            {s.actions.publish ? (
              <form action={publishShowcaseAction}>
                <input type="hidden" name="slug" value={s.slug} />
                <button type="submit" className={button} data-testid="showcase-publish">{t("publish")}</button>
              </form>
            ) : null}
            {s.actions.addMember ? (
              <form action={addShowcaseMemberAction} className="flex flex-wrap items-end gap-2" data-testid="showcase-add-member">
                <input type="hidden" name="slug" value={s.slug} />
                <label className={label}>{t("businessId")}
                  <select name="businessId" required className={input}>
                    {candidates.map((c) => <option key={c.id} value={c.id}>{c.name} · {c.kabupaten}</option>)}
                  </select>
                </label>
                <label className={label}>{t("productId")}<input name="productId" className={input} /></label>
                <button type="submit" className={button}>{t("addMember")}</button>
              </form>
            ) : null}
          </div>
          {lifts.get(s.slug) ? <ShowcaseLiftTable lift={lifts.get(s.slug)!} locale={locale} /> : null}
        </section>
      ))}
    </section>
  );
}
