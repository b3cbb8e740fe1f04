/**
 * The digest a database outage carries into Next's error boundaries. In production Next hides an error's message
 * from the browser but keeps a digest set on the error, so app/error.tsx and app/global-error.tsx can tell an
 * outage ("try again shortly") from a bug. A tiny module of its own because both are client components.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "database_unavailable";

export const isDatabaseUnavailableDigest = (digest: unknown) => digest === DATABASE_UNAVAILABLE_DIGEST;
