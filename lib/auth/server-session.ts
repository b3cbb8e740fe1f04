import "server-only";
import { getServerSession, type Session } from "next-auth";
import { databaseUnavailable } from "@/lib/errors";
import { authOptions } from "./options";

/**
 * next-auth's session for a server component or route, except that a database outage throws 503
 * database_unavailable (the error page says so) instead of rendering a signed-in person as signed out.
 */
export const readSession = async (): Promise<Session | null> => {
  const session = await getServerSession(authOptions());
  if (session?.databaseUnavailable) throw databaseUnavailable();
  return session;
};
