import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { witaYear } from "@/lib/domain/time/wita";
import { verifyAuditChain } from "@/lib/services/audit/verify-audit-chain";
import {
  addEventItem, amendEvent, attachEvidence, closeEvent, createEvent, eventFormOptions, getEvent, listEvents, listLinkableEvents,
  readEvidenceFile, removeEventItem, searchBusinessesForEvent, updateEvent,
} from "@/lib/services/events";
import { acceptOrder } from "@/lib/services/procurement/accept-order";
import { approvePurchaseRequest } from "@/lib/services/procurement/approve-purchase-request";
import { complianceSummary } from "@/lib/services/procurement/compliance-summary";
import { receiveOrder } from "@/lib/services/procurement/receive-order";
import { shipOrder } from "@/lib/services/procurement/ship-order";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { useTempDataDir } from "./business-helpers";
import { minimalPdf } from "./events-helpers";
import { fakeJpeg, fakePdf } from "../setup/upload-fixtures";
import { expectAppError, grant, newBudgetLine, opdIdOf, seedDemoParties, setStock, umkProducts, viewerOf } from "./procurement-helpers";

jest.setTimeout(60_000);

const dataDir = useTempDataDir();
const year = witaYear(new Date());

let buyer: Viewer;
let approver: Viewer;
let treasurer: Viewer;
let auditor: Viewer;
let admin: Viewer;
let seller: Viewer;
let otherBuyer: Viewer;
let dispar: string;
let umkBusiness: { id: string; name: string };
let suspendedBusinessId: string;

const png = () => sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 20, g: 120, b: 60 } } }).png().toBuffer().then((b) => new Uint8Array(b));

const newEvent = (title = "Rapat koordinasi UMK", over: Record<string, unknown> = {}) =>
  createEvent(buyer, {
    title, type: "rapat", startsAt: `${year}-03-02T09:00`, endsAt: `${year}-03-02T12:00`, kabupaten: "Kota Mataram", attendees: 40, budgetIdr: 5_000_000, ...over,
  });

const declared = (description: string, amountIdr = 250_000, flags = { isUmk: true, isLocal: true }) =>
  ({ category: "konsumsi" as const, description, amountIdr, supplierName: "Warung Bu Sri", ...flags });

const platform = (description: string, amountIdr = 250_000) =>
  ({ category: "konsumsi" as const, description, amountIdr, businessId: umkBusiness.id, isUmk: false, isLocal: false });

beforeAll(async () => {
  ({ buyer, approver, treasurer, auditor, admin, seller, dispar } = await seedDemoParties(db));
  otherBuyer = await viewerOf(db, "pembeli.diskop@pasarumk.test");
  umkBusiness = ((await db.execute(sql`
    SELECT b.id, b.legal_name AS name FROM businesses b JOIN regions r ON r.id = b.region_id
    WHERE b.verification_status = 'verified' AND b.is_umk AND r.parent_id = (SELECT id FROM regions WHERE code = '52')
    ORDER BY b.nib LIMIT 1`)) as unknown as Array<{ id: string; name: string }>)[0]!;
  suspendedBusinessId = ((await db.execute(sql`SELECT id FROM businesses WHERE verification_status = 'suspended' LIMIT 1`)) as unknown as Array<{ id: string }>)[0]!.id;
}, 120_000);

