import type { Role } from "@/lib/domain/auth/roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email: string; name: string; roles: Role[] };
    /** Postgres could not be asked who this is: the person is still signed in (lib/auth/session-viewer.ts). */
    databaseUnavailable?: true;
  }
}
