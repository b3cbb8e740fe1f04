import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { phoneVerificationCodes } from "../schema";

export const insertPhoneCode = async (db: DbOrTx, row: { userId: string; phone: string; codeHash: string; createdAt: Date; expiresAt: Date }) => {
  const [created] = await db.insert(phoneVerificationCodes).values(row).returning({ id: phoneVerificationCodes.id });
  return created!;
};

/** When this person was sent codes since `since`: the input of the send rate limit. */
export const listPhoneCodeSendTimes = async (db: DbOrTx, params: { userId: string; since: Date }) =>
  (
    await db
      .select({ createdAt: phoneVerificationCodes.createdAt })
      .from(phoneVerificationCodes)
      .where(and(eq(phoneVerificationCodes.userId, params.userId), gt(phoneVerificationCodes.createdAt, params.since)))
  ).map((r) => r.createdAt);

/** The person's newest code, locked until the transaction ends so two tries cannot both count as the fifth. */
export const findLatestPhoneCodeForUpdate = async (db: DbOrTx, userId: string) => {
  const [row] = await db
    .select({
      id: phoneVerificationCodes.id,
      phone: phoneVerificationCodes.phone,
      codeHash: phoneVerificationCodes.codeHash,
      expiresAt: phoneVerificationCodes.expiresAt,
      attempts: phoneVerificationCodes.attempts,
      usedAt: phoneVerificationCodes.usedAt,
    })
    .from(phoneVerificationCodes)
    .where(eq(phoneVerificationCodes.userId, userId))
    .orderBy(desc(phoneVerificationCodes.createdAt), desc(phoneVerificationCodes.id))
    .limit(1)
    .for("update");
  return row ?? null;
};

export const countPhoneCodeAttempt = (db: DbOrTx, params: { userId: string; id: string; attempts: number }) =>
  db
    .update(phoneVerificationCodes)
    .set({ attempts: params.attempts })
    .where(and(eq(phoneVerificationCodes.id, params.id), eq(phoneVerificationCodes.userId, params.userId)));

export const markPhoneCodeUsed = (db: DbOrTx, params: { userId: string; id: string; at: Date }) =>
  db
    .update(phoneVerificationCodes)
    .set({ usedAt: params.at })
    .where(and(eq(phoneVerificationCodes.id, params.id), eq(phoneVerificationCodes.userId, params.userId), isNull(phoneVerificationCodes.usedAt)));

/** A new code voids the unused older ones: only the code last sent works. */
export const retirePhoneCodes = (db: DbOrTx, params: { userId: string; at: Date }) =>
  db
    .update(phoneVerificationCodes)
    .set({ usedAt: params.at })
    .where(and(eq(phoneVerificationCodes.userId, params.userId), isNull(phoneVerificationCodes.usedAt)));

export const recordPhoneCodeSend = (db: DbOrTx, params: { userId: string; id: string; providerId: string }) =>
  db
    .update(phoneVerificationCodes)
    .set({ providerId: params.providerId })
    .where(and(eq(phoneVerificationCodes.id, params.id), eq(phoneVerificationCodes.userId, params.userId)));
