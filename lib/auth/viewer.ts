import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/domain/auth/roles";
import { databaseUnavailable } from "@/lib/errors";
import { readSession } from "./server-session";
import { loadSessionViewer, VIEWER_UNAVAILABLE } from "./session-viewer";

/**
 * The signed-in person with memberships fresh from the database (not from the JWT), or null.
 * Cached per request so a page and its components share one lookup. A database outage throws 503
 * database_unavailable, never null: null would send a signed-in person to the sign-in page.
 */
export const viewer = cache(async (): Promise<Viewer | null> => {
  const session = await readSession();
  const userId = session?.user?.id;
  if (!userId) return null;
  const found = await loadSessionViewer(userId);
  if (found === VIEWER_UNAVAILABLE) throw databaseUnavailable();
  return found;
});
