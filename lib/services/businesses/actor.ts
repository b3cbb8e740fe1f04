import type { Viewer } from "@/lib/domain/auth/roles";
import type { AuditActor } from "@/lib/services/audit/append-audit-event";

export const actorOf = (viewer: Viewer): AuditActor => ({ id: viewer.userId, label: viewer.email });

/** Postgres unique violation on a named constraint (postgres-js puts it on the error or its cause). */
export const isUniqueViolation = (error: unknown, constraint?: string) => {
  const e = error as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } };
  const code = e?.code ?? e?.cause?.code;
  const name = e?.constraint_name ?? e?.cause?.constraint_name;
  return code === "23505" && (constraint === undefined || name === constraint);
};
