/**
 * Which proxies in front of the app may be believed about the client: none, the last `count` hops, or the hops
 * with these addresses. From TRUSTED_PROXIES: unset → none; "2" → count 2; "10.0.0.1,10.0.0.2" → those addresses.
 */
export type TrustedProxies = { kind: "none" } | { kind: "count"; count: number } | { kind: "addresses"; addresses: readonly string[] };

export const parseTrustedProxies = (value: string | undefined): TrustedProxies => {
  const text = value?.trim();
  if (!text) return { kind: "none" };
  if (/^\d+$/.test(text)) return Number(text) > 0 ? { kind: "count", count: Number(text) } : { kind: "none" };
  const addresses = text.split(",").map((a) => normalizeAddress(a.trim())).filter(Boolean);
  return addresses.length > 0 ? { kind: "addresses", addresses } : { kind: "none" };
};

/** "::ffff:203.0.113.5" and "203.0.113.5" are one client. */
export const normalizeAddress = (address: string) => address.trim().toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * Pure: the client address for per-client limits. The socket peer is the truth; X-Forwarded-For counts only as far
 * as trusted proxies vouch for it — `count`: the entry that many hops left of the peer (the peer being the last
 * proxy); `addresses`: the rightmost hop that is not one of them. Without trust a forged header changes nothing.
 * Null when not even the peer is known (a server that does not pass it on).
 */
export const clientAddress = (input: { peer: string | null; forwardedFor: string | null; trusted: TrustedProxies }): string | null => {
  const peer = input.peer ? normalizeAddress(input.peer) : null;
  if (!peer) return null;
  if (input.trusted.kind === "none") return peer;
  const hops = [...(input.forwardedFor ?? "").split(",").map(normalizeAddress).filter(Boolean), peer];
  if (input.trusted.kind === "count") return hops[Math.max(0, hops.length - 1 - input.trusted.count)] ?? peer;
  const trusted = new Set(input.trusted.addresses);
  for (let i = hops.length - 1; i >= 0; i -= 1) if (!trusted.has(hops[i]!)) return hops[i]!;
  return hops[0] ?? peer;
};
