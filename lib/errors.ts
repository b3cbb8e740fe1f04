import { z } from "zod";
import { DATABASE_UNAVAILABLE_DIGEST } from "./outage-digest";

/** Every failure the app reports on purpose; the status table is the single code → HTTP mapping. */
export const errorStatus = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** A cookie-authenticated write from another origin (lib/api/csrf.ts). */
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  /** The API contract names this one: card checkout asked for while Stripe is not configured. */
  card_payments_disabled: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  /** PostgreSQL cannot be reached, refuses connections or timed a statement out: retry shortly. */
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Every code, in table order: what the OpenAPI document lists as the error enum. */
export const ERROR_CODES = Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]];

export type LocalizedMessage = { id: string; en: string };

const genericMessages: Record<ErrorCode, LocalizedMessage> = {
  bad_request: { id: "Permintaan tidak valid.", en: "The request is invalid." },
  unauthenticated: { id: "Silakan masuk terlebih dahulu.", en: "Please sign in first." },
  forbidden: { id: "Anda tidak berwenang melakukan ini.", en: "You are not allowed to do this." },
  csrf_rejected: { id: "Permintaan ditolak: asal (Origin) tidak cocok dengan situs ini.", en: "Request rejected: its Origin does not match this site." },
  not_found: { id: "Data tidak ditemukan.", en: "Not found." },
  conflict: { id: "Data bertentangan dengan keadaan saat ini.", en: "This conflicts with the current state." },
  card_payments_disabled: { id: "Pembayaran kartu (KKPD) belum diaktifkan.", en: "Card (KKPD) payments are not enabled." },
  payload_too_large: { id: "Berkas terlalu besar.", en: "The upload is too large." },
  unsupported_media_type: { id: "Jenis berkas tidak didukung.", en: "Unsupported file type." },
  unprocessable: { id: "Data tidak dapat diproses.", en: "The data cannot be processed." },
  rate_limited: { id: "Terlalu banyak percobaan. Coba lagi nanti.", en: "Too many attempts. Try again later." },
  internal: { id: "Terjadi kesalahan pada sistem.", en: "Something went wrong on our side." },
  unavailable: { id: "Layanan sedang tidak tersedia.", en: "The service is unavailable." },
  database_unavailable: {
    id: "Layanan sedang terganggu: basis data tidak dapat dihubungi. Coba lagi sebentar lagi.",
    en: "The service is disrupted: the database cannot be reached. Try again in a moment.",
  },
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly localized: LocalizedMessage;
  /** Set only on an outage: Next keeps a preset digest, and the error pages show the outage text for it. */
  readonly digest?: string;

  constructor(code: ErrorCode, message?: LocalizedMessage | string, details?: unknown, options?: { cause?: unknown }) {
    const localized =
      typeof message === "string" ? { id: message, en: message } : (message ?? genericMessages[code]);
    super(localized.en, options);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.localized = localized;
    if (code === "database_unavailable") this.digest = DATABASE_UNAVAILABLE_DIGEST;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

// ---- factories: the shapes services throw, so every 409/422 carries a machine reason beside its message ----

/** 409 with a machine reason in details, e.g. { reason: "insufficient_stock", productId }. */
export const conflict = (reason: string, message: LocalizedMessage, extra: Record<string, unknown> = {}) =>
  new AppError("conflict", message, { reason, ...extra });

/** 422 with a machine reason in details. */
export const unprocessable = (reason: string, message: LocalizedMessage, extra: Record<string, unknown> = {}) =>
  new AppError("unprocessable", message, { reason, ...extra });

/** 404, optionally naming what was not found. */
export const notFound = (message?: LocalizedMessage) => new AppError("not_found", message);

/** 422 on one form field: `details` is the field list forms map onto their inputs. */
export const fieldError = (path: string, message: LocalizedMessage, extra: Record<string, unknown> = {}) =>
  new AppError("unprocessable", message, [{ path, message: message.id, ...extra }]);

export type Locale = "id" | "en";

export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

const PG_UNIQUE_VIOLATION = "23505";
const PG_CHECK_VIOLATION = "23514";
const PG_FK_VIOLATION = "23503";

/**
 * Postgres data exceptions that only bad input produces: invalid text representation (a non-uuid where a uuid
 * goes, 22P02), numeric value out of range (22003), character not in repertoire (NUL, 22021), untranslatable
 * character (22P05), datetime out of range or unreadable (22008, 22007), string too long (22001). Validation
 * refuses all of these before the database; mapping them here is the last line of defence, so a gap in a
 * schema is a 400 (still logged, to be closed) and never a 500.
 */
const PG_BAD_INPUT = new Set(["22P02", "22003", "22021", "22P05", "22008", "22007", "22001"]);

const pgCode = (error: unknown): string | undefined => {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === "string" ? code : undefined;
};

/** Postgres unique violation, optionally on a named constraint (postgres-js puts it on the error or its cause). */
export const isUniqueViolation = (error: unknown, constraint?: string) => {
  const e = error as { constraint_name?: string; cause?: { constraint_name?: string } } | null;
  const name = e?.constraint_name ?? e?.cause?.constraint_name;
  return pgCode(error) === PG_UNIQUE_VIOLATION && (constraint === undefined || name === constraint);
};

/**
 * The database refused a statement for the values it carries (SQLSTATE class 22, data exception, or 23, integrity
 * constraint violation): sending the same rows again would fail the same way.
 */
export const isRefusedForItsData = (error: unknown) => /^2[23]/.test(pgCode(error) ?? "");

/**
 * SQLSTATEs that mean "the database cannot serve you now", not "your request is wrong": connection exceptions
 * (class 08), shutdown or start-up in progress, too many connections, and a statement cancelled by the
 * statement timeout (db/client.ts) — the last is the database being too slow, which a retry may well outlive.
 */
const isUnavailableSqlState = (code: string) => code.startsWith("08") || ["57P01", "57P02", "57P03", "53300", "57014"].includes(code);

/** How postgres-js reports a connection it could not open or lost (its own names, and the socket's). */
const CONNECTION_FAILURES = new Set([
  "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED",
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE",
]);

/**
 * Whether an error means PostgreSQL is unreachable or refusing work. Looks at the error itself and, when drizzle
 * wrapped it (a DrizzleQueryError carries `query` and the driver's error as `cause`), at that cause only: a
 * socket error deeper inside some other library's error (Meilisearch, Stripe) is not the database's.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  const e = error as { code?: unknown; query?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  if (typeof e.code === "string" && (CONNECTION_FAILURES.has(e.code) || (/^[0-9A-Z]{5}$/.test(e.code) && isUnavailableSqlState(e.code)))) return true;
  return typeof e.query === "string" && e.cause !== undefined && isDatabaseUnavailable(e.cause);
};

/** 503 database_unavailable, keeping what the driver said as the cause for the server log. */
export const databaseUnavailable = (cause?: unknown) => new AppError("database_unavailable", undefined, undefined, { cause });

/** Turns anything thrown into an AppError; database constraint failures become 409/422, an outage 503, the rest 500. */
export const toAppError = (error: unknown): AppError => {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
  if (error instanceof z.ZodError) {
    return new AppError(
      "bad_request",
      { id: "Isian tidak valid.", en: "Invalid input." },
      error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  switch (pgCode(error)) {
    case PG_UNIQUE_VIOLATION:
      return new AppError("conflict", { id: "Data sudah ada.", en: "This already exists." });
    case PG_CHECK_VIOLATION:
    case PG_FK_VIOLATION:
      return new AppError("unprocessable");
  }
  if (PG_BAD_INPUT.has(pgCode(error) ?? "")) {
    console.warn("Input reached the database unvalidated:", error);
    return new AppError("bad_request");
  }
  return new AppError("internal");
};

const describeCause = (error: unknown): string => {
  const cause = error instanceof AppError ? error.cause : error;
  const e = cause as { code?: unknown; cause?: { code?: unknown; message?: unknown }; message?: unknown } | undefined;
  return String(e?.code ?? e?.cause?.code ?? e?.cause?.message ?? e?.message ?? "unknown");
};

export const toErrorBody = (error: AppError, locale: Locale = "id"): ErrorBody => ({
  error: {
    code: error.code,
    message: error.localized[locale],
    ...(error.details === undefined ? {} : { details: error.details }),
  },
});

/** The JSON error shape of the public API: {"error":{"code","message","details"}}. */
export const toHttpResponse = (error: unknown, locale: Locale = "id"): Response => {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  else if (appError.code === "database_unavailable") console.error(`database unavailable: ${describeCause(error)}`);
  return Response.json(toErrorBody(appError, locale), { status: appError.status });
};
