import { AppError, ERROR_CODES, errorStatus, isDatabaseUnavailable, toAppError, toErrorBody } from "@/lib/errors";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/outage-digest";

/** What drizzle throws around a driver error: DrizzleQueryError keeps the SQL and the driver's error as cause. */
const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1\nparams: "), { query: "select 1", params: [], cause });
const coded = (code: string) => Object.assign(new Error(code), { code });

describe("isDatabaseUnavailable", () => {
  it.each(["ECONNREFUSED", "ECONNRESET", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED"])(
    "recognises the driver's %s, bare or wrapped by drizzle",
    (code) => {
      expect(isDatabaseUnavailable(coded(code))).toBe(true);
      expect(isDatabaseUnavailable(wrapped(coded(code)))).toBe(true);
    },
  );

  it.each([
    ["08006", "connection failure"],
    ["08001", "unable to connect"],
    ["57P01", "admin shutdown"],
    ["57P02", "crash shutdown"],
    ["57P03", "cannot connect now (starting up)"],
    ["53300", "too many connections"],
    ["57014", "statement timeout"],
  ])("recognises SQLSTATE %s (%s)", (code) => {
    expect(isDatabaseUnavailable(wrapped(coded(code)))).toBe(true);
  });

  it("leaves errors about the request itself alone", () => {
    for (const code of ["23505", "23503", "23514", "22P02", "40001", "42P01"]) expect(isDatabaseUnavailable(wrapped(coded(code)))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("does not blame the database for another service's refused socket deep inside its own error", () => {
    const meilisearch = Object.assign(new Error("Request to http://127.0.0.1:7700/health has failed"), {
      cause: Object.assign(new TypeError("fetch failed"), { cause: coded("ECONNREFUSED") }),
    });
    expect(isDatabaseUnavailable(meilisearch)).toBe(false);
  });
});

describe("toAppError for an outage", () => {
  it("answers 503 database_unavailable in both languages, keeping the driver's error as the cause", () => {
    const driver = coded("ECONNREFUSED");
    const error = toAppError(wrapped(driver));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("database_unavailable");
    expect(error.status).toBe(503);
    expect((error.cause as { cause?: unknown }).cause).toBe(driver);
    expect(toErrorBody(error, "id").error.message).toMatch(/basis data tidak dapat dihubungi/);
    expect(toErrorBody(error, "en").error.message).toMatch(/database cannot be reached/);
  });

  it("carries the outage digest the error pages look for, and only an outage does", () => {
    expect(new AppError("database_unavailable").digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(new AppError("internal").digest).toBeUndefined();
    expect(new AppError("unavailable").digest).toBeUndefined();
  });

  it("is listed with the other error codes, so the OpenAPI document names it", () => {
    expect(ERROR_CODES).toContain("database_unavailable");
    expect(errorStatus.database_unavailable).toBe(503);
  });

  it("still maps constraint violations as before", () => {
    expect(toAppError(wrapped(coded("23505"))).code).toBe("conflict");
    expect(toAppError(wrapped(coded("23503"))).code).toBe("unprocessable");
  });
});

describe("the OpenAPI document", () => {
  it("lists 503 database_unavailable on every operation, keeping a feature's own 503 and the health check's body", async () => {
    const { buildOpenApiDocument } = await import("@/lib/api/openapi");
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { description: string; content?: unknown }> }>> };
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ at: `${method} ${path}`, has503: "503" in operation.responses }).toEqual({ at: `${method} ${path}`, has503: true });
      }
    }
    expect(doc.paths["/api/health"]?.get?.responses["503"]?.description).toBe("The database is down.");
    expect(doc.paths["/api/v1/me"]?.get?.responses["503"]?.description).toMatch(/^`database_unavailable`/);
    const checkout = Object.entries(doc.paths).find(([p]) => p.includes("checkout"))?.[1]?.post;
    expect(checkout?.responses["503"]?.description).toMatch(/^Stripe could not be reached.*database_unavailable/);
  });
});
