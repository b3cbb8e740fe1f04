import { buildOpenApiDocument } from "@/lib/api/openapi";
import { DEFAULT_NTB_POLICY } from "@/lib/domain/compliance/policy";
import { eventCategoryForCatalog } from "@/lib/domain/events/event-category";
import { evaluateEvent, type EventItem } from "@/lib/domain/events/event-compliance";
import { eventShareByOpd } from "@/lib/domain/events/event-share";
import {
  checkEvidence, complianceBucket, eventFiscalYear, isLocalSupplier, itemsBlockingClose, MAX_EVIDENCE_BYTES, mayAttachEvidence, needsEvidence,
  parseEventInstant,
} from "@/lib/domain/events/event-rules";
import { amendEventSchema, createEventSchema, eventItemSchema } from "@/lib/validation/events";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytes = (head: number[], size = 64) => {
  const b = new Uint8Array(size);
  b.set(head);
  return b;
};

describe("event category of a catalog line", () => {
  it.each([
    ["konsumsi-rapat", false, "konsumsi"],
    ["kopi", true, "konsumsi"],
    ["minuman", true, "konsumsi"],
    ["cendera-mata", false, "cendera_mata"],
    ["gerabah", false, "cendera_mata"],
    ["tenun-songket", false, "seragam"],
    ["seragam-konveksi", false, "seragam"],
    ["atk-percetakan", false, "atk"],
    ["dekorasi", false, "dekorasi"],
    ["alat-berat", false, "lainnya"],
    ["kue-baru", true, "konsumsi"],
  ] as const)("%s (food: %s) → %s", (slug, isFood, expected) => {
    expect(eventCategoryForCatalog(slug, isFood)).toBe(expected);
  });
});

describe("evidence uploads", () => {
  it("decides the type from the bytes, whatever the name", () => {
    expect(checkEvidence(bytes(PNG))).toEqual({ ok: true, type: "image/png" });
    expect(checkEvidence(bytes([0x25, 0x50, 0x44, 0x46, 0x2d]))).toEqual({ ok: true, type: "application/pdf" });
    expect(checkEvidence(bytes([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]))).toEqual({ ok: true, type: "image/webp" });
    expect(checkEvidence(new TextEncoder().encode("kuitansi: Rp 500.000"))).toEqual({ ok: false, reason: "unsupported" });
    expect(checkEvidence(new Uint8Array(0))).toEqual({ ok: false, reason: "empty" });
  });

  it("accepts exactly 10 MB and refuses one byte more, before looking at the content", () => {
    expect(checkEvidence(bytes(PNG, MAX_EVIDENCE_BYTES)).ok).toBe(true);
    expect(checkEvidence(bytes(PNG, MAX_EVIDENCE_BYTES + 1))).toEqual({ ok: false, reason: "too_large" });
    expect(checkEvidence(new Uint8Array(MAX_EVIDENCE_BYTES + 1))).toEqual({ ok: false, reason: "too_large" });
  });

  it("goes to any live item of an open event, and after closing only to amendment items", () => {
    expect(mayAttachEvidence({ status: "open" }, { addedByAmendmentId: null, voided: false })).toBe(true);
    expect(mayAttachEvidence({ status: "closed" }, { addedByAmendmentId: null, voided: false })).toBe(false);
    expect(mayAttachEvidence({ status: "closed" }, { addedByAmendmentId: "a1", voided: false })).toBe(true);
    expect(mayAttachEvidence({ status: "closed" }, { addedByAmendmentId: "a1", voided: true })).toBe(false);
  });
});

describe("closing rules", () => {
  const item = (over: Partial<Parameters<typeof itemsBlockingClose>[0][number]>) => ({
    id: "i1", description: "Nasi kotak", source: "declared" as const, evidenceCount: 0, voided: false, ...over,
  });

  it("names every off-platform item without evidence, and nothing else", () => {
    expect(
      itemsBlockingClose([
        item({ id: "a", description: "Nasi kotak" }),
        item({ id: "b", evidenceCount: 1 }),
        item({ id: "c", source: "platform" }),
        item({ id: "d", source: "order" }),
        item({ id: "e", voided: true }),
      ]),
    ).toEqual([{ id: "a", description: "Nasi kotak" }]);
    expect(needsEvidence({ source: "declared", evidenceCount: 0, voided: false })).toBe(true);
    expect(needsEvidence({ source: "platform", evidenceCount: 0, voided: false })).toBe(false);
  });

  it("counts a supplier as local only inside the organizing OPD's province", () => {
    expect(isLocalSupplier("ntb", "ntb")).toBe(true);
    expect(isLocalSupplier("bali", "ntb")).toBe(false);
  });
});

describe("event times", () => {
  it("reads a local datetime as WITA and keeps explicit offsets", () => {
    expect(parseEventInstant("2026-03-02T09:00")!.toISOString()).toBe("2026-03-02T01:00:00.000Z");
    expect(parseEventInstant("2026-03-02T09:00:00+07:00")!.toISOString()).toBe("2026-03-02T02:00:00.000Z");
    expect(parseEventInstant("2026-03-02T01:00:00Z")!.toISOString()).toBe("2026-03-02T01:00:00.000Z");
    expect(parseEventInstant("2 Maret 2026")).toBeNull();
    expect(parseEventInstant("2026-02-30T09:00")).toBeNull();
    expect(parseEventInstant("2026-03-02T25:00")).toBeNull();
  });

  it("puts an event starting on New Year's morning WITA in the new fiscal year", () => {
    expect(eventFiscalYear(parseEventInstant("2027-01-01T07:00")!)).toBe(2027);
    expect(parseEventInstant("2027-01-01T07:00")!.getUTCFullYear()).toBe(2026);
  });
});

