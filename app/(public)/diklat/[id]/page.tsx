import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orForbidden } from "@/app/_lib/or-forbidden";
import { signInPath } from "@/components/auth/callback-url";
import { Notice, Problem } from "@/components/diklat/problem";
import { HomeTitle } from "@/components/ui/home-title";
import { requestEnrolmentAction } from "@/lib/actions/diklat/enrolment-actions";
import { viewer } from "@/lib/auth/viewer";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { getProgram } from "@/lib/services/diklat/list-programs";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const page = await orForbidden(Promise.resolve().then(() => getProgram(null, parsePathId(id))));
  return { title: page.program.title };
}

const button = "min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900";

/** One program: what it teaches, for whom; a seller enrols here, and a refusal says why and offers the program that fits. */
export default async function ProgramPage({ params, searchParams }: Props) {
  const { id } = await params;
  const current = await viewer();
  const page = await orForbidden(Promise.resolve().then(() => getProgram(current, parsePathId(id))));
  const [t, tList, locale, query] = await Promise.all([getTranslations("diklat.detail"), getTranslations("diklat.list"), getLocale(), searchParams]);
  const lang = locale === "en" ? "en" : "id";
  const { program, actions, enrolment } = page;

  return (
    <section data-testid="program-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={tList("organizer", { name: program.organizerName })}>{program.title}</HomeTitle>
      <Notice text={query.terdaftar ? t("enrolled") : null} />
      <Problem text={typeof query.galat === "string" ? query.galat : null} />
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold text-slate-900">{t("when")}</dt>
        <dd className="tabular-nums">{tList("dates", { from: formatWitaDateTime(program.startsAt, lang), to: formatWitaDateTime(program.endsAt, lang) })}</dd>
        <dt className="font-semibold text-slate-900">{t("where")}</dt>
        <dd>{program.kabupaten}</dd>
        <dt className="font-semibold text-slate-900">{t("seats")}</dt>
        <dd>{tList("seatsLeft", { left: program.seatsLeft, seats: program.seats })}</dd>
        <dt className="font-semibold text-slate-900">{t("module")}</dt>
        <dd className="whitespace-pre-line">{program.module}</dd>
        <dt className="font-semibold text-slate-900">{t("forWhom")}</dt>
        <dd>
          <ul className="list-disc pl-5">{program.forWhom.map((line) => <li key={line.id}>{line[lang]}</li>)}</ul>
        </dd>
      </dl>

      <section id="pendaftaran" aria-label={t("enrol")} data-testid="enrolment" className="space-y-3">
        {enrolment?.status ? <p data-testid="enrolment-status" className="font-semibold text-slate-900">{t(`status.${enrolment.status}`)}</p> : null}
        {enrolment && enrolment.reasons.length > 0 ? (
          <div data-testid="enrolment-refusal" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
            <p className="font-semibold">{t("whyRefused")}</p>
            <ul className="list-disc pl-5">{enrolment.reasons.map((r) => <li key={r.id}>{r[lang]}</li>)}</ul>
            {enrolment.alternative ? (
              <div className="space-y-2" data-testid="enrolment-alternative">
                <p>{t("alternative")} <Link href={`/diklat/${enrolment.alternative.id}`} className="font-semibold underline underline-offset-4">{enrolment.alternative.title}</Link></p>
                <form action={requestEnrolmentAction}>
                  <input type="hidden" name="programId" value={enrolment.alternative.id} />
                  <button type="submit" data-testid="enrol-alternative" className={button}>{t("alternativeEnrol", { title: enrolment.alternative.title })}</button>
                </form>
              </div>
            ) : (
              <p>{t("noAlternative")}</p>
            )}
          </div>
        ) : null}
        {actions.requestEnrolment ? (
          <form action={requestEnrolmentAction}>
            <input type="hidden" name="programId" value={program.id} />
            <button type="submit" data-testid="enrol" className={button}>{t("enrol")}</button>
          </form>
        ) : null}
        {!current ? <p><Link href={signInPath(`/diklat/${program.id}`)} className="underline underline-offset-4">{t("signInToEnrol")}</Link></p> : null}
        {actions.edit ? <p><Link href={`/admin/diklat/${program.id}`} className="font-semibold underline underline-offset-4">{t("manage")}</Link></p> : null}
      </section>
    </section>
  );
}