describe("creating events", () => {
  it("records the event in the organizer's OPD: venue by name, local time as WITA, fiscal year from the start", async () => {
    const event = await newEvent("Pelatihan kemasan", { type: "pelatihan", startsAt: `${year}-01-01T07:00`, endsAt: `${year}-01-01T16:00` });
    expect(event).toMatchObject({
      opd: { id: dispar }, type: "pelatihan", status: "open", fiscalYear: year, kabupaten: { name: "Kota Mataram" },
      startsAt: new Date(Date.UTC(year - 1, 11, 31, 23, 0)).toISOString(), items: [], closedReport: null,
      permissions: { canEdit: true, canClose: true, canAmend: false },
      compliance: { totalIdr: 0, localUmkIdr: 0, share: 0, verdict: "allow", findings: [] },
    });
    const byId = await createEvent(buyer, { ...baseInput(), kabupaten: event.kabupaten.id });
    expect(byId.kabupaten.id).toBe(event.kabupaten.id);
  });

  it("refuses an unknown kabupaten with 422 naming the field, and every role but the OPD's buyer", async () => {
    await expectAppError(createEvent(buyer, { ...baseInput(), kabupaten: "Kabupaten Antah" }), "unprocessable", { field: "kabupaten" });
    await expectAppError(createEvent(buyer, { ...baseInput(), kabupaten: "Badung" }), "unprocessable", { field: "kabupaten" });
    for (const v of [approver, treasurer, auditor, admin, seller]) await expectAppError(createEvent(v, baseInput()), "forbidden");
    await expectAppError(createEvent(buyer, { ...baseInput(), opdId: await opdIdOf(db, "Diskop UKM") }), "forbidden");
    await expectAppError(createEvent(null, baseInput()), "unauthenticated");
  });

  it("a buyer of two OPDs must name the organizing OPD (422 opd_required on opdId); either works, a third is 403", async () => {
    const email = `pembeli.dua.opd.${Date.now()}@uji.test`;
    await db.execute(sql`INSERT INTO users (email, name) VALUES (${email}, 'Pembeli Dua OPD')`);
    const disperindag = await opdIdOf(db, "Disperindag");
    await grant(db, email, "buyer", dispar);
    const twoOpds = await grant(db, email, "buyer", disperindag);
    expect((await eventFormOptions(twoOpds)).opds.map((o) => o.id).sort()).toEqual([dispar, disperindag].sort());

    const error = await expectAppError(createEvent(twoOpds, baseInput()), "unprocessable", { reason: "opd_required", field: "opdId" });
    expect((error as unknown as Error).message).toContain("OPD");
    for (const opdId of [dispar, disperindag]) {
      const event = await createEvent(twoOpds, { ...baseInput(), opdId });
      expect(event).toMatchObject({ opd: { id: opdId }, permissions: { canEdit: true } });
    }
    await expectAppError(createEvent(twoOpds, { ...baseInput(), opdId: await opdIdOf(db, "Diskop UKM") }), "forbidden");
    await expectAppError(createEvent(twoOpds, { ...baseInput(), opdId: "00000000-0000-4000-8000-000000000000" }), "forbidden");
  });

  it("edits an open event's details and offers the form's OPDs and venues", async () => {
    const event = await newEvent();
    const updated = await updateEvent(buyer, event.id, { attendees: 55, kabupaten: "Lombok Tengah" });
    expect(updated).toMatchObject({ attendees: 55, kabupaten: { name: "Lombok Tengah" } });
    await expectAppError(updateEvent(approver, event.id, { attendees: 1 }), "forbidden");
    const options = await eventFormOptions(buyer);
    expect(options.opds.map((o) => o.id)).toEqual([dispar]);
    expect(options.kabupaten).toHaveLength(10);
    await expectAppError(eventFormOptions(auditor), "forbidden");
  });
});

const baseInput = () => ({
  title: "Upacara HUT NTB", type: "upacara" as const, startsAt: `${year}-12-17T07:00`, endsAt: `${year}-12-17T10:00`, kabupaten: "Kota Mataram",
  attendees: 300, budgetIdr: 20_000_000,
});

