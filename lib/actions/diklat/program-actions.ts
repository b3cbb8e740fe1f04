"use server";

import { createProgram, updateProgram } from "@/lib/services/diklat/save-program";
import { recordAttendance } from "@/lib/services/diklat/record-attendance";
import { sendInvitations } from "@/lib/services/diklat/program-management";
import { importProgramSidt } from "@/lib/services/diklat/sidt-exchange";
import { recordAttendanceSchema, saveProgramSchema } from "@/lib/validation/diklat";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";
import { programFieldsFrom } from "./program-form-input";

const ADMIN = "/admin/diklat";
const programPages = (id: string) => [ADMIN, `${ADMIN}/${id}`, "/diklat", `/diklat/${id}`];
const idOf = (formData: FormData) => textField(formData, "programId");

export const createProgramAction = plainAction({
  input: programFieldsFrom,
  schema: saveProgramSchema,
  run: (viewer, input) => createProgram(viewer, input),
  revalidate: (program) => programPages(program.id),
  redirect: (program) => `${ADMIN}/${program.id}?disimpan=1`,
  onError: backWithProblem(`${ADMIN}/baru`),
});

export const updateProgramAction = plainAction({
  input: programFieldsFrom,
  schema: saveProgramSchema,
  run: (viewer, input, { formData }) => updateProgram(viewer, idOf(formData), input),
  revalidate: (program) => programPages(program.id),
  redirect: (program) => `${ADMIN}/${program.id}?disimpan=1`,
  onError: (error, ctx) => backWithProblem(`${ADMIN}/${idOf(ctx.formData)}/ubah`)(error, ctx),
});

export const recordAttendanceAction = plainAction({
  input: (formData) => ({ businessIds: formData.getAll("businessId").filter((v): v is string => typeof v === "string") }),
  schema: recordAttendanceSchema,
  run: (viewer, input, { formData }) => recordAttendance(viewer, idOf(formData), input),
  revalidate: (_r, _i, { formData }) => programPages(idOf(formData)),
  redirect: (result, _i, { formData }) => `${ADMIN}/${idOf(formData)}?hadir=${result.recorded.length}`,
  onError: (error, ctx) => backWithProblem(`${ADMIN}/${idOf(ctx.formData)}`)(error, ctx),
});

export const sendInvitationsAction = plainAction({
  input: () => ({}),
  run: (viewer, _input, { formData }) => sendInvitations(viewer, idOf(formData)),
  revalidate: (_r, _i, { formData }) => programPages(idOf(formData)),
  redirect: (result, _i, { formData }) => `${ADMIN}/${idOf(formData)}?diundang=${result.invited}`,
  onError: (error, ctx) => backWithProblem(`${ADMIN}/${idOf(ctx.formData)}`)(error, ctx),
});

type SidtLines = { lines?: Array<{ line: number; message: { id: string; en: string } }> } | null;

export const importSidtAction = plainAction({
  input: (formData) => {
    const file = formData.get("file");
    return { readText: () => (file instanceof File ? file.text() : Promise.resolve("")) };
  },
  run: (viewer, input, { formData }) => importProgramSidt(viewer, idOf(formData), input.readText),
  revalidate: (_r, _i, { formData }) => programPages(idOf(formData)),
  redirect: (result, _i, { formData }) => `${ADMIN}/${idOf(formData)}?sidt=${result.imported}`,
  // The per-line report travels with the message, so it reads without JavaScript.
  onError: (error, ctx) => {
    const lines = (error.details as SidtLines)?.lines ?? [];
    const word = ctx.locale === "en" ? "Line" : "Baris";
    const report = lines.map((l) => `${word} ${l.line}: ${l.message[ctx.locale]}`).join(" · ");
    return `${ADMIN}/${idOf(ctx.formData)}?galat=${encodeURIComponent([error.localized[ctx.locale], report].filter(Boolean).join(" "))}`;
  },
});
