import type { Role } from "@/lib/domain/auth/roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email: string; name: string; roles: Role[] };
  }
}