describe("items and shares", () => {
  it("computes exact shares: 3 of 4 equal konsumsi items local UMK → 0.75, declared counted apart", async () => {
    const event = await newEvent();
    for (const d of ["Nasi kotak", "Kue", "Kopi"]) await addEventItem(buyer, event.id, platform(d));
    await addEventItem(buyer, event.id, declared("Air mineral impor", 250_000, { isUmk: false, isLocal: false }));
    const detail = await getEvent(auditor, event.id);
    expect(detail.compliance).toMatchObject({
      totalIdr: 1_000_000, localUmkIdr: 750_000, share: 0.75,
      consumption: { totalIdr: 1_000_000, localUmkIdr: 750_000, share: 0.75 },
      declared: { totalIdr: 250_000, localUmkIdr: 0, count: 1 },
      verdict: "needs_justification",
    });
    expect(detail.compliance.findings).toEqual([expect.objectContaining({ rule: "EVENT_LOCAL_CONSUMPTION", params: expect.objectContaining({ shortfallIdr: 250_000 }) })]);
    expect(detail.compliance.byCategory.atk).toEqual({ totalIdr: 0, localUmkIdr: 0, share: 0 });
  });

  it("takes UMK and local status from the verified business, whatever the caller declares", async () => {
    const event = await newEvent();
    const item = await addEventItem(buyer, event.id, platform("Snack rapat"));
    expect(item).toMatchObject({ source: "platform", declared: false, isUmk: true, isLocal: true, business: { id: umkBusiness.id, name: umkBusiness.name }, needsEvidence: false });
    expect(item.supplierNib).toMatch(/^\d{13}$/);
    const [row] = (await db.execute(sql`SELECT is_umk, is_local, supplier_verified_at FROM event_items WHERE id = ${item.id}`)) as unknown as Array<{ is_umk: boolean; is_local: boolean; supplier_verified_at: Date | null }>;
    expect(row).toMatchObject({ is_umk: true, is_local: true });
    expect(row!.supplier_verified_at).not.toBeNull();
  });

  it("refuses a suspended business with 422, and removes items of an open event", async () => {
    const event = await newEvent();
    await expectAppError(addEventItem(buyer, event.id, { ...platform("X"), businessId: suspendedBusinessId }), "unprocessable", { reason: "business_not_verified" });
    const item = await addEventItem(buyer, event.id, declared("Spanduk", 100_000));
    await expectAppError(removeEventItem(approver, event.id, item.id), "forbidden");
    await removeEventItem(buyer, event.id, item.id);
    expect((await getEvent(buyer, event.id)).items).toEqual([]);
    await expectAppError(removeEventItem(buyer, event.id, item.id), "not_found");
  });

  it("finds verified businesses by name or NIB for the item form (event writers only)", async () => {
    const hits = await searchBusinessesForEvent(buyer, umkBusiness.name.slice(0, 6));
    expect(hits).toContainEqual(expect.objectContaining({ id: umkBusiness.id, isUmk: true }));
    expect(hits.every((h) => h.id !== suspendedBusinessId)).toBe(true);
    await expectAppError(searchBusinessesForEvent(seller, "ab"), "forbidden");
  });
});

