/** Shared by the seed and the sign-in check: the one password every demo account uses. */
export const DEMO_PASSWORD = "demo12345";

export type SignInLimits = { maxFailures: number; windowMinutes: number };

/** Blocked once either the email or the address has used up its failures inside the window. */
export const isSignInThrottled = (failures: { byEmail: number; byIp: number }, limits: SignInLimits) =>
  failures.byEmail >= limits.maxFailures || failures.byIp >= limits.maxFailures;

export const throttleWindowStart = (now: Date, limits: SignInLimits) =>
  new Date(now.getTime() - limits.windowMinutes * 60_000);

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
