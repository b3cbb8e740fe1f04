import { randomInt } from "node:crypto";
import { db } from "@/db/client";
import { findNotificationSettings, saveNotificationSettings } from "@/db/queries/notification-preferences";
import {
  countPhoneCodeAttempt,
  findLatestPhoneCodeForUpdate,
  insertPhoneCode,
  listPhoneCodeSendTimes,
  markPhoneCodeUsed,
  recordPhoneCodeSend,
  retirePhoneCodes,
} from "@/db/queries/phone-verification-codes";
import { requireSignedIn } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { maskPhone, normalizeIndonesianMobile } from "@/lib/domain/notifications/phone-number";
import {
  formatPhoneCode,
  hashPhoneCode,
  phoneCodeExpiry,
  phoneCodeMatches,
  phoneCodeMessage,
  phoneCodeProblem,
  phoneCodeSendDecision,
  PHONE_CODE_RULES,
  type PhoneCodeProblem,
} from "@/lib/domain/notifications/phone-verification";
import { formatWitaDateTime } from "@/lib/domain/time/wita";
import { requireEnv } from "@/lib/env";
import { AppError, type LocalizedMessage } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { RequestPhoneCodeInput, VerifyPhoneCodeInput } from "@/lib/validation/notifications";
import { defaultWhatsAppSender, type WhatsAppSender } from "@/lib/whatsapp/cloud-api";

type Options = { sender?: WhatsAppSender | null; now?: Date; secret?: string };

const CODE_PROBLEMS: Record<PhoneCodeProblem, LocalizedMessage> = {
  missing: { id: "Belum ada kode yang dikirim. Minta kode terlebih dahulu.", en: "No code has been sent yet. Ask for a code first." },
  used: { id: "Kode ini sudah dipakai. Minta kode baru.", en: "This code has already been used. Ask for a new one." },
  expired: { id: `Kode sudah kedaluwarsa (berlaku ${PHONE_CODE_RULES.ttlMinutes} menit). Minta kode baru.`, en: `The code has expired (it works for ${PHONE_CODE_RULES.ttlMinutes} minutes). Ask for a new one.` },
  too_many_attempts: { id: "Terlalu banyak percobaan untuk kode ini. Minta kode baru.", en: "Too many tries for this code. Ask for a new one." },
  wrong: { id: "Kode salah. Periksa pesan WhatsApp Anda dan coba lagi.", en: "Wrong code. Check your WhatsApp message and try again." },
};

/**
 * Sends a 6-digit code by WhatsApp to the number the person typed (normalised to +62…). A number other than the
 * one on file replaces it at once and clears its verification and WhatsApp consent: the platform stops writing
 * to the old number the moment the person says it is no longer theirs. Only the HMAC of the code is stored; a
 * new code voids earlier ones; at most 3 sends per hour (429). The number already verified answers without a
 * send. The code goes straight through the WhatsApp port, not the outbox: the outbox would keep the code in
 * clear text in notification params, and its worker delivers only to verified numbers — which this one is not.
 * The row is committed before the send, so a failed send still counts toward the limit (503 then).
 */