describe("evidence, closing and amendments", () => {
  it("refuses to close while a declared item lacks evidence, naming it; closes once a receipt is uploaded", async () => {
    const event = await newEvent();
    await addEventItem(buyer, event.id, platform("Nasi kotak"));
    const off = await addEventItem(buyer, event.id, declared("Kue tradisional pasar"));
    expect(off.needsEvidence).toBe(true);
    const error = await expectAppError(closeEvent(buyer, event.id), "unprocessable", { reason: "evidence_missing" });
    expect((error.details as { items: unknown }).items).toEqual([{ id: off.id, description: "Kue tradisional pasar" }]);

    // A PNG named .pdf is stored as the PNG it is.
    const evidence = await attachEvidence(buyer, event.id, off.id, { bytes: await png(), name: "kuitansi.pdf" });
    expect(evidence).toMatchObject({ contentType: "image/png", originalName: "kuitansi.pdf", url: `/api/v1/events/${event.id}/items/${off.id}/evidence/${evidence.id}` });
    expect(evidence.thumbnailUrl).toContain("variant=thumbnail");
    const file = await readEvidenceFile(auditor, { eventId: event.id, itemId: off.id, evidenceId: evidence.id });
    expect(file.contentType).toBe("image/png");
    expect(Buffer.from(file.bytes).subarray(1, 4).toString()).toBe("PNG");
    const thumb = await readEvidenceFile(approver, { eventId: event.id, itemId: off.id, evidenceId: evidence.id, variant: "thumbnail" });
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ format: "webp", width: 480 });
    await expectAppError(readEvidenceFile(seller, { eventId: event.id, itemId: off.id, evidenceId: evidence.id }), "forbidden");
    await expectAppError(readEvidenceFile(otherBuyer, { eventId: event.id, itemId: off.id, evidenceId: evidence.id }), "forbidden");

    const closed = await closeEvent(buyer, event.id);
    expect(closed).toMatchObject({ status: "closed", closedBy: { id: buyer.userId }, permissions: { canEdit: false, canClose: false, canAmend: true } });
    expect(closed.closedReport).toMatchObject({ compliance: { totalIdr: 500_000, localUmkIdr: 500_000, share: 1 } });
    expect(closed.closedReport!.items.map((i) => i.id).sort()).toEqual(closed.items.map((i) => i.id).sort());
  });

  it("takes a real PDF as application/pdf without a thumbnail and gives it back byte for byte to event readers only", async () => {
    const event = await newEvent("Rapat dengan kuitansi PDF");
    const item = await addEventItem(buyer, event.id, declared("Kue kering"));
    const pdf = minimalPdf();
    expect(new TextDecoder().decode(pdf.subarray(0, 8))).toBe("%PDF-1.4");
    expect(new TextDecoder().decode(pdf).trimEnd().endsWith("%%EOF")).toBe(true);

    const evidence = await attachEvidence(buyer, event.id, item.id, { bytes: pdf, name: "kuitansi.pdf" });
    expect(evidence).toMatchObject({ contentType: "application/pdf", sizeBytes: pdf.length, originalName: "kuitansi.pdf", thumbnailUrl: null });
    const [row] = (await db.execute(sql`SELECT storage_key, thumbnail_key, content_type FROM event_item_evidence WHERE id = ${evidence.id}`)) as unknown as Array<{ storage_key: string; thumbnail_key: string | null; content_type: string }>;
    expect(row).toEqual({ storage_key: expect.stringMatching(/\.pdf$/), thumbnail_key: null, content_type: "application/pdf" });
    expect(readdirSync(path.join(dataDir, "uploads", "events", event.id, item.id))).toEqual([path.basename(row!.storage_key)]);

    for (const reader of [buyer, approver, treasurer, auditor, admin]) {
      const file = await readEvidenceFile(reader, { eventId: event.id, itemId: item.id, evidenceId: evidence.id });
      expect(file).toMatchObject({ contentType: "application/pdf", fileName: "kuitansi.pdf" });
      expect(Buffer.from(file.bytes).equals(Buffer.from(pdf))).toBe(true);
    }
    // Asking for a thumbnail of a PDF gives the PDF itself: there is no preview to give.
    const thumb = await readEvidenceFile(auditor, { eventId: event.id, itemId: item.id, evidenceId: evidence.id, variant: "thumbnail" });
    expect(thumb.contentType).toBe("application/pdf");
    for (const outsider of [seller, otherBuyer]) {
      await expectAppError(readEvidenceFile(outsider, { eventId: event.id, itemId: item.id, evidenceId: evidence.id }), "forbidden");
    }
    await expectAppError(readEvidenceFile(auditor, { eventId: event.id, itemId: item.id, evidenceId: "00000000-0000-4000-8000-000000000000" }), "not_found");
    // The PDF is evidence enough to close.
    expect((await closeEvent(buyer, event.id)).status).toBe("closed");
  });

  it("stores a file named bukti.pdf that holds PNG bytes as the PNG it is, with a thumbnail", async () => {
    const event = await newEvent();
    const item = await addEventItem(buyer, event.id, declared("Bunga meja"));
    const bytes = await png();
    const evidence = await attachEvidence(buyer, event.id, item.id, { bytes, name: "bukti.pdf" });
    expect(evidence).toMatchObject({ contentType: "image/png", originalName: "bukti.pdf", thumbnailUrl: expect.stringContaining("variant=thumbnail") });
    const [row] = (await db.execute(sql`SELECT storage_key, content_type FROM event_item_evidence WHERE id = ${evidence.id}`)) as unknown as Array<{ storage_key: string; content_type: string }>;
    expect(row).toEqual({ storage_key: expect.stringMatching(/\.png$/), content_type: "image/png" });
    const file = await readEvidenceFile(auditor, { eventId: event.id, itemId: item.id, evidenceId: evidence.id });
    expect(file.contentType).toBe("image/png");
    expect(Buffer.from(file.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses a text file named receipt.jpg (415) and an 11 MB file (413), storing nothing", async () => {
    const event = await newEvent();
    const item = await addEventItem(buyer, event.id, declared("Kue"));
    await expectAppError(attachEvidence(buyer, event.id, item.id, { bytes: new TextEncoder().encode("Kuitansi Rp 250.000 lunas"), name: "receipt.jpg" }), "unsupported_media_type");
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(await png());
    await expectAppError(attachEvidence(buyer, event.id, item.id, { bytes: big, name: "besar.png" }), "payload_too_large");
    expect((await getEvent(buyer, event.id)).items[0]!.evidence).toEqual([]);
    await expectAppError(attachEvidence(approver, event.id, item.id, { bytes: await png(), name: "a.png" }), "forbidden");
  });

  it("refuses a JPEG header over garbage and a %PDF- header over garbage (422 file_corrupt), storing nothing", async () => {
    const event = await newEvent();
    const item = await addEventItem(buyer, event.id, declared("Nasi kotak"));
    for (const [bytes, name] of [[fakeJpeg(), "nota.jpg"], [fakePdf(), "kuitansi.pdf"]] as const) {
      const error = await expectAppError(attachEvidence(buyer, event.id, item.id, { bytes, name }), "unprocessable");
      expect(error.details).toMatchObject({ reason: "file_corrupt" });
    }
    expect((await getEvent(buyer, event.id)).items[0]!.evidence).toEqual([]);
    expect(existsSync(path.join(dataDir, "uploads", "events", event.id))).toBe(false);
  });

  it("locks a closed event: adding, removing and new evidence on original items are 409", async () => {
    const event = await newEvent();
    const item = await addEventItem(buyer, event.id, platform("Kopi"));
    await closeEvent(buyer, event.id);
    await expectAppError(addEventItem(buyer, event.id, platform("Teh")), "conflict", { reason: "event_closed" });
    await expectAppError(removeEventItem(buyer, event.id, item.id), "conflict", { reason: "event_closed" });
    const error = await expectAppError(attachEvidence(buyer, event.id, item.id, { bytes: await png(), name: "a.png" }), "conflict", { reason: "event_closed" });
    expect((error as unknown as Error).message).toContain("amendment");
    await expectAppError(updateEvent(buyer, event.id, { attendees: 3 }), "conflict", { reason: "event_closed" });
    await expectAppError(closeEvent(buyer, event.id), "conflict", { reason: "event_closed" });
  });

  it("amendments keep history: the closed report stays, the amendment's report differs, voided items stay listed", async () => {
    const event = await newEvent();
    const keep = await addEventItem(buyer, event.id, platform("Nasi kotak", 600_000));
    const wrong = await addEventItem(buyer, event.id, platform("Salah catat", 400_000));
    await expectAppError(amendEvent(buyer, event.id, { reason: "Koreksi nilai yang salah", voidItemIds: [wrong.id] }), "conflict", { reason: "event_open" });
    const closed = await closeEvent(buyer, event.id);

    await expectAppError(amendEvent(approver, event.id, { reason: "Koreksi nilai yang salah", voidItemIds: [wrong.id] }), "forbidden");
    const amendment = await amendEvent(buyer, event.id, {
      reason: "Nilai salah catat; kue dari warung luar platform",
      voidItemIds: [wrong.id],
      addItems: [declared("Kue dari warung", 200_000, { isUmk: true, isLocal: false })],
    });
    expect(amendment.changes.voidedItemIds).toEqual([wrong.id]);
    expect(amendment.changes.addedItemIds).toHaveLength(1);
    expect(amendment.reportAfter).toMatchObject({ totalIdr: 800_000, localUmkIdr: 600_000, share: 0.75 });

    const after = await getEvent(auditor, event.id);
    expect(after.closedReport).toEqual(closed.closedReport);
    expect(after.closedReport!.compliance).toMatchObject({ totalIdr: 1_000_000, share: 1 });
    expect(after.compliance).toMatchObject({ totalIdr: 800_000, localUmkIdr: 600_000, share: 0.75 });
    expect(after.items.find((i) => i.id === wrong.id)).toMatchObject({ voidedByAmendmentId: amendment.id });
    expect(after.items.find((i) => i.id === keep.id)!.voidedByAmendmentId).toBeNull();
    const added = after.items.find((i) => i.id === amendment.changes.addedItemIds[0])!;
    expect(added).toMatchObject({ addedByAmendmentId: amendment.id, declared: true, needsEvidence: true });
    expect(after.amendments).toEqual([expect.objectContaining({ id: amendment.id, reason: amendment.reason, createdBy: { id: buyer.userId, name: buyer.name } })]);
    expect(after.amendmentCount).toBe(1);

    // Evidence may follow an amendment's item after closing; voiding twice is refused.
    await attachEvidence(buyer, event.id, added.id, { bytes: await png(), name: "nota.png" });
    await expectAppError(amendEvent(buyer, event.id, { reason: "Batalkan lagi item yang sama", voidItemIds: [wrong.id] }), "unprocessable", { reason: "unknown_item" });
    expect(existsSync(path.join(dataDir, "uploads", "events", event.id))).toBe(true);
  });
});