describe("event compliance at exact values", () => {
  const item = (over: Partial<EventItem>): EventItem => ({ category: "konsumsi", amountIdr: 250_000, isUmk: true, isLocal: true, source: "verified", ...over });

  it("3 of 4 equal items local UMK → 0.75, the fourth shortfall named in rupiah", () => {
    const result = evaluateEvent([item({}), item({}), item({}), item({ isLocal: false })], DEFAULT_NTB_POLICY);
    expect(result.share).toBe(0.75);
    expect(result.consumption).toEqual({ totalIdr: 1_000_000, localUmkIdr: 750_000, share: 0.75 });
    expect(result.findings[0]!.params.shortfallIdr).toBe(250_000);
    expect(complianceBucket(result)).toBe("below");
  });

  it("counts declared items apart, with their number", () => {
    const result = evaluateEvent([item({ source: "declared" }), item({ source: "declared", isUmk: false, category: "atk" }), item({})], DEFAULT_NTB_POLICY);
    expect(result.declared).toEqual({ totalIdr: 500_000, localUmkIdr: 250_000, count: 2 });
    expect(complianceBucket(evaluateEvent([], DEFAULT_NTB_POLICY))).toBe("empty");
    expect(complianceBucket(evaluateEvent([item({})], DEFAULT_NTB_POLICY))).toBe("meets");
  });
});

describe("event input schemas", () => {
  const event = { title: "Rapat koordinasi", type: "rapat", startsAt: "2026-03-02T09:00", endsAt: "2026-03-02T12:00", kabupaten: "Kota Mataram", attendees: 40, budgetIdr: 5_000_000 };

  it("accepts the issue's body and refuses an end before the start", () => {
    expect(createEventSchema.safeParse(event).success).toBe(true);
    expect(createEventSchema.safeParse({ ...event, endsAt: "2026-03-02T08:00" }).success).toBe(false);
    expect(createEventSchema.safeParse({ ...event, type: "diklat" }).success).toBe(false);
  });

  it("needs a business or a declared supplier with both flags, and whole positive rupiah", () => {
    expect(eventItemSchema.safeParse({ category: "konsumsi", description: "Kopi", amountIdr: 100, businessId: "00000000-0000-4000-8000-000000000000" }).success).toBe(true);
    expect(eventItemSchema.safeParse({ category: "konsumsi", description: "Kopi", amountIdr: 100, supplierName: "Warung Bu Sri", isUmk: true }).success).toBe(false);
    expect(eventItemSchema.safeParse({ category: "konsumsi", description: "Kopi", amountIdr: 100, supplierName: "Warung Bu Sri", isUmk: true, isLocal: true }).success).toBe(true);
    expect(eventItemSchema.safeParse({ category: "konsumsi", description: "Kopi", amountIdr: 0.5, supplierName: "W", isUmk: true, isLocal: true }).success).toBe(false);
    expect(eventItemSchema.safeParse({ category: "konsumsi", description: "Kopi", amountIdr: 100, supplierName: "Warung", nib: "123", isUmk: true, isLocal: true }).success).toBe(false);
  });

  it("asks an amendment for a reason of 10+ characters and at least one change", () => {
    expect(amendEventSchema.safeParse({ reason: "Kuitansi tertinggal" }).success).toBe(false);
    expect(amendEventSchema.safeParse({ reason: "salah", voidItemIds: ["00000000-0000-4000-8000-000000000000"] }).success).toBe(false);
    expect(amendEventSchema.safeParse({ reason: "Kuitansi tertinggal", voidItemIds: ["00000000-0000-4000-8000-000000000000"] }).success).toBe(true);
  });
});

describe("OpenAPI: events", () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };

  it.each([
    ["/api/v1/events", "post", "201"],
    ["/api/v1/events", "get", "200"],
    ["/api/v1/events/{id}", "get", "200"],
    ["/api/v1/events/{id}/items", "post", "201"],
    ["/api/v1/events/{id}/items/{itemId}", "delete", "204"],
    ["/api/v1/events/{id}/items/{itemId}/evidence", "post", "413"],
    ["/api/v1/events/{id}/items/{itemId}/evidence/{evidenceId}", "get", "200"],
    ["/api/v1/events/{id}/close", "post", "422"],
    ["/api/v1/events/{id}/amendments", "post", "201"],
  ])("documents %s %s (%s)", (path, method, status) => {
    expect(doc.paths[path]?.[method]?.responses[status]).toBeDefined();
  });

  it("every events $ref resolves", () => {
    const mine = Object.fromEntries(Object.entries(doc.paths).filter(([p]) => p.startsWith("/api/v1/events")));
    const refs = (JSON.stringify(mine).match(/"#\/components\/schemas\/[^"]+"/g) ?? []).map((r) => r.slice(22, -1));
    expect(refs.length).toBeGreaterThan(8);
    for (const name of refs) expect(doc.components.schemas[name]).toBeDefined();
  });
});

describe("event share per OPD", () => {
  it("sums live items per OPD, counts events also without items, and shares exactly", () => {
    const shares = eventShareByOpd(
      [
        { opdId: "a", eventId: "e1", amountIdr: 300, isUmk: true, isLocal: true },
        { opdId: "a", eventId: "e1", amountIdr: 100, isUmk: true, isLocal: false },
        { opdId: "a", eventId: "e2", amountIdr: 400, isUmk: false, isLocal: true },
      ],
      new Map([["a", 3], ["b", 1]]),
    );
    expect(shares.get("a")).toEqual({ eventCount: 3, eventTotalIdr: 800, eventLocalUmkIdr: 300, eventLocalShare: 0.375 });
    expect(shares.get("b")).toEqual({ eventCount: 1, eventTotalIdr: 0, eventLocalUmkIdr: 0, eventLocalShare: 0 });
  });
});
