import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orForbidden } from "@/app/_lib/or-forbidden";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ProgramSummary } from "@/components/diklat/program-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { listManagedPrograms } from "@/lib/services/diklat/manage-programs";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diklat.admin"))("title") };
}

/** The diklat programs the viewer organizes (the province's admins: all; a partner: its own). */
export default async function ManageProgramsPage() {
  const current = await requireViewer("/admin/diklat");
  const programs = await orForbidden(listManagedPrograms(current));
  const [t, tList, locale] = await Promise.all([getTranslations("diklat.admin"), getTranslations("diklat.list"), getLocale()]);
  const lang = locale === "en" ? "en" : "id";
  return (
    <section data-testid="manage-programs" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <Link href="/admin/diklat/baru" data-testid="program-new" className="inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900">
        {t("new")}
      </Link>
      {programs.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {programs.map((p) => (
            <li key={p.id} data-testid="managed-program" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold text-slate-900">
                <Link href={`/admin/diklat/${p.id}`} className="underline underline-offset-4">{p.title}</Link>
              </h2>
              <ProgramSummary
                program={p}
                locale={lang}
                labels={{ dates: tList("dates", { from: formatWitaDateTime(p.startsAt, lang), to: formatWitaDateTime(p.endsAt, lang) }), organizer: tList("organizer", { name: p.organizerName }), seatsLeft: tList("seatsLeft", { left: p.seatsLeft, seats: p.seats }) }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
