import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgramSummary } from "@/components/diklat/program-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { listPlatformKabupaten } from "@/lib/services/businesses/list-platform-kabupaten";
import { listPrograms } from "@/lib/services/diklat/list-programs";
import { listProgramsQuerySchema } from "@/lib/validation/diklat";
import { formatWitaDateTime } from "@/lib/domain/time/wita";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diklat.list"))("title") };
}

/** Upcoming diklat programs, open to everyone: what each teaches, when, where and for whom. */
export default async function ProgramsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const parsed = listProgramsQuerySchema.safeParse({ kabupatenId: typeof raw.kabupaten === "string" && raw.kabupaten ? raw.kabupaten : undefined });
  const query = parsed.success ? parsed.data : {};
  const [t, locale, programs, kabupaten] = await Promise.all([getTranslations("diklat.list"), getLocale(), listPrograms(query), listPlatformKabupaten()]);
  const lang = locale === "en" ? "en" : "id";

  return (
    <section data-testid="programs" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <form method="get" action="/diklat" className="flex flex-wrap items-end gap-2">
        <label className="text-sm text-slate-700">
          {t("kabupaten")}
          <select name="kabupaten" defaultValue={query.kabupatenId ?? ""} className="ml-2 min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900">
            <option value="">{t("all")}</option>
            {kabupaten.map((k) => <option key={k.id} value={k.id}>{k.name}</option>)}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-emerald-800 px-4 text-sm font-semibold text-white hover:bg-emerald-900">{t("show")}</button>
      </form>
      {programs.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {programs.map((p) => (
            <li key={p.id} data-testid="program" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold text-slate-900">
                <Link href={`/diklat/${p.id}`} className="underline underline-offset-4">{p.title}</Link>
              </h2>
              <ProgramSummary
                program={p}
                locale={lang}
                labels={{ dates: t("dates", { from: formatWitaDateTime(p.startsAt, lang), to: formatWitaDateTime(p.endsAt, lang) }), organizer: t("organizer", { name: p.organizerName }), seatsLeft: t("seatsLeft", { left: p.seatsLeft, seats: p.seats }) }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
