import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orForbidden } from "@/app/_lib/or-forbidden";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ProgramOutcomesView } from "@/components/diklat/program-outcomes";
import { Notice, Problem } from "@/components/diklat/problem";
import { Badge } from "@/components/ui/badge";
import { HomeTitle } from "@/components/ui/home-title";
import { SectionHeading } from "@/components/ui/section-heading";
import { RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { importSidtAction, recordAttendanceAction, sendInvitationsAction } from "@/lib/actions/diklat/program-actions";
import { GAP_NAMES } from "@/lib/domain/readiness/gaps";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { getProgram } from "@/lib/services/diklat/list-programs";
import { getProgramManagement } from "@/lib/services/diklat/program-management";
import { getProgramOutcomes } from "@/lib/services/diklat/program-outcomes";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diklat.admin"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const button = "min-h-11 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900";
const link = "inline-flex min-h-11 items-center rounded-md border border-slate-400 px-3 font-semibold text-slate-900 hover:bg-slate-100";

/** The organizer's page of one program: participants and attendance, flags, invitations, outcomes and SIDT files. */
export default async function ManageProgramPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const current = await requireViewer(`/admin/diklat/${rawId}`);
  const id = await orForbidden(Promise.resolve().then(() => parsePathId(rawId)));
  const manage = await orForbidden(getProgramManagement(current, id));
  const [page, outcomes] = await Promise.all([getProgram(current, id), getProgramOutcomes(current, id)]);
  const [t, tList, tCommon, locale, query] = await Promise.all([getTranslations("diklat.admin"), getTranslations("diklat.list"), getTranslations("common"), getLocale(), searchParams]);
  const lang = locale === "en" ? "en" : "id";
  const { program, participants, invitations, neverServed } = manage;
  const { actions } = page;
  const notice =
    typeof query.hadir === "string" ? t("attendanceRecorded", { count: Number(query.hadir) }) :
    typeof query.diundang === "string" ? t("invitationsSent", { count: Number(query.diundang) }) :
    typeof query.sidt === "string" ? t("sidtImported", { count: Number(query.sidt) }) :
    query.disimpan ? t("saved") : null;

  return (
    <section data-testid="manage-program" aria-labelledby="home-title" className="space-y-8">
      <HomeTitle lead={`${tList("dates", { from: formatWitaDateTime(program.startsAt, lang), to: formatWitaDateTime(program.endsAt, lang) })} · ${program.kabupaten} · ${tList("seatsLeft", { left: program.seatsLeft, seats: program.seats })}`}>
        {program.title}
      </HomeTitle>
      <Notice text={notice} />
      <Problem text={typeof query.galat === "string" ? query.galat : null} />
      <p className="flex flex-wrap gap-2">
        {actions.edit ? <Link href={`/admin/diklat/${program.id}/ubah`} className={link}>{t("edit")}</Link> : null}
        <Link href={`/diklat/${program.id}`} className={link}>{program.title}</Link>
      </p>

      <section aria-labelledby="participants" className="space-y-3">
        <SectionHeading id="participants">{t("participants")}</SectionHeading>
        {participants.length === 0 ? (
          <p className="text-slate-700">{t("noParticipants")}</p>
        ) : (
          <form action={recordAttendanceAction} className="space-y-3">
            <input type="hidden" name="programId" value={program.id} />
            <ScrollTable labelledBy="participants" hint={tCommon("scrollHint")}>
              <thead>
                <tr><Th sticky>{t("colName")}</Th><Th>{t("colNib")}</Th><Th>{t("colStatus")}</Th><Th>{t("colFlag")}</Th><Th>{t("markAttended")}</Th></tr>
              </thead>
              <tbody>
                {participants.map((p) => (
                  <Tr key={p.businessId}>
                    <RowTh>{p.name}</RowTh>
                    <Td>{p.nib}</Td>
                    <Td>{t(`statusName.${p.status}`)}</Td>
                    <Td>{p.repeatWithoutChange ? <span data-testid="flag-repeat"><Badge tone="warning">{t("repeatWithoutChange")}</Badge></span> : null}</Td>
                    <Td>
                      {actions.recordAttendance && p.mayMarkAttended ? (
                        <label className="inline-flex min-h-11 items-center gap-2">
                          <input type="checkbox" name="businessId" value={p.businessId} className="size-5" aria-label={`${t("markAttended")}: ${p.name}`} />
                        </label>
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </tbody>
            </ScrollTable>
            {actions.recordAttendance ? <button type="submit" data-testid="record-attendance" className={button}>{t("markAttended")}</button> : null}
          </form>
        )}
      </section>

      <section aria-labelledby="invitations" className="space-y-3">
        <SectionHeading id="invitations">{t("invitations")}</SectionHeading>
        <p className="text-sm text-slate-700">{t("invitationsLead")}</p>
        <div className="flex flex-wrap gap-2">
          {actions.downloadInvitations ? <a href={`/api/v1/programs/${program.id}/invitations.csv`} className={link}>{t("downloadInvitations")}</a> : null}
          {actions.sendInvitations ? (
            <form action={sendInvitationsAction}>
              <input type="hidden" name="programId" value={program.id} />
              <button type="submit" data-testid="send-invitations" className={button}>{t("sendInvitations")}</button>
            </form>
          ) : null}
        </div>
        {invitations.length === 0 ? (
          <p className="text-slate-700">{t("noInvitations")}</p>
        ) : (
          <ScrollTable labelledBy="invitations" hint={tCommon("scrollHint")}>
            <thead><tr><Th sticky>{t("colName")}</Th><Th>{t("colNib")}</Th><Th>{t("colFlag")}</Th><Th>{t("colStatus")}</Th></tr></thead>
            <tbody>
              {invitations.map((i) => (
                <Tr key={i.businessId}>
                  <RowTh>{i.name}</RowTh>
                  <Td>{i.nib}</Td>
                  <Td>{i.gaps.map((g) => GAP_NAMES[g][lang]).join("; ")}</Td>
                  <Td>{i.statusInProgram ? t(`statusName.${i.statusInProgram}`) : t("noData")}</Td>
                </Tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="never-served" className="space-y-3" data-testid="never-served">
        <SectionHeading id="never-served">{t("neverServed")}</SectionHeading>
        <p className="text-sm text-slate-700">{t("neverServedLead")}</p>
        {neverServed.length === 0 ? <p className="text-slate-700">{t("noneNeverServed")}</p> : (
          <ul className="list-disc pl-5">{neverServed.map((n) => <li key={n.businessId}>{n.name} ({n.nib})</li>)}</ul>
        )}
      </section>

      {actions.seeOutcomes ? (
        <section aria-labelledby="outcomes" className="space-y-3">
          <SectionHeading id="outcomes">{t("outcomes")}</SectionHeading>
          <p className="text-sm text-slate-700">{t("outcomesLead")}</p>
          <ProgramOutcomesView outcomes={outcomes} t={(key, values) => t(key as "outcomes", values)} locale={lang} scrollHint={tCommon("scrollHint")} />
          <a href={`/api/v1/programs/${program.id}/outcomes.csv`} className={link}>{t("downloadOutcomes")}</a>
        </section>
      ) : null}

      {actions.importSidt ? (
        <section aria-labelledby="sidt" className="space-y-3">
          <SectionHeading id="sidt">{t("sidt")}</SectionHeading>
          <p className="text-sm text-slate-700">{t("sidtLead")}</p>
          <a href={`/api/v1/programs/${program.id}/sidt.csv`} className={link}>{t("sidtExport")}</a>
          <form action={importSidtAction} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="programId" value={program.id} />
            <label className="block text-sm font-semibold text-slate-900">
              {t("sidtFile")}
              <input type="file" name="file" accept=".csv,text/csv" required className="mt-1 block min-h-11" />
            </label>
            <button type="submit" data-testid="sidt-import" className={button}>{t("sidtImport")}</button>
          </form>
        </section>
      ) : null}
    </section>
  );
}
