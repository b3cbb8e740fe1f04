import { z } from "zod";
import { parseTrustedProxies } from "@/lib/domain/auth/client-address";

/**
 * The only reader of process.env. Parsed once, lazily, so scripts and tests can set variables
 * (e.g. the DATABASE_URL of an embedded Postgres) before the first use.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  /**
   * Longest a single statement of the app may run before Postgres cancels it (503 database_unavailable); 0 = none.
   * 5 s is ten times the slowest legitimate query measured (a fiscal year over 1M order lines, bench/RESULTS.md),
   * and keeps a stuck statement from holding a pool connection. Batch scripts (seed, reindex, bench loads) opt out.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
  MEILI_HOST: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-z0-9_]*$/).default(""),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("SSO Pemerintah"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().positive().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  /** The region's registered OCDS prefix (`ocds-` + 6 characters); the default is a placeholder. */
  OCDS_PREFIX: z.string().regex(/^ocds-[a-z0-9]{6}$/, "ocds- followed by 6 lowercase letters or digits").optional(),
  /** Wrong passwords per account and client before each further try waits (doubling from 2 s to 15 min). */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  /** Wrong passwords per client, on any account, before the client itself is slowed the same way. */
  SIGN_IN_CLIENT_MAX_FAILURES: z.coerce.number().int().positive().default(20),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  SIGN_UP_MAX_PER_HOUR: z.coerce.number().int().positive().default(5),
  /** S3-compatible object storage for photos and documents; local disk under DATA_DIR when unset. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_PREFIX: z.string().optional(),
  DATA_DIR: z.string().default(".data"),
  /**
   * Proxies in front of the app (a count or a comma-separated list); when set, X-Forwarded-Host names the origin a
   * request was addressed to for the CSRF check. Unset: X-Forwarded-Host is ignored, since anyone can send it.
   */
  TRUSTED_PROXIES: z.string().trim().optional(),
  PORT: z.coerce.number().int().positive().optional(),
  /**
   * Outgoing mail (smtp:// or smtps://, credentials and pool options such as `maxConnections` in the URL). Without
   * them a worker keeps 8 connections to a relay (lib/mail/transport.ts); the local catcher that `npm run dev` and the
   * tests start puts a larger pool in its own URL.
   */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().default("Pasar UMK <no-reply@pasarumk.local>"),
  /**
   * Mail batches a worker sends at once, each in its own transaction (SKIP LOCKED keeps them disjoint). One lane
   * waits on every SMTP round trip of its batch; several keep the pooled connections busy. Each holds a database
   * connection while it sends, so keep it below DATABASE_POOL_MAX.
   */
  NOTIFICATION_MAIL_LANES: z.coerce.number().int().min(1).max(32).default(4),
  /** Where the development SMTP catcher keeps caught mail for /dev/surat (development only). */
  DEV_MAIL_DIR: z.string().optional(),
  /** WhatsApp Cloud API; unset: messages carry wa.me links only. WHATSAPP_API_BASE points tests at a stand-in. */
  WHATSAPP_TOKEN: z.string().optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/).optional(),
  WHATSAPP_API_BASE: z.string().url().default("https://graph.facebook.com/v21.0"),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

export const env = (): Env => {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    parsed = result.data;
  }
  return parsed;
};

export const requireEnv = <K extends keyof Env>(key: K): NonNullable<Env[K]> => {
  const value = env()[key];
  if (value === undefined || value === null || value === "") {
    throw new Error(`Missing environment variable ${String(key)}`);
  }
  return value as NonNullable<Env[K]>;
};

export const isProduction = () => env().NODE_ENV === "production";
export const s3Config = () => {
  const e = env();
  if (!e.S3_ENDPOINT || !e.S3_BUCKET || !e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY) return null;
  return {
    endpoint: e.S3_ENDPOINT,
    bucket: e.S3_BUCKET,
    region: e.S3_REGION,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    prefix: e.S3_PREFIX,
  };
};

/** The address people reach the app at, for links in mail and messages. */
export const publicBaseUrl = () => (env().NEXTAUTH_URL ?? `http://localhost:${env().PORT ?? 3000}`).replace(/\/$/, "");

export const whatsappConfig = () => {
  const e = env();
  return e.WHATSAPP_TOKEN && e.WHATSAPP_PHONE_NUMBER_ID ? { token: e.WHATSAPP_TOKEN, phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID, apiBase: e.WHATSAPP_API_BASE } : null;
};

/** Where development keeps WhatsApp messages when no Cloud API token is set: beside the caught mail; never in production. */
export const devWhatsAppDir = () => (isProduction() || !env().DEV_MAIL_DIR ? null : env().DEV_MAIL_DIR!);

export const isOidcEnabled = () => Boolean(env().OIDC_ISSUER && env().OIDC_CLIENT_ID && env().OIDC_CLIENT_SECRET);

/** The proxies TRUSTED_PROXIES vouches for (a count or a list of addresses). */
export const trustedProxies = () => parseTrustedProxies(env().TRUSTED_PROXIES);

/** Whether X-Forwarded-* headers can be believed at all: TRUSTED_PROXIES names a count or addresses. */
export const trustsProxy = () => trustedProxies().kind !== "none";

export const signInLimits = () => {
  const e = env();
  return { windowMinutes: e.SIGN_IN_WINDOW_MINUTES, freeFailures: e.SIGN_IN_MAX_FAILURES, clientFreeFailures: e.SIGN_IN_CLIENT_MAX_FAILURES, baseDelaySeconds: 2, maxDelaySeconds: 900 };
};
