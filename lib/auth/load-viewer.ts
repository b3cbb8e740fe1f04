import type { DbOrTx } from "@/db/client";
import { listMemberships } from "@/db/queries/memberships";
import { findActiveUserById } from "@/db/queries/users";
import type { Viewer } from "@/lib/domain/auth/roles";

/** Reads the user and their current memberships; null when the account is gone or deactivated. */
export const loadViewer = async (db: DbOrTx, userId: string): Promise<Viewer | null> => {
  const user = await findActiveUserById(db, userId);
  if (!user) return null;
  const memberships = await listMemberships(db, user.id);
  return { userId: user.id, email: user.email, name: user.name, memberships };
};
