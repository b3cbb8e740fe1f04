import { createHmac, timingSafeEqual } from "node:crypto";
import { TUNABLE_CATEGORIES, type NotificationCategory } from "./kinds";

const b64 = (value: string | Buffer) => Buffer.from(value).toString("base64url");
const sign = (secret: string, payload: string) => createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");

/**
 * A one-click unsubscribe token for (user, category), signed with the app secret: mail clients POST it without a
 * session (RFC 8058), so the signature is what proves the link came from a mail we sent to that person.
 */
export const unsubscribeToken = (secret: string, userId: string, category: NotificationCategory) => {
  const payload = b64(`${userId}:${category}`);
  return `${payload}.${sign(secret, payload)}`;
};

/** Pure: the (user, category) a token names, or null when it was not signed by us or names no tunable category. */
export const readUnsubscribeToken = (secret: string, token: string): { userId: string; category: NotificationCategory } | null => {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, category] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (!userId || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  if (!(TUNABLE_CATEGORIES as readonly string[]).includes(category ?? "")) return null;
  return { userId, category: category as NotificationCategory };
};
