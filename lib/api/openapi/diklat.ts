import { z } from "zod";
import { listProgramsQuerySchema, outcomesQuerySchema, recordAttendanceSchema, requestEnrolmentSchema, saveProgramSchema } from "@/lib/validation/diklat";
import {
  attendanceResultSchema, enrolmentRefusalSchema, enrolmentResultSchema, participantListSchema, programListSchema, programOutcomesSchema, programViewSchema,
  sidtImportErrorSchema, sidtImportResultSchema,
} from "@/lib/validation/views/diklat";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

// Diklat (training) endpoints of issue 14, documented from the zod schemas the routes parse with.

const programId = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: jsonSchema(schema, "input") } } });
const tags = ["Diklat"];
const signedIn = { "401": errorResponse("Not signed in.") };
const organizerOnly = { ...signedIn, "403": errorResponse("Not allowed: the province's admins and the organizing partner's members only.") };
const notFound = { "404": errorResponse("No such program.") };
const invalid = { "422": errorResponse("Invalid body; `error.details` lists each field (e.g. an unverified partner organizer, seats below those taken).") };
const csvOk = (what: string, fileName: string) => ({
  description: what,
  headers: { "Content-Disposition": { description: `\`attachment; filename="${fileName}"\`.`, schema: { type: "string" } } },
  content: { "text/csv": { schema: { type: "string" } } },
});

