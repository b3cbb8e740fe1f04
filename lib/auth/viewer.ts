import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { authOptions } from "./options";
import { loadViewer } from "./load-viewer";

/**
 * The signed-in person with memberships fresh from the database (not from the JWT), or null.
 * Cached per request so a page and its components share one lookup.
 */
export const viewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  return userId ? loadViewer(db, userId) : null;
});