export const requestPhoneVerification = async (viewer: Viewer | null, input: RequestPhoneCodeInput, options: Options = {}) => {
  requireSignedIn(viewer);
  const me = viewer;
  const now = options.now ?? new Date();
  const sender = options.sender === undefined ? defaultWhatsAppSender() : options.sender;
  if (!sender) {
    throw new AppError("unprocessable", { id: "Pesan WhatsApp belum tersedia di platform ini.", en: "WhatsApp messages are not available on this platform." }, [{ path: "phone", code: "whatsapp_unavailable" }]);
  }
  // The schema normalises at the boundary; normalising again keeps every caller's number in one form (+62…).
  const phone = normalizeIndonesianMobile(input.phone);
  if (!phone) throw new AppError("unprocessable", { id: "Nomor WhatsApp tidak valid (contoh 081234567890).", en: "Invalid WhatsApp number (e.g. 081234567890)." }, [{ path: "phone", code: "invalid_phone" }]);
  const secret = options.secret ?? requireEnv("NEXTAUTH_SECRET");
  const code = formatPhoneCode(randomInt(0, 1_000_000));
  const prepared = await db.transaction(async (tx) => {
    const settings = await findNotificationSettings(tx, me.userId);
    if (settings?.whatsappPhone === phone && settings.whatsappVerifiedAt) return { alreadyVerified: true as const };
    const sent = await listPhoneCodeSendTimes(tx, { userId: me.userId, since: new Date(now.getTime() - PHONE_CODE_RULES.windowMinutes * 60_000) });
    const decision = phoneCodeSendDecision(sent, now);
    if (!decision.allowed) {
      throw new AppError(
        "rate_limited",
        { id: `Sudah ${PHONE_CODE_RULES.sendsPerWindow} kode dikirim dalam 1 jam. Coba lagi setelah ${formatWitaDateTime(decision.retryAt, "id")}.`, en: `${PHONE_CODE_RULES.sendsPerWindow} codes were sent within an hour. Try again after ${formatWitaDateTime(decision.retryAt, "en")}.` },
        { retryAt: decision.retryAt.toISOString() },
      );
    }
    if (settings?.whatsappPhone !== phone) {
      await saveNotificationSettings(tx, me.userId, { whatsappPhone: phone, whatsappVerifiedAt: null, whatsappOptIn: false }, now);
    }
    await retirePhoneCodes(tx, { userId: me.userId, at: now });
    const expiresAt = phoneCodeExpiry(now);
    const row = await insertPhoneCode(tx, { userId: me.userId, phone: phone, codeHash: hashPhoneCode(secret, me.userId, phone, code), createdAt: now, expiresAt });
    await appendAuditEvent(tx, { actor: actorOf(me), action: "user.phone_code_sent", entity: "user", entityId: me.userId, data: { phone: maskPhone(phone) }, at: now });
    return { alreadyVerified: false as const, id: row.id, expiresAt, locale: settings?.locale === "en" ? ("en" as const) : ("id" as const) };
  });
  if (prepared.alreadyVerified) return { phoneMasked: maskPhone(phone), verified: true, codeSent: false, expiresAt: null };
  try {
    const sent = await sender.send({ to: phone, text: phoneCodeMessage(code, prepared.locale) });
    await recordPhoneCodeSend(db, { userId: me.userId, id: prepared.id, providerId: sent.providerId });
  } catch (error) {
    console.error("WhatsApp verification code not sent:", error);
    throw new AppError("unavailable", { id: "Kode tidak dapat dikirim lewat WhatsApp saat ini. Coba lagi nanti.", en: "The code could not be sent by WhatsApp right now. Try again later." });
  }
  return { phoneMasked: maskPhone(phone), verified: false, codeSent: true, expiresAt: prepared.expiresAt.toISOString() };
};

/**
 * Proves the number with the code last sent to it: within 10 minutes, once, and not after 5 wrong tries (400
 * with the reason in `details[0].code`, e.g. `code_wrong` with the tries left). A wrong try is counted even
 * though the answer is an error: the count is committed first, then the error is thrown. Audited.
 */
export const confirmPhoneVerification = async (viewer: Viewer | null, input: VerifyPhoneCodeInput, options: Omit<Options, "sender"> = {}) => {
  requireSignedIn(viewer);
  const me = viewer;
  const now = options.now ?? new Date();
  const secret = options.secret ?? requireEnv("NEXTAUTH_SECRET");
  const outcome = await db.transaction(async (tx) => {
    const row = await findLatestPhoneCodeForUpdate(tx, me.userId);
    const matches = row ? phoneCodeMatches(row.codeHash, hashPhoneCode(secret, me.userId, row.phone, input.code)) : false;
    const problem = phoneCodeProblem(row, matches, now);
    if (problem === "wrong") {
      await countPhoneCodeAttempt(tx, { userId: me.userId, id: row!.id, attempts: row!.attempts + 1 });
      return { problem, attemptsLeft: Math.max(0, PHONE_CODE_RULES.maxAttempts - row!.attempts - 1) };
    }
    if (problem) return { problem, attemptsLeft: 0 };
    await markPhoneCodeUsed(tx, { userId: me.userId, id: row!.id, at: now });
    await saveNotificationSettings(tx, me.userId, { whatsappPhone: row!.phone, whatsappVerifiedAt: now }, now);
    await appendAuditEvent(tx, { actor: actorOf(me), action: "user.phone_verified", entity: "user", entityId: me.userId, data: { phone: maskPhone(row!.phone) }, at: now });
    return { problem: null, phone: row!.phone };
  });
  if (outcome.problem) {
    throw new AppError("bad_request", CODE_PROBLEMS[outcome.problem], [{ path: "code", code: `code_${outcome.problem}`, attemptsLeft: outcome.attemptsLeft }]);
  }
  return { phoneMasked: maskPhone(outcome.phone!), verified: true, verifiedAt: now.toISOString() };
};
