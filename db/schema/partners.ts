import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { regions } from "./regions";
import { businesses, categories } from "./catalog";

// partners.ts references no users table, so memberships (users.ts) can point at a partner without a cycle;
// who acted is recorded in the audit log, not here.

export const partnerKind = pgEnum("partner_kind", ["asosiasi", "perguruan_tinggi", "ngo", "plut", "rumah_bumn", "koperasi", "dinas"]);
export const partnershipType = pgEnum("partnership_type", ["mentor", "offtaker", "certifier", "photo_packaging", "financier", "incubator"]);
export const partnershipStatus = pgEnum("partnership_status", ["proposed", "accepted", "declined", "ended"]);
export const enrolmentStatus = pgEnum("enrolment_status", ["invited", "enrolled", "refused_with_alternative", "attended"]);

/** An organization that helps UMKs (a university's KKN, PLUT, an association). Only a verified one may act. */
export const partners = pgTable(
  "partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: partnerKind("kind").notNull(),
    regionId: uuid("region_id").notNull().references(() => regions.id),
    verified: boolean("verified").notNull().default(false),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("partners_verified_has_time", sql`NOT ${t.verified} OR ${t.verifiedAt} IS NOT NULL`)],
);

/** A partner's work with one UMK; its non-public data opens to the partner only while `accepted`. */
export const partnerships = pgTable(
  "partnerships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnerId: uuid("partner_id").notNull().references(() => partners.id),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    type: partnershipType("type").notNull(),
    status: partnershipStatus("status").notNull().default("proposed"),
    proposedAt: timestamp("proposed_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** What the partner did (a link, a note); kept when the partnership ends. */
    evidence: text("evidence"),
  },
  (t) => [
    index("partnerships_business").on(t.businessId),
    index("partnerships_partner").on(t.partnerId),
    check("partnerships_ended_has_time", sql`${t.status} <> 'ended' OR ${t.endedAt} IS NOT NULL`),
  ],
);

/** A batch of UMKs sharing one readiness gap, built by an admin from a profile filter and claimed by a partner. */
export const gapBatches = pgTable("gap_batches", {
  id: uuid("id").primaryKey().defaultRandom(),
  gapCode: text("gap_code").notNull(),
  regionId: uuid("region_id").notNull().references(() => regions.id),
  filter: jsonb("filter").$type<Record<string, unknown>>().notNull(),
  claimedByPartnerId: uuid("claimed_by_partner_id").references(() => partners.id),
  claimedAt: timestamp("claimed_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The members as they were when the batch was built, so progress is measured against a fixed start. */
export const gapBatchMembers = pgTable(
  "gap_batch_members",
  {
    batchId: uuid("batch_id").notNull().references(() => gapBatches.id, { onDelete: "cascade" }),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    gapsAtCreation: jsonb("gaps_at_creation").$type<string[]>().notNull(),
  },
  (t) => [unique("gap_batch_members_unique").on(t.batchId, t.businessId)],
);

/** A diklat (training) program; prerequisites and target profile are zod-validated JSON (lib/domain/readiness). */
export const trainingPrograms = pgTable(
  "training_programs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    module: text("module").notNull(),
    organizerPartnerId: uuid("organizer_partner_id").references(() => partners.id),
    organizerName: text("organizer_name").notNull(),
    kabupatenId: uuid("kabupaten_id").notNull().references(() => regions.id),
    categoryId: uuid("category_id").references(() => categories.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    seats: integer("seats").notNull(),
    prerequisites: jsonb("prerequisites").$type<Record<string, unknown>>().notNull(),
    targetProfile: jsonb("target_profile").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("training_programs_dates_ordered", sql`${t.endsAt} >= ${t.startsAt}`),
    check("training_programs_seats_positive", sql`${t.seats} > 0`),
  ],
);

export const enrolments = pgTable(
  "enrolments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id").notNull().references(() => trainingPrograms.id),
    businessId: uuid("business_id").notNull().references(() => businesses.id),
    status: enrolmentStatus("status").notNull(),
    /** When refused, the program offered instead and the reasons (gap codes) the UMK was told. */
    alternativeProgramId: uuid("alternative_program_id").references(() => trainingPrograms.id),
    refusalReasons: jsonb("refusal_reasons").$type<string[]>(),
    attendedAt: timestamp("attended_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("enrolments_unique").on(t.programId, t.businessId), index("enrolments_business").on(t.businessId)],
);
