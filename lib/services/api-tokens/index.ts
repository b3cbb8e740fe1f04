import { randomBytes } from "node:crypto";
import { db, type DbOrTx } from "@/db/client";
import { findApiTokenByHash, insertApiToken, listApiTokensOfUser, revokeApiTokenOfUser, touchApiToken } from "@/db/queries/api-tokens";
import { loadViewer } from "@/lib/auth/load-viewer";
import { displayPrefix, formatApiToken, hashApiToken, isTokenUsable, parseBearer, shouldTouchLastUsed } from "@/lib/domain/auth/api-token";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import type { CreateApiTokenInput } from "@/lib/validation/api-tokens";

const DAY_MS = 86_400_000;

const INVALID_TOKEN = {
  id: "Token API tidak valid, sudah kedaluwarsa, atau sudah dicabut.",
  en: "The API token is invalid, expired or revoked.",
};

const requireViewer = (viewer: Viewer | null): Viewer => {
  if (!viewer) throw new AppError("unauthenticated");
  return viewer;
};

const actor = (viewer: Viewer) => ({ id: viewer.userId, label: viewer.email });

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** Creates a token for the signed-in person; the plain token is returned this once and never stored. */
export const createApiToken = async (viewer: Viewer | null, input: CreateApiTokenInput, now: Date = new Date()) => {
  const me = requireViewer(viewer);
  const { name, expiresInDays } = input;
  const token = formatApiToken(randomBytes(32));
  return db.transaction(async (tx) => {
    const row = await insertApiToken(tx, {
      userId: me.userId,
      name,
      tokenHash: hashApiToken(token),
      prefix: displayPrefix(token),
      createdAt: now,
      expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * DAY_MS) : null,
    });
    await appendAuditEvent(tx, {
      actor: actor(me),
      action: "api_token.created",
      entity: "api_token",
      entityId: row.id,
      data: { name, prefix: row.prefix, expiresAt: row.expiresAt?.toISOString() ?? null },
      at: now,
    });
    return { token, ...toView(row) };
  });
};

const toView = (row: { id: string; name: string; prefix: string; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export const listApiTokens = async (viewer: Viewer | null): Promise<ApiTokenView[]> =>
  (await listApiTokensOfUser(db, requireViewer(viewer).userId)).map(toView);

/** Revokes one of the viewer's own tokens; someone else's token or an unknown id is 404, a second revoke 409. */
export const revokeApiToken = async (viewer: Viewer | null, tokenId: string, now: Date = new Date()) => {
  const me = requireViewer(viewer);
  return db.transaction(async (tx) => {
    const row = await revokeApiTokenOfUser(tx, { id: tokenId, userId: me.userId, at: now });
    if (!row) {
      const owned = (await listApiTokensOfUser(tx, me.userId)).some((t) => t.id === tokenId);
      if (owned) throw new AppError("conflict", { id: "Token ini sudah dicabut.", en: "This token is already revoked." });
      throw new AppError("not_found");
    }
    await appendAuditEvent(tx, { actor: actor(me), action: "api_token.revoked", entity: "api_token", entityId: row.id, data: { name: row.name, prefix: row.prefix }, at: now });
  });
};

/**
 * The viewer behind an `Authorization` header: `undefined` when the request carries no Bearer token (use
 * the session), the token's user with current memberships otherwise. A Bearer header that does not
 * authenticate is a 401, never a silent fall-back to anonymous.
 */
export const viewerFromAuthorization = async (header: string | null, now: Date = new Date(), database: DbOrTx = db): Promise<Viewer | undefined> => {
  const parsed = parseBearer(header);
  if (parsed.kind === "none") return undefined;
  if (parsed.kind === "malformed") throw new AppError("unauthenticated", INVALID_TOKEN);
  const row = await findApiTokenByHash(database, hashApiToken(parsed.token));
  if (!row || !isTokenUsable(row, now)) throw new AppError("unauthenticated", INVALID_TOKEN);
  const found = await loadViewer(database, row.userId);
  if (!found) throw new AppError("unauthenticated", INVALID_TOKEN);
  if (shouldTouchLastUsed(row.lastUsedAt, now)) await touchApiToken(database, row.id, now);
  return found;
};
