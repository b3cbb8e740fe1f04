import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orForbidden } from "@/app/_lib/or-forbidden";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ProgramForm } from "@/components/diklat/program-form";
import { programFormLabels } from "@/components/diklat/program-form-labels";
import { Problem } from "@/components/diklat/problem";
import { HomeTitle } from "@/components/ui/home-title";
import { createProgramAction } from "@/lib/actions/diklat/program-actions";
import { getProgramFormOptions } from "@/lib/services/diklat/manage-programs";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diklat.admin"))("new") };
}

export default async function NewProgramPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireViewer("/admin/diklat/baru");
  const options = await orForbidden(getProgramFormOptions(current));
  const [t, locale, params] = await Promise.all([getTranslations("diklat.admin"), getLocale(), searchParams]);
  return (
    <section data-testid="program-new-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle>{t("new")}</HomeTitle>
      <Problem text={typeof params.galat === "string" ? params.galat : null} />
      <ProgramForm action={createProgramAction} options={options} labels={programFormLabels(t)} locale={locale === "en" ? "en" : "id"} />
    </section>
  );
}
