import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { orForbidden } from "@/app/_lib/or-forbidden";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ProgramForm } from "@/components/diklat/program-form";
import { programFormLabels } from "@/components/diklat/program-form-labels";
import { Problem } from "@/components/diklat/problem";
import { HomeTitle } from "@/components/ui/home-title";
import { updateProgramAction } from "@/lib/actions/diklat/program-actions";
import { getProgram } from "@/lib/services/diklat/list-programs";
import { getProgramFormOptions } from "@/lib/services/diklat/manage-programs";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diklat.admin"))("edit") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditProgramPage({ params, searchParams }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/admin/diklat/${id}/ubah`);
  const page = await orForbidden(Promise.resolve().then(() => getProgram(current, parsePathId(id))));
  if (!page.actions.edit) forbidden();
  const options = await orForbidden(getProgramFormOptions(current));
  const [t, locale, query] = await Promise.all([getTranslations("diklat.admin"), getLocale(), searchParams]);
  return (
    <section data-testid="program-edit-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle>{t("edit")}: {page.program.title}</HomeTitle>
      <Problem text={typeof query.galat === "string" ? query.galat : null} />
      <ProgramForm action={updateProgramAction} program={page.program} options={options} labels={programFormLabels(t)} locale={locale === "en" ? "en" : "id"} />
    </section>
  );
}
