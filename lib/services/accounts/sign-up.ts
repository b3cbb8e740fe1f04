import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/db/client";
import { insertUser } from "@/db/queries/accounts";
import { findUserByEmail } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { VALIDATION_MESSAGES } from "@/lib/validation/messages";
import type { SignUpInput } from "@/lib/validation/business";

const emailTaken = () =>
  new AppError("conflict", VALIDATION_MESSAGES.email_taken, [{ path: "email", message: VALIDATION_MESSAGES.email_taken.id }]);

/**
 * Creates a password account with no role: a new seller gets the `seller` role only when their business
 * registration is submitted. Email is unique case-insensitively (the database decides under races).
 */
export const signUp = async (input: SignUpInput, now = new Date()) => {
  if (await findUserByEmail(db, input.email)) throw emailTaken();
  const passwordHash = await bcrypt.hash(input.password, 10);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertUser(tx, { email: input.email, name: input.name, passwordHash });
      await appendAuditEvent(tx, {
        actor: { id: user.id, label: user.email },
        action: "user.signed_up",
        entity: "user",
        entityId: user.id,
        at: now,
      });
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "23505") throw emailTaken();
    throw error;
  }
};
