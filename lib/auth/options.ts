import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/db/client";
import { findUserByEmail, linkOidcSubject } from "@/db/queries/users";
import { rolesOf } from "@/lib/domain/auth/roles";
import { clientAddressOf } from "@/lib/api/client-address";
import { env, isOidcEnabled } from "@/lib/env";
import { verifyCredentials } from "@/lib/services/auth/verify-credentials";
import { loadSessionViewer, VIEWER_UNAVAILABLE } from "./session-viewer";

const credentialsSchema = z.object({ email: z.string().trim().email().max(320), password: z.string().min(1).max(200) });

const clientIp = (headers: Record<string, unknown> | undefined): string => clientAddressOf(headers);

const oidcProvider = () => {
  const e = env();
  return {
    id: "oidc",
    name: e.OIDC_NAME,
    type: "oauth" as const,
    wellKnown: `${e.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce" as const, "state" as const],
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    profile: (p: { sub: string; email?: string; name?: string; preferred_username?: string }) => ({
      id: p.sub,
      email: p.email ?? null,
      name: p.name ?? p.preferred_username ?? p.email ?? p.sub,
    }),
  };
};

export const authOptions = (): NextAuthOptions => ({
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await verifyCredentials({ ...parsed.data, ip: clientIp(req?.headers) });
        // next-auth passes a thrown message to the client as `error`; the sign-in page translates it.
        if (!result.ok) {
          if (result.reason === "invalid_credentials") return null;
          throw new Error(result.reason);
        }
        return result.user;
      },
    }),
    ...(isOidcEnabled() ? [oidcProvider()] : []),
  ],
  callbacks: {
    // SSO only signs in people an admin already provisioned (matched by email); it never creates accounts.
    async signIn({ account, profile, user }) {
      if (account?.provider !== "oidc") return true;
      const email = (profile?.email ?? user.email ?? "").toLowerCase();
      const existing = email ? await findUserByEmail(db, email) : undefined;
      if (!existing?.isActive) return "/masuk?error=sso_not_provisioned";
      if (!existing.oidcSubject) await linkOidcSubject(db, existing.id, account.providerAccountId);
      return true;
    },
    async jwt({ token, account, user }) {
      if (account?.provider === "oidc" && user?.email) {
        const existing = await findUserByEmail(db, user.email);
        if (existing) token.sub = existing.id;
      }
      return token;
    },
    // Roles are re-read on every session read, so a revoked membership disappears from the next page.
    async session({ session, token }) {
      const viewer = token.sub ? await loadSessionViewer(token.sub) : null;
      if (viewer === VIEWER_UNAVAILABLE) return { ...session, user: undefined, databaseUnavailable: true };
      if (!viewer) return { ...session, user: undefined };
      return {
        ...session,
        user: { id: viewer.userId, email: viewer.email, name: viewer.name, roles: rolesOf(viewer) },
      };
    },
  },
});
