import "server-only";
import { db } from "@/db/client";
import { findBusinessesByNib, insertGapSnapshots, listEnrolmentsOfProgram, upsertEnrolment } from "@/db/queries/enrolments";
import { findProgram, lockProgram } from "@/db/queries/training-programs";
import { authorize } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { SIDT_LINE_MESSAGES, type SidtLineCode } from "@/lib/domain/readiness/diklat-csv";
import { holdsSeat, type EnrolmentStatus } from "@/lib/domain/readiness/diklat";
import { parseSidtCsv, sidtCsv, type SidtRow } from "@/lib/domain/readiness/sidt-csv";
import { witaDate, witaNoon } from "@/lib/domain/time/wita";
import { AppError, unprocessable } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadReadinessProfiles } from "@/lib/services/readiness/load-readiness-profiles";
import { programResource } from "./program-view";

/** The SIDT code of a program here is its id: what the export writes is what the import expects back. */
const programCode = (programId: string) => programId;

/** A program's enrolled and attended UMKs as a SIDT CSV keyed by NIB (organizer, admin). */
export const exportProgramSidt = async (viewer: Viewer | null, programId: string) => {
  const program = await findProgram(db, programId);
  authorize(viewer, "training_program.manage", program ? programResource(program) : { regionId: "-" });
  if (!program) throw new AppError("not_found");
  const rows: SidtRow[] = (await listEnrolmentsOfProgram(db, program.id))
    .filter((e) => holdsSeat(e.status as EnrolmentStatus))
    .map((e) => ({
      nib: e.nib,
      namaUsaha: e.name,
      kodeProgram: programCode(program.id),
      status: e.status === "attended" ? "hadir" : "terdaftar",
      tanggal: witaDate(e.attendedAt ?? e.createdAt),
    }));
  return { csv: sidtCsv(rows), fileName: `sidt-${program.id.slice(0, 8)}.csv` };
};

type LineError = { line: number; code: SidtLineCode };

const refuse = (errors: LineError[]) =>
  unprocessable(
    "sidt_file_invalid",
    { id: `Berkas SIDT tidak dicatat: ${errors.length} baris bermasalah. Perbaiki lalu unggah lagi.`, en: `The SIDT file was not recorded: ${errors.length} lines have problems. Fix them and upload again.` },
    { lines: errors.map((e) => ({ ...e, message: SIDT_LINE_MESSAGES[e.code] })) },
  );

/**
 * Records registrations (`terdaftar` → enrolled) and attendance (`hadir` → attended on that WITA day) from a SIDT
 * CSV, by NIB. All or nothing: any bad line — unreadable, unknown NIB, another program's code, a UMK refused
 * here, more participants than seats — refuses the whole file with a per-line report and writes nothing.
 * Diskop already registered these UMKs in SIDT, so the file is not gated again; it only cannot undo a refusal.
 */
export const importProgramSidt = async (viewer: Viewer | null, programId: string, readText: () => Promise<string>, now: Date = new Date()) => {
  const target = await findProgram(db, programId);
  authorize(viewer, "attendance.record", target ? programResource(target) : { regionId: "-" });
  if (!target) throw new AppError("not_found");
  // The body is read only once the caller may import here: a stranger learns nothing from a 415 or a 413.
  const text = await readText();
  return db.transaction(async (tx) => {
    await lockProgram(tx, programId);
    const program = (await findProgram(tx, programId))!;
    const parsed = parseSidtCsv(text);
    const errors: LineError[] = [...parsed.errors];
    if (errors.length === 0 && parsed.rows.length === 0) errors.push({ line: 1, code: "EMPTY" });
    const found = new Map((await findBusinessesByNib(tx, parsed.rows.map((r) => r.nib))).map((b) => [b.nib, b]));
    const existing = new Map((await listEnrolmentsOfProgram(tx, program.id)).map((e) => [e.businessId, e.status as EnrolmentStatus]));
    const seen = new Set<string>();
    const accepted: Array<{ businessId: string; row: SidtRow }> = [];
    // Lines as parseSidtCsv counted them: the header is line 1 and every body record a line after it.
    const lineOf = new Map<SidtRow, number>();
    let cursor = 2;
    const badLines = new Set(parsed.errors.map((e) => e.line));
    for (const row of parsed.rows) {
      while (badLines.has(cursor)) cursor++;
      lineOf.set(row, cursor++);
    }
    for (const row of parsed.rows) {
      const line = lineOf.get(row)!;
      const business = found.get(row.nib);
      if (!business) errors.push({ line, code: "UNKNOWN_NIB" });
      else if (row.kodeProgram.trim() !== programCode(program.id)) errors.push({ line, code: "OTHER_PROGRAM" });
      else if (seen.has(row.nib)) errors.push({ line, code: "DUPLICATE_NIB" });
      else if (existing.get(business.id) === "refused_with_alternative") errors.push({ line, code: "REFUSED" });
      else accepted.push({ businessId: business.id, row });
      seen.add(row.nib);
    }
    const seatHolders = new Set([...existing].filter(([, s]) => holdsSeat(s)).map(([id]) => id));
    for (const a of accepted) seatHolders.add(a.businessId);
    if (errors.length === 0 && seatHolders.size > program.seats) errors.push({ line: 1, code: "NO_SEATS" });
    if (errors.length > 0) throw refuse(errors.sort((a, b) => a.line - b.line));

    const today = witaDate(now);
    const profiles = new Map((await loadReadinessProfiles(tx, { businessIds: accepted.map((a) => a.businessId), today })).map((p) => [p.businessId, p.gaps]));
    let attended = 0;
    for (const { businessId, row } of accepted) {
      // An attended UMK stays attended (with its day) when a later file lists it only as registered.
      if (existing.get(businessId) === "attended" && row.status === "terdaftar") {
        attended++;
        continue;
      }
      const status = row.status === "hadir" ? "attended" : "enrolled";
      if (status === "attended") attended++;
      const saved = await upsertEnrolment(tx, { programId: program.id, businessId, status, attendedAt: status === "attended" ? witaNoon(row.tanggal) : null, createdAt: now });
      await insertGapSnapshots(tx, [{ enrolmentId: saved.id, gaps: [...(profiles.get(businessId) ?? [])], takenAt: now }]);
    }
    await appendAuditEvent(tx, {
      actor: actorOf(viewer), action: "training_program.sidt_imported", entity: "training_program", entityId: program.id,
      data: { lines: accepted.map((a) => ({ nib: a.row.nib, status: a.row.status, tanggal: a.row.tanggal })) }, at: now,
    });
    return { imported: accepted.length, registered: accepted.length - attended, attended };
  });
};
