import { sql } from "drizzle-orm";
import { check, date, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { businesses, certificationKind } from "./catalog";
import { partnerships } from "./partners";
import { users } from "./users";

// Issue 14, partners half: what the partner work needs beyond the tables of partners.ts.

export const certificationSubmissionStatus = pgEnum("certification_submission_status", ["pending", "verified", "rejected"]);

/**
 * A certificate a verified UMK adds after its registration (e.g. the halal certificate a partner helped it
 * get). It counts only once Diskop verifies it: then it is copied into business_certifications, which the
 * compliance engine, the catalog and the readiness profile read.
 */
export const certificationSubmissions = pgTable(
  "certification_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    businessId: uuid("business_id").notNull().references(() => businesses.id, { onDelete: "cascade" }),
    kind: certificationKind("kind").notNull(),
    number: text("number").notNull(),
    expiresOn: date("expires_on"),
    documentPath: text("document_path").notNull(),
    status: certificationSubmissionStatus("status").notNull().default("pending"),
    submittedBy: uuid("submitted_by").notNull().references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    reason: text("reason"),
  },
  (t) => [
    index("certification_submissions_business").on(t.businessId),
    index("certification_submissions_status").on(t.status),
    check("certification_submissions_decided_has_time", sql`${t.status} = 'pending' OR ${t.decidedAt} IS NOT NULL`),
  ],
);

/** Planned dates of a partnership (partners.ts records only when it was proposed, decided and ended). */
export const partnershipTerms = pgTable(
  "partnership_terms",
  {
    partnershipId: uuid("partnership_id").primaryKey().references(() => partnerships.id, { onDelete: "cascade" }),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
  },
  (t) => [check("partnership_terms_dates_ordered", sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`)],
);

/** A file proving the work (a training photo, a signed MoU); private to the two sides and the admins. */
export const partnershipEvidenceFiles = pgTable(
  "partnership_evidence_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id").notNull().references(() => partnerships.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull().unique(),
    contentType: text("content_type").notNull(),
    note: text("note"),
    uploadedBy: uuid("uploaded_by").notNull().references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("partnership_evidence_files_partnership").on(t.partnershipId)],
);
