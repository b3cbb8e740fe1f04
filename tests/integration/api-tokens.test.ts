import { db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { createApiToken, listApiTokens, revokeApiToken, viewerFromAuthorization } from "@/lib/services/api-tokens";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import { HttpSession } from "../setup/http-session";
import { testPassword } from "../setup/stack";
import { newUser, rejects } from "./business-helpers";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("API tokens over HTTP (production build, seeded app)", () => {
  it("a token acts as its user on the API; revoking it turns it into 401", async () => {
    const browser = new HttpSession();
    await browser.signIn("pembeli@pasarumk.test", testPassword());
    const created = await browser.fetch("/api/v1/api-tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Integrasi SIPD uji" }),
    });
    expect(created.status).toBe(201);
    const token = (await created.json()) as { id: string; token: string; prefix: string; revokedAt: null };
    expect(token.token).toMatch(/^pumk_/);
    expect(token.token.startsWith(token.prefix)).toBe(true);

    const client = new HttpSession();
    const me = await client.fetch("/api/v1/me", { headers: bearer(token.token) });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string }; roles: string[] })).toMatchObject({ user: { email: "pembeli@pasarumk.test" }, roles: ["buyer"] });
    // The token carries the user's roles, so role checks apply as for the browser.
    expect((await client.fetch("/api/v1/audit/verify", { headers: bearer(token.token) })).status).toBe(403);

    const listed = (await (await browser.fetch("/api/v1/api-tokens")).json()) as { tokens: Array<{ id: string; lastUsedAt: string | null }> };
    const row = listed.tokens.find((t) => t.id === token.id)!;
    expect(row).not.toHaveProperty("token");
    expect(row.lastUsedAt).not.toBeNull();

    // A token cannot manage tokens.
    expect((await client.fetch("/api/v1/api-tokens", { headers: bearer(token.token) })).status).toBe(403);

    expect((await browser.fetch(`/api/v1/api-tokens/${token.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await browser.fetch(`/api/v1/api-tokens/${token.id}`, { method: "DELETE" })).status).toBe(409);
    const after = await client.fetch("/api/v1/me", { headers: bearer(token.token) });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
  });

  it("answers 401 to a made-up or malformed token, even on public endpoints, instead of treating it as anonymous", async () => {
    const client = new HttpSession();
    expect((await client.fetch("/api/v1/products", { headers: bearer(`pumk_${"A".repeat(43)}`) })).status).toBe(401);
    expect((await client.fetch("/api/v1/products", { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    expect((await client.fetch("/api/v1/products")).status).toBe(200);
  });

  it("refuses an anonymous token request and a bad name", async () => {
    expect((await new HttpSession().fetch("/api/v1/api-tokens", { method: "POST", body: "{}" })).status).toBe(401);
    const browser = new HttpSession();
    await browser.signIn("auditor@pasarumk.test", testPassword());
    const bad = await browser.fetch("/api/v1/api-tokens", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "x" }) });
    expect(bad.status).toBe(422);
  });
});

describe("API tokens (service, own database)", () => {
  it("expire at their time, are stored hashed, belong to their owner only, and are audited", async () => {
    const owner = await newUser(db, "Pemilik Token");
    const other = await newUser(db, "Orang Lain");
    const now = new Date("2026-11-27T02:00:00Z");
    const created = await createApiToken(owner, { name: "Sementara", expiresInDays: 1 }, now);
    expect(created.expiresAt).toBe("2026-11-28T02:00:00.000Z");

    const header = `Bearer ${created.token}`;
    expect((await viewerFromAuthorization(header, new Date("2026-11-28T01:59:59Z")))?.userId).toBe(owner.userId);
    expect((await rejects(viewerFromAuthorization(header, new Date("2026-11-28T02:00:00Z")))).status).toBe(401);
    expect(await viewerFromAuthorization(null, now)).toBeUndefined();

    const rows = (await db.execute(`SELECT token_hash FROM api_tokens WHERE id = '${created.id}'`)) as unknown as Array<{ token_hash: string }>;
    expect(rows[0]!.token_hash).not.toContain(created.token.slice(5));

    expect((await rejects(revokeApiToken(other, created.id, now))).status).toBe(404);
    expect(await listApiTokens(other)).toEqual([]);
    await revokeApiToken(owner, created.id, now);
    expect((await rejects(viewerFromAuthorization(header, now))).status).toBe(401);
    await expect(createApiToken(null, { name: "anonim" })).rejects.toBeInstanceOf(AppError);

    const actions = (await db.execute(`SELECT action FROM audit_events WHERE entity = 'api_token' ORDER BY seq`)) as unknown as Array<{ action: string }>;
    expect(actions.map((a) => a.action)).toEqual(["api_token.created", "api_token.revoked"]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
