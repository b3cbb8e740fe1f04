import { z } from "zod";
import { hasMalformedPercentEncoding } from "@/lib/api/malformed-path";
import { AppError, toAppError } from "@/lib/errors";
import { createEventSchema, updateEventSchema } from "@/lib/validation/events";
import { instantInput } from "@/lib/validation/instant-input";
import { parseInput } from "@/lib/validation/messages";
import { recordTransferPaymentSchema } from "@/lib/validation/payments";
import { assertSafeInput, findUnsafeText, isUnsafeText } from "@/lib/validation/safe-input";

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
};

describe("unsafe text", () => {
  it.each(["a\u0000b", "\u0007", "x\u001b[31m", "\u007f", "\uD800", "a\uDC00", "\uDBFFz"])("refuses %j", (text) => {
    expect(isUnsafeText(text)).toBe(true);
  });

  it.each(["Nasi kotak", "baris 1\nbaris 2\r\n\tindent", "Lombok 🌋", "café", ""])("accepts %j", (text) => {
    expect(isUnsafeText(text)).toBe(false);
  });

  it("finds the path of the first unsafe value or key, however nested", () => {
    expect(findUnsafeText({ a: "ok", lines: [{ note: "ok" }, { note: "x\u0000" }] })).toBe("lines.1.note");
    expect(findUnsafeText({ ["k\u0000"]: 1 })).toBe("k\u0000");
    expect(findUnsafeText("\uD83D")).toBe("");
    expect(findUnsafeText({ a: 1, b: [true, null, "ok"] })).toBeNull();
  });

  it("stops walking deeper than any schema goes instead of recursing without end", () => {
    let deep: unknown = "leaf\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)).toBeNull();
    expect(findUnsafeText([[["x\u0000"]]])).toBe("0.0.0");
  });

  it("is a 400 bad_request naming the field, before any schema runs", () => {
    const error = refusal(() => parseInput(z.object({ title: z.string() }), { title: "Rapat\u0000" }, "en"));
    expect(error).toMatchObject({ code: "bad_request", status: 400, details: [{ path: "title", code: "invalid_text" }] });
    expect(() => assertSafeInput({ title: "Rapat" })).not.toThrow();
  });
});

describe("dates clients send", () => {
  const event = { title: "Rapat", type: "rapat", startsAt: "2026-05-04T09:00", endsAt: "2026-05-04T13:00", kabupaten: "Kota Mataram", attendees: 2, budgetIdr: 1 };

  it.each(["NaN", "2026-13-45T09:00", "", "tomorrow"])("an event date %j is a 400 on its field, not a crash of the ordering check", (value) => {
    for (const schema of [createEventSchema, updateEventSchema]) {
      const error = refusal(() => parseInput(schema, { ...event, startsAt: value }));
      expect(error).toMatchObject({ code: "bad_request", details: expect.arrayContaining([expect.objectContaining({ path: "startsAt" })]) });
    }
  });

  it("an event ending before it starts stays a 422", () => {
    expect(refusal(() => parseInput(createEventSchema, { ...event, endsAt: "2026-05-04T08:00" }))).toMatchObject({ code: "unprocessable" });
  });

  it.each([["NaN"], [null], [true], [0], [-8.64e15], [1e20], ["0001-01-01"], ["-271821-04-20T00:00:00Z"], ["+275760-09-13T00:00:00Z"], ["2026-02-30"]])(
    "a payment date %j is refused with 400",
    (paidAt) => {
      const error = refusal(() => parseInput(recordTransferPaymentSchema, { method: "sp2d", reference: "SP2D-001", paidAt, amountIdr: 1 }));
      expect(error).toMatchObject({ code: "bad_request", details: [expect.objectContaining({ path: "paidAt" })] });
    },
  );

  it("ISO 8601 strings and Dates within the platform's years are read as instants", () => {
    expect(instantInput.parse("2026-11-20T03:00:00Z").toISOString()).toBe("2026-11-20T03:00:00.000Z");
    expect(instantInput.parse("2026-11-20T11:00:00+08:00").toISOString()).toBe("2026-11-20T03:00:00.000Z");
    expect(instantInput.parse(new Date("2026-01-01T00:00:00Z")).getUTCFullYear()).toBe(2026);
  });
});

describe("paths and the database's own refusals", () => {
  it.each(["/media/%c0", "/api/v1/orders/%", "/a/%E0%A4%A", "/%ED%A0%80"])("%s has malformed percent-encoding", (path) => {
    expect(hasMalformedPercentEncoding(path)).toBe(true);
  });

  it.each(["/media/products/a%20b.webp", "/api/v1/orders/0b7c", "/katalog/%E2%9C%93"])("%s decodes", (path) => {
    expect(hasMalformedPercentEncoding(path)).toBe(false);
  });

  it.each(["22P02", "22003", "22021", "22P05", "22008", "22007", "22001"])("SQLSTATE %s from bad input is a 400, never a 500", (code) => {
    const spy = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(toAppError(Object.assign(new Error("db"), { code })).status).toBe(400);
    expect(toAppError({ cause: { code } }).status).toBe(400);
    spy.mockRestore();
  });

  it("other unknown errors stay 500", () => {
    expect(toAppError(new Error("boom")).status).toBe(500);
  });
});
