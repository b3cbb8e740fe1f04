/** Shared by the seed and the sign-in check: the one password every demo account uses. */
export const DEMO_PASSWORD = "demo12345";

export type SignInLimits = { maxFailures: number; windowMinutes: number };

export const UNKNOWN_IP = "unknown";

/**
 * Blocked once either the email or the address has used up its failures inside the window. An unknown
 * address is not limited by address: every such client would share one bucket, and ten wrong guesses by
 * anyone would lock everybody out.
 */
export const isSignInThrottled = (failures: { byEmail: number; byIp: number }, limits: SignInLimits, ip: string) =>
  failures.byEmail >= limits.maxFailures || (ip !== UNKNOWN_IP && failures.byIp >= limits.maxFailures);

export const throttleWindowStart = (now: Date, limits: SignInLimits) =>
  new Date(now.getTime() - limits.windowMinutes * 60_000);

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * The client address for per-address limits: the rightmost X-Forwarded-For entry, which is the one our own
 * reverse proxy appended (or, with no proxy, the socket address Next fills in). Without a proxy a client can
 * forge it, so per-address limits are a brake, not a wall.
 */
export const clientIpFromForwardedFor = (forwarded: unknown): string => {
  if (typeof forwarded !== "string") return UNKNOWN_IP;
  return forwarded.split(",").map((h) => h.trim()).filter(Boolean).pop() ?? UNKNOWN_IP;
};

export const SIGN_UP_WINDOW_MINUTES = 60;

/** Blocked once the address created `maxPerHour` accounts within the hour; an unknown address shares no bucket. */
export const isSignUpThrottled = (recentSignUps: number, maxPerHour: number, ip: string) => ip !== UNKNOWN_IP && recentSignUps >= maxPerHour;