describe("concurrency", () => {
  it("an item added while the event closes is either in the frozen report or refused with 409, never lost", async () => {
    for (let round = 0; round < 5; round += 1) {
      const event = await newEvent(`Rapat serentak ${round}`);
      await addEventItem(buyer, event.id, platform("Kopi"));
      const [closing, adding] = await Promise.allSettled([closeEvent(buyer, event.id), addEventItem(buyer, event.id, platform("Teh"))]);
      expect(closing.status).toBe("fulfilled");
      const detail = await getEvent(auditor, event.id);
      const reported = detail.closedReport!.items.map((i) => i.id).sort();
      expect(reported).toEqual(detail.items.map((i) => i.id).sort());
      if (adding.status === "rejected") expect(adding.reason).toMatchObject({ code: "conflict" });
      else expect(reported).toContain(adding.value.id);
    }
  });

  it("two closes at once: one wins, the other is 409, one closed audit event", async () => {
    const event = await newEvent("Ditutup dua kali");
    await addEventItem(buyer, event.id, platform("Kopi"));
    const results = await Promise.allSettled([closeEvent(buyer, event.id), closeEvent(buyer, event.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    const audit = (await db.execute(sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'event.closed' AND entity_id = ${event.id}`)) as unknown as Array<{ n: number }>;
    expect(audit[0]!.n).toBe(1);
  });
});

describe("who may see and do what", () => {
  it("OPD members and region auditors/admins read; another OPD's buyer and sellers do not; unknown ids are 404", async () => {
    const event = await newEvent();
    for (const v of [buyer, approver, treasurer, auditor, admin]) expect((await getEvent(v, event.id)).id).toBe(event.id);
    expect((await getEvent(approver, event.id)).permissions).toEqual({ canEdit: false, canClose: false, canAmend: false });
    for (const v of [otherBuyer, seller]) await expectAppError(getEvent(v, event.id), "forbidden");
    await expectAppError(getEvent(null, event.id), "unauthenticated");
    await expectAppError(getEvent(auditor, "00000000-0000-4000-8000-000000000000"), "not_found");
    await expectAppError(getEvent(seller, "00000000-0000-4000-8000-000000000000"), "forbidden");
    for (const v of [approver, treasurer, auditor, otherBuyer]) await expectAppError(addEventItem(v, event.id, declared("X")), "forbidden");
    await expectAppError(closeEvent(treasurer, event.id), "forbidden");
  });

  it("lists events by OPD, year, status and compliance; sellers get 403", async () => {
    const below = await newEvent("Rapat dengan konsumsi impor");
    await addEventItem(buyer, below.id, declared("Roti impor", 100_000, { isUmk: false, isLocal: false }));
    const all = await listEvents(auditor, { fiscalYear: year, opdId: dispar });
    expect(all.map((e) => e.id)).toContain(below.id);
    expect((await listEvents(auditor, { fiscalYear: year, compliance: "below" })).map((e) => e.id)).toContain(below.id);
    expect((await listEvents(auditor, { fiscalYear: year, compliance: "meets" })).map((e) => e.id)).not.toContain(below.id);
    expect((await listEvents(buyer, { from: `${year}-03-02`, to: `${year}-03-02`, status: "open" })).map((e) => e.id)).toContain(below.id);
    expect((await listEvents(buyer, { from: `${year}-03-03` })).map((e) => e.id)).not.toContain(below.id);
    expect((await listEvents(otherBuyer, {})).map((e) => e.id)).not.toContain(below.id);
    await expectAppError(listEvents(otherBuyer, { opdId: dispar }), "forbidden");
    await expectAppError(listEvents(seller, {}), "forbidden");
    await expectAppError(listEvents(null, {}), "unauthenticated");
  });
});

describe("purchase requests linked to an event", () => {
  const buyThroughBast = async (eventId: string, quantity = 2) => {
    const [product] = await umkProducts(db, 1);
    await setStock(db, product!.id, 50);
    const line = await newBudgetLine(db, dispar, 500_000_000);
    const request = await submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: "Cendera mata untuk kegiatan", lines: [{ productId: product!.id, quantity }], eventId });
    const approved = await approvePurchaseRequest(approver, request.id);
    const orderId = approved.orders![0]!.id;
    const [sellerRow] = (await db.execute(sql`SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.role = 'seller' AND m.business_id = ${product!.businessId} LIMIT 1`)) as unknown as Array<{ email: string }>;
    let productSeller: Viewer;
    if (sellerRow) productSeller = await viewerOf(db, sellerRow.email);
    else {
      const email = `penjual.ev.${product!.businessId.slice(0, 8)}@uji.test`;
      const [user] = (await db.execute(sql`INSERT INTO users (email, name) VALUES (${email}, 'Penjual Uji') RETURNING id`)) as unknown as Array<{ id: string }>;
      await db.execute(sql`INSERT INTO memberships (user_id, role, region_id, business_id) VALUES (${user!.id}, 'seller', (SELECT id FROM regions WHERE code = '52'), ${product!.businessId})`);
      productSeller = await viewerOf(db, email);
    }
    await acceptOrder(productSeller, orderId);
    await shipOrder(productSeller, orderId);
    return { request, product: product!, orderId };
  };

  it("a BAST adds the received lines as event items with the seller snapshot and received value", async () => {
    const event = await newEvent("Festival kuliner");
    expect((await listLinkableEvents(buyer, dispar)).map((e) => e.id)).toContain(event.id);
    await expectAppError(listLinkableEvents(auditor, dispar), "forbidden");
    const { request, product, orderId } = await buyThroughBast(event.id, 3);
    const [orderLine] = (await db.execute(sql`SELECT id FROM order_lines WHERE order_id = ${orderId}`)) as unknown as Array<{ id: string }>;
    await receiveOrder(buyer, orderId, { lines: [{ orderLineId: orderLine!.id, quantity: 2 }] });
    let detail = await getEvent(buyer, event.id);
    expect(detail.items).toEqual([
      expect.objectContaining({ source: "order", amountIdr: 2 * product.priceIdr, purchaseRequestId: request.id, business: expect.objectContaining({ id: product.businessId }), isUmk: true, isLocal: true, declared: false }),
    ]);
    expect(detail.linkedRequests).toEqual([expect.objectContaining({ id: request.id, number: request.number })]);
    await expectAppError(removeEventItem(buyer, event.id, detail.items[0]!.id), "conflict", { reason: "order_item" });
    await receiveOrder(buyer, orderId);
    detail = await getEvent(buyer, event.id);
    expect(detail.items.map((i) => i.amountIdr).sort()).toEqual([product.priceIdr, 2 * product.priceIdr].sort());
    expect(detail.compliance.totalIdr).toBe(3 * product.priceIdr);
  });

  it("a BAST after the event closed leaves the event untouched and says so in the audit trail", async () => {
    const event = await newEvent("Rapat tutup lebih dulu");
    const { orderId } = await buyThroughBast(event.id);
    await closeEvent(buyer, event.id);
    const received = await receiveOrder(buyer, orderId);
    expect(received.bast.number).toMatch(/^BAST\//);
    expect((await getEvent(buyer, event.id)).items).toEqual([]);
    const audit = (await db.execute(sql`SELECT data FROM audit_events WHERE action = 'event.receipt_not_recorded' AND entity_id = ${event.id}`)) as unknown as Array<{ data: { reason: string; orderId: string } }>;
    expect(audit).toEqual([{ data: expect.objectContaining({ reason: "event_closed", orderId }) }]);
  });

  it("a request may link only an open event of its own OPD (422)", async () => {
    const [product] = await umkProducts(db, 1);
    await setStock(db, product!.id, 50);
    const line = await newBudgetLine(db, dispar, 500_000_000);
    const closed = await newEvent("Sudah ditutup");
    await closeEvent(buyer, closed.id);
    const diskopEvent = await createEvent(otherBuyer, { ...baseInput(), title: "Acara Diskop" });
    for (const eventId of [closed.id, diskopEvent.id, "00000000-0000-4000-8000-000000000000"]) {
      await expectAppError(
        submitPurchaseRequest(buyer, { budgetLineId: line.id, purpose: "Uji tautan kegiatan", lines: [{ productId: product!.id, quantity: 1 }], eventId }),
        "unprocessable",
        { reason: "event_not_linkable", field: "eventId" },
      );
    }
  });
});

describe("the per-OPD compliance summary", () => {
  it("carries each OPD's event local share, recomputed from stored items with voided ones left out", async () => {
    const [expected] = (await db.execute(sql`
      SELECT count(DISTINCT e.id)::int AS events,
             coalesce(sum(i.amount_idr) FILTER (WHERE i.voided_by_amendment_id IS NULL), 0)::float8 AS total,
             coalesce(sum(i.amount_idr) FILTER (WHERE i.voided_by_amendment_id IS NULL AND i.is_umk AND i.is_local), 0)::float8 AS local
      FROM events e LEFT JOIN event_items i ON i.event_id = e.id
      WHERE e.opd_id = ${dispar} AND e.fiscal_year = ${year}`)) as unknown as Array<{ events: number; total: number; local: number }>;
    const summary = await complianceSummary(auditor, { fiscalYear: year, opdId: dispar });
    expect(summary.opds[0]).toMatchObject({
      eventCount: expected!.events, eventTotalIdr: expected!.total, eventLocalUmkIdr: expected!.local, eventLocalShare: expected!.local / expected!.total,
    });
    expect(expected!.events).toBeGreaterThan(5);
  });
});

describe("the audit trail", () => {
  it("records every event change and still verifies", async () => {
  const verdict = await verifyAuditChain(db);
  expect(verdict.ok).toBe(true);
  const actions = (await db.execute(sql`SELECT DISTINCT action FROM audit_events WHERE entity = 'event'`)) as unknown as Array<{ action: string }>;
  expect(actions.map((a) => a.action).sort()).toEqual(
    ["event.amended", "event.closed", "event.created", "event.evidence_attached", "event.item_added", "event.item_removed", "event.items_recorded_from_bast", "event.receipt_not_recorded", "event.updated"].sort(),
  );
});
});