export const diklatFeature: OpenApiFeature = {
  tags: [{ name: "Diklat", description: "Training programs with prerequisites and a target profile as data, invitations from readiness profiles, gated enrolment, attendance, outcomes against a comparison group, SIDT CSV exchange by NIB." }],
  schemas: {
    Program: jsonSchema(programViewSchema),
    ProgramList: jsonSchema(programListSchema),
    EnrolmentResult: jsonSchema(enrolmentResultSchema),
    EnrolmentRefusal: jsonSchema(enrolmentRefusalSchema),
    ParticipantList: jsonSchema(participantListSchema),
    AttendanceResult: jsonSchema(attendanceResultSchema),
    ProgramOutcomes: jsonSchema(programOutcomesSchema),
    SidtImportResult: jsonSchema(sidtImportResultSchema),
    SidtImportError: jsonSchema(sidtImportErrorSchema),
  },
  paths: {
    "/api/v1/programs": {
      get: {
        tags, operationId: "listPrograms", summary: "Diklat programs (public)", security: [],
        description: "Soonest first; by default only programs that have not ended (`upcoming=false` for all).",
        parameters: queryParameters(listProgramsQuerySchema),
        responses: { "200": jsonResponse("The programs.", "ProgramList"), "400": errorResponse("An invalid parameter.") },
      },
      post: {
        tags, operationId: "createProgram", summary: "Create a program (province admin, or a verified partner organizing it)",
        description: "`prerequisites` and `targetProfile` are data: gap codes of the readiness profile, certificates required or lacking, food businesses only. Times: ISO 8601 with an offset, or local `YYYY-MM-DDTHH:mm` read as WITA.",
        requestBody: body(saveProgramSchema),
        responses: { "201": jsonResponse("Created.", "Program"), ...invalid, ...organizerOnly },
      },
    },
    "/api/v1/programs/{id}": {
      get: { tags, operationId: "getProgram", summary: "One program (public)", security: [], parameters: [programId], responses: { "200": jsonResponse("The program.", "Program"), ...notFound } },
      put: {
        tags, operationId: "updateProgram", summary: "Replace a program's fields (its organizer or the province's admin)",
        parameters: [programId], requestBody: body(saveProgramSchema),
        responses: { "200": jsonResponse("Updated.", "Program"), ...invalid, ...organizerOnly, ...notFound },
      },
    },
    "/api/v1/programs/{id}/enrolments": {
      get: {
        tags, operationId: "listProgramParticipants", summary: "Participants, flagged when they attended repeatedly without any change in their gaps",
        parameters: [programId], responses: { "200": jsonResponse("The participants.", "ParticipantList"), ...organizerOnly, ...notFound },
      },
      post: {
        tags, operationId: "requestEnrolment", summary: "A seller asks for a seat (gated by the program's prerequisites and target)",
        description: "The UMK's readiness profile is recomputed now. A misfit is recorded and answered 422 with `error.details` = `EnrolmentRefusal`: each reason in plain words and `alternativeProgramId`, the program it does fit. `businessId` is needed only by a person running several businesses.",
        parameters: [programId], requestBody: body(requestEnrolmentSchema),
        responses: {
          "201": jsonResponse("Enrolled.", "EnrolmentResult"),
          "422": { description: "Does not fit: reasons and the suggested program in `error.details` (schema EnrolmentRefusal); or not a UMK (`reason: not_umk`).", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "409": errorResponse("Already enrolled or attended (`reason: already_enrolled`)."),
          ...signedIn, "403": errorResponse("Not a seller of that business."), ...notFound,
        },
      },
    },
    "/api/v1/programs/{id}/attendance": {
      post: {
        tags, operationId: "recordAttendance", summary: "Mark UMKs present (organizer)",
        description: "Enrolled or invited UMKs only; others come back in `skipped`. Before the program starts: 409 `program_not_started`.",
        parameters: [programId], requestBody: body(recordAttendanceSchema),
        responses: { "200": jsonResponse("Recorded.", "AttendanceResult"), "409": errorResponse("The program has not started."), "422": errorResponse("Invalid body."), ...organizerOnly, ...notFound },
      },
    },
    "/api/v1/programs/{id}/outcomes": {
      get: {
        tags, operationId: "getProgramOutcomes", summary: "Participants vs a comparison group at 90 and 180 days",
        description: "Comparison group: UMKs of a participant's kabupaten, main category and scale with similar BAST value in the 180 days before the program (half to double). Sales = BAST value received; on time = BAST by the request's needed-by day. A window not yet passed has `complete: false` and null figures. Readable by the organizer, the province's admins and auditors.",
        parameters: [programId, ...queryParameters(outcomesQuerySchema)],
        responses: { "200": jsonResponse("The outcomes.", "ProgramOutcomes"), "400": errorResponse("An invalid parameter."), ...signedIn, "403": errorResponse("Not the organizer, an admin or an auditor of the province."), ...notFound },
      },
    },
    "/api/v1/programs/{id}/outcomes.csv": {
      get: { tags, operationId: "exportProgramOutcomes", summary: "The outcomes as CSV", parameters: [programId], responses: { "200": csvOk("Two lines per horizon: participants, comparison.", "hasil-<id>.csv"), ...signedIn, "403": errorResponse("Not allowed."), ...notFound } },
    },
    "/api/v1/programs/{id}/invitations": {
      post: {
        tags, operationId: "sendProgramInvitations", summary: "Invite the targeted UMKs not yet in the program and notify their sellers",
        parameters: [programId], responses: { "200": { description: "How many were invited now.", content: { "application/json": { schema: { type: "object", properties: { invited: { type: "integer" } }, required: ["invited"] } } } }, ...organizerOnly, ...notFound },
      },
    },
    "/api/v1/programs/{id}/invitations.csv": {
      get: { tags, operationId: "exportProgramInvitations", summary: "The invitation list as CSV (from today's readiness profiles)", parameters: [programId], responses: { "200": csvOk("One line per targeted UMK.", "undangan-<id>.csv"), ...organizerOnly, ...notFound } },
    },
    "/api/v1/programs/{id}/sidt.csv": {
      get: { tags, operationId: "exportProgramSidt", summary: "Enrolled and attended UMKs as a SIDT CSV keyed by NIB", parameters: [programId], responses: { "200": csvOk("NIB,NAMA_USAHA,KODE_PROGRAM,STATUS,TANGGAL; KODE_PROGRAM is the program id.", "sidt-<id>.csv"), ...organizerOnly, ...notFound } },
    },
    "/api/v1/programs/{id}/sidt": {
      post: {
        tags, operationId: "importProgramSidt", summary: "Record registrations and attendance from a SIDT CSV (all or nothing)",
        description: "Body: the CSV (`text/csv`, at most 1 MB) with header NIB,NAMA_USAHA,KODE_PROGRAM,STATUS,TANGGAL; STATUS `terdaftar` or `hadir`. Any bad line refuses the whole file: 422 with `error.details` = SidtImportError (line, code, message per line) and nothing written.",
        parameters: [programId],
        requestBody: { required: true, content: { "text/csv": { schema: { type: "string" } } } },
        responses: {
          "200": jsonResponse("Recorded.", "SidtImportResult"), "422": errorResponse("A bad file; per-line report in `error.details`."),
          "413": errorResponse("Over 1 MB."), "415": errorResponse("Not text/csv."), ...organizerOnly, ...notFound,
        },
      },
    },
  },
};
