import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ShowcaseMemberList } from "@/components/exposure/showcase-members";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { viewer } from "@/lib/auth/viewer";
import { formatWitaDate } from "@/lib/domain/time/wita";
import { AppError } from "@/lib/errors";
import { getShowcase } from "@/lib/services/showcases/read-showcases";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  try {
    return await getShowcase(await viewer(), slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const showcase = await load((await params).slug);
  return { title: showcase.title, description: showcase.theme };
}

/** One Etalase: its theme, the published rubric that chose its members, the spotlight now, and every member. */
export default async function ShowcasePage({ params }: Props) {
  const showcase = await load((await params).slug);
  const [t, locale] = await Promise.all([getTranslations("exposure.showcase"), getLocale()]);
  return (
    <article data-testid="showcase" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={showcase.theme}>{showcase.title}</HomeTitle>
      <section aria-labelledby="showcase-rubric" className="max-w-3xl space-y-1 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="showcase-rubric" className="font-semibold text-slate-900">{t("rubric")}</h2>
        <p data-testid="showcase-rubric" className="whitespace-pre-line text-slate-800">{showcase.rubric}</p>
        {showcase.nextRotationAt ? (
          <p className="text-sm text-slate-600">{t("rotation", { days: showcase.rotationDays, date: formatWitaDate(showcase.nextRotationAt, locale) })}</p>
        ) : null}
      </section>
      <section aria-labelledby="showcase-spotlight" className="space-y-3">
        <SectionHeading id="showcase-spotlight">{t("spotlight")}</SectionHeading>
        <ShowcaseMemberList members={showcase.spotlight} testId="showcase-spotlight" />
      </section>
      <section aria-labelledby="showcase-all" className="space-y-3">
        <SectionHeading id="showcase-all" aside={String(showcase.members.length)}>{t("members")}</SectionHeading>
        <ShowcaseMemberList members={showcase.members} testId="showcase-members" />
      </section>
    </article>
  );
}
