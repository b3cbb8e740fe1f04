import { DAY_MS, witaDate, witaMidnight } from "@/lib/domain/time/wita";

/** The daily digest goes out at 07:00 WITA: before office hours, so the day starts with it. */
export const DIGEST_HOUR_WITA = 7;

/** Pure: the first digest time strictly after `now`. */
export const nextDigestAt = (now: Date): Date => {
  const today = witaMidnight(witaDate(now)).getTime() + DIGEST_HOUR_WITA * 3_600_000;
  return new Date(today > now.getTime() ? today : today + DAY_MS);
};
