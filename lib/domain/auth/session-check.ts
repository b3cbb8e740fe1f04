/** What a session token carries about itself: its id and the account's session version when it was issued. */
export type SessionClaims = { sessionId: string | null; sessionVersion: number | null };

/**
 * Pure: a session is still good when its account is active, it was not signed out, and it was issued under the
 * account's current session version. A token without a version predates revocation and is not trusted.
 */
export const isSessionCurrent = (claims: SessionClaims, user: { sessionVersion: number; revoked: boolean } | null) =>
  Boolean(user && !user.revoked && claims.sessionVersion !== null && claims.sessionVersion === user.sessionVersion);
