import type { NextAuthOptions } from "next-auth";
import { randomUUID } from "node:crypto";
import CredentialsProvider from "next-auth/providers/credentials";
import { findSessionVersion, revokeSession } from "@/db/queries/sessions";
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

export const SESSION_MAX_AGE = 8 * 60 * 60;

export const authOptions = (): NextAuthOptions => ({
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/masuk", error: "/masuk", signOut: "/keluar" },
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
  events: {
    // Signing out ends this session on the server too: a copy of its cookie replayed later is refused.
    async signOut({ token }) {
      if (token?.sub && typeof token.sid === "string") {
        await revokeSession(db, { sessionId: token.sid, userId: token.sub, expiresAt: new Date(((token.exp as number | undefined) ?? Date.now() / 1000 + SESSION_MAX_AGE) * 1000) });
      }
    },
  },
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
    // At sign-in the token gets its own id (so signing out can end just this session) and the account's session
    // version (so sign out everywhere, a new password or suspension end them all).
    async jwt({ token, account, user }) {
      if (account?.provider === "oidc" && user?.email) {
        const existing = await findUserByEmail(db, user.email);
        if (existing) token.sub = existing.id;
      }
      if (user && token.sub) {
        token.sid = randomUUID();
        token.sv = await findSessionVersion(db, token.sub);
      }
      return token;
    },
    // Roles are re-read on every session read, so a revoked membership disappears from the next page.
    async session({ session, token }) {
      const claims = { sessionId: typeof token.sid === "string" ? token.sid : null, sessionVersion: typeof token.sv === "number" ? token.sv : null };
      const viewer = token.sub ? await loadSessionViewer(token.sub, claims) : null;
      if (viewer === VIEWER_UNAVAILABLE) return { ...session, user: undefined, databaseUnavailable: true };
      if (!viewer) return { ...session, user: undefined };
      return {
        ...session,
        user: { id: viewer.userId, email: viewer.email, name: viewer.name, roles: rolesOf(viewer) },
      };
    },
  },
});
