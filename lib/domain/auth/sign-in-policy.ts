/** Shared by the seed and the sign-in check: the one password every demo account uses. */
export const DEMO_PASSWORD = "demo12345";

/**
 * How repeated wrong passwords are slowed. Counted per (account, client) and per client inside the window: the
 * first `freeFailures` of a pair cost nothing, then each further one doubles the wait from `baseDelaySeconds` up to
 * `maxDelaySeconds`; a client failing on many accounts (`clientFreeFailures`) is slowed the same way. An account
 * is never locked for everyone: the owner on another client, with no failures there, signs in at once.
 */
export type SignInLimits = {
  windowMinutes: number;
  freeFailures: number;
  clientFreeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
};

export const UNKNOWN_IP = "unknown";

export type FailureCounts = { count: number; lastAt: Date | null };

const waitAfter = (failures: FailureCounts, free: number, limits: SignInLimits, now: Date) => {
  if (failures.count < free || !failures.lastAt) return 0;
  const delay = Math.min(limits.maxDelaySeconds, limits.baseDelaySeconds * 2 ** Math.min(30, failures.count - free));
  return Math.max(0, Math.ceil((failures.lastAt.getTime() + delay * 1000 - now.getTime()) / 1000));
};

/**
 * Pure: seconds to wait before this client may try this account again (0: go ahead). An unknown client address
 * is counted only per account-and-unknown pair, never as one shared bucket that would slow everyone.
 */
export const signInRetryAfter = (
  failures: { pair: FailureCounts; client: FailureCounts },
  limits: SignInLimits,
  ip: string,
  now: Date,
): number => Math.max(waitAfter(failures.pair, limits.freeFailures, limits, now), ip === UNKNOWN_IP ? 0 : waitAfter(failures.client, limits.clientFreeFailures, limits, now));

export const throttleWindowStart = (now: Date, limits: Pick<SignInLimits, "windowMinutes">) =>
  new Date(now.getTime() - limits.windowMinutes * 60_000);

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const SIGN_UP_WINDOW_MINUTES = 60;

/** Blocked once the address created `maxPerHour` accounts within the hour; an unknown address shares no bucket. */
export const isSignUpThrottled = (recentSignUps: number, maxPerHour: number, ip: string) => ip !== UNKNOWN_IP && recentSignUps >= maxPerHour;

/** Reset mails per address and client, and per client, inside PASSWORD_RESET_WINDOW_MINUTES. */
export const PASSWORD_RESET_LIMITS = { windowMinutes: 15, perPair: 3, perClient: 10 } as const;

/** Pure: whether another reset request from this client is refused; counted by the typed address, existing or not. */
export const isPasswordResetThrottled = (recent: { pair: number; client: number }, ip: string) =>
  recent.pair >= PASSWORD_RESET_LIMITS.perPair || (ip !== UNKNOWN_IP && recent.client >= PASSWORD_RESET_LIMITS.perClient);
