import "server-only";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isDatabaseUnavailable } from "@/lib/errors";
import { findSessionUser } from "@/db/queries/sessions";
import { isSessionCurrent, type SessionClaims } from "@/lib/domain/auth/session-check";
import { loadViewer } from "./load-viewer";

/** What the session callback gets when Postgres cannot answer: a value, since next-auth swallows what it throws. */
export const VIEWER_UNAVAILABLE = "database_unavailable" as const;

/**
 * The viewer behind a session, or VIEWER_UNAVAILABLE during a database outage. next-auth treats an error thrown
 * in its session callback as "signed out" (and /api/auth/session then clears the cookie), so an outage would sign
 * everyone out; returned as a value, the session survives it and lib/auth/server-session.ts raises the outage.
 */
export const loadSessionViewer = async (userId: string, claims?: SessionClaims): Promise<Viewer | null | typeof VIEWER_UNAVAILABLE> => {
  try {
    // With the token's claims: a signed-out, outdated (sign out everywhere, new password) or suspended session is null.
    if (claims && !isSessionCurrent(claims, await findSessionUser(db, { userId, sessionId: claims.sessionId }))) return null;
    return await loadViewer(db, userId);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return VIEWER_UNAVAILABLE;
    throw error;
  }
};
