"use server";

import { createProgram, updateProgram } from "@/lib/services/diklat/save-program";
import { recordAttendance } from "@/lib/services/diklat/record-attendance";
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
