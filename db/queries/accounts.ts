import type { DbOrTx } from "../client";
import { users } from "../schema";

export const insertUser = async (db: DbOrTx, row: { email: string; name: string; passwordHash: string }) => {
  const [user] = await db.insert(users).values(row).returning({ id: users.id, email: users.email, name: users.name });
  return user!;
};
