import bcrypt from "bcryptjs";
import postgres from "postgres";
import sharp from "sharp";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";
import { minimalPdf } from "./events-helpers";

// The events contract over HTTP against the production build (app database seeded with demo data).

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

jest.setTimeout(60_000);

const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
const year = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

const signedIn = async (email: string) => {
  const session = new HttpSession();
  const result = await session.signIn(email, testPassword());
  expect(result.hasSession).toBe(true);
  return session;
};

// A browser client sends `{}` for a write with nothing to say; an empty JSON body is a 400.
const send = (session: HttpSession, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  session.fetch(path, { method, headers: { "content-type": "application/json", ...headers }, body: body === undefined ? (method === "DELETE" ? undefined : "{}") : JSON.stringify(body) });

const upload = (session: HttpSession, path: string, bytes: Uint8Array, name: string, type = "application/octet-stream") => {
  const form = new FormData();
  form.set("file", new Blob([Buffer.from(bytes)], { type }), name);
  return session.fetch(path, { method: "POST", body: form });
};

const expectError = async (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  const body = (await response.json()) as Json;
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  return body.error as Json;
};

const eventBody = (title: string) => ({
  title, type: "rapat", startsAt: `${year}-05-04T09:00`, endsAt: `${year}-05-04T13:00:00+08:00`, kabupaten: "Kota Mataram", attendees: 25, budgetIdr: 3_000_000,
});

let buyer: HttpSession;
let auditor: HttpSession;
let seller: HttpSession;
let approver: HttpSession;
let otherBuyer: HttpSession;
let businessId: string;
let dispar: string;

/** A new buyer of the named OPDs who can sign in (the seeded buyers of other OPDs have no password). */
const buyerOfEmail = async (label: string, ...opdShortNames: string[]) => {
  const email = `pembeli.${label}.${Date.now()}@uji.test`;
  const sql = app();
  try {
    const [user] = await sql`INSERT INTO users (email, name, password_hash) VALUES (${email}, ${`Pembeli ${label}`}, ${bcrypt.hashSync(testPassword(), 4)}) RETURNING id`;
    await sql`
      INSERT INTO memberships (user_id, role, region_id, opd_id)
      SELECT ${user!.id}, 'buyer', o.region_id, o.id FROM opds o WHERE o.short_name IN ${sql(opdShortNames)}`;
  } finally {
    await sql.end();
  }
  return email;
};

beforeAll(async () => {
  const sessions = await Promise.all(
    ["pembeli@pasarumk.test", "auditor@pasarumk.test", "penjual@pasarumk.test", "ppk@pasarumk.test", await buyerOfEmail("diskop", "Diskop UKM")].map(signedIn),
  );
  [buyer, auditor, seller, approver, otherBuyer] = sessions as [HttpSession, HttpSession, HttpSession, HttpSession, HttpSession];
  const sql = app();
  try {
    const [b] = await sql`
      SELECT b.id FROM businesses b JOIN regions r ON r.id = b.region_id
      WHERE b.verification_status = 'verified' AND b.is_umk AND r.parent_id = (SELECT id FROM regions WHERE code = '52') ORDER BY b.nib LIMIT 1`;
    businessId = b!.id;
    dispar = (await sql`SELECT id FROM opds WHERE short_name = 'Dispar'`)[0]!.id;
  } finally {
    await sql.end();
  }
});

describe("events API", () => {
  it("runs the whole life of an event with the documented status codes and shapes", async () => {
    const created = await send(buyer, "POST", "/api/v1/events", eventBody("Rapat API"));
    expect(created.status).toBe(201);
    const event = (await created.json()) as Json;
    expect(event).toMatchObject({ id: expect.any(String), status: "open", fiscalYear: year, opd: { id: dispar }, kabupaten: { name: "Kota Mataram" }, items: [] });
    const base = `/api/v1/events/${event.id}`;

    const platformItem = await send(buyer, "POST", `${base}/items`, { category: "konsumsi", description: "Nasi kotak", amountIdr: 300_000, businessId, isUmk: false, isLocal: false });
    expect(platformItem.status).toBe(201);
    expect(await platformItem.json()).toMatchObject({ source: "platform", isUmk: true, isLocal: true });
    const offItem = (await (await send(buyer, "POST", `${base}/items`, { category: "konsumsi", description: "Kue basah", amountIdr: 100_000, supplierName: "Inaq Sahnun", isUmk: false, isLocal: true })).json()) as Json;
    expect(offItem).toMatchObject({ source: "declared", declared: true, needsEvidence: true });

    const detail = (await (await buyer.fetch(base, { headers: { "accept-language": "en" } })).json()) as Json;
    expect(detail.compliance).toMatchObject({ totalIdr: 400_000, localUmkIdr: 300_000, share: 0.75, consumption: { share: 0.75 }, verdict: "needs_justification" });
    expect(detail.compliance.findings[0]).toMatchObject({ rule: "EVENT_LOCAL_CONSUMPTION", severity: "warning", message: expect.stringContaining("consumption") });
    const indonesian = (await (await buyer.fetch(base)).json()) as Json;
    expect(indonesian.compliance.findings[0].message).toContain("Konsumsi");

    const refused = await expectError(await send(buyer, "POST", `${base}/close`), 422, "unprocessable");
    expect(refused.details.items).toEqual([{ id: offItem.id, description: "Kue basah" }]);

    const textFile = await upload(buyer, `${base}/items/${offItem.id}/evidence`, new TextEncoder().encode("bukan gambar"), "receipt.jpg", "image/jpeg");
    await expectError(textFile, 415, "unsupported_media_type");
    const big = new Uint8Array(11 * 1024 * 1024);
    big[0] = 0x89;
    await expectError(await upload(buyer, `${base}/items/${offItem.id}/evidence`, big, "besar.png", "image/png"), 413, "payload_too_large");
    const photo = new Uint8Array(await sharp({ create: { width: 300, height: 200, channels: 3, background: "#c0392b" } }).png().toBuffer());
    const uploaded = await upload(buyer, `${base}/items/${offItem.id}/evidence`, photo, "nota.pdf", "application/pdf");
    expect(uploaded.status).toBe(201);
    const evidence = (await uploaded.json()) as Json;
    expect(evidence).toMatchObject({ contentType: "image/png", originalName: "nota.pdf", sizeBytes: photo.length });

    const file = await auditor.fetch(evidence.url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("cache-control")).toContain("no-store");
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(photo))).toBe(true);
    expect((await auditor.fetch(evidence.thumbnailUrl)).headers.get("content-type")).toBe("image/webp");
    await expectError(await seller.fetch(evidence.url), 403, "forbidden");
    await expectError(await new HttpSession().fetch(evidence.url), 401, "unauthenticated");

    const closed = await send(buyer, "POST", `${base}/close`);
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ status: "closed", closedReport: { compliance: { share: 0.75 } } });
    await expectError(await send(buyer, "POST", `${base}/items`, { category: "atk", description: "Map", amountIdr: 1_000, businessId }), 409, "conflict");
    await expectError(await send(buyer, "DELETE", `${base}/items/${offItem.id}`), 409, "conflict");

    await expectError(await send(buyer, "POST", `${base}/amendments`, { reason: "pendek" }), 422, "unprocessable");
    const amended = await send(buyer, "POST", `${base}/amendments`, { reason: "Kue ternyata dari warung luar provinsi", voidItemIds: [offItem.id] });
    expect(amended.status).toBe(201);
    expect(await amended.json()).toMatchObject({ changes: { voidedItemIds: [offItem.id], addedItemIds: [] }, reportAfter: { totalIdr: 300_000, share: 1, findings: [] } });

    const after = (await (await auditor.fetch(base)).json()) as Json;
    expect(after).toMatchObject({ amendmentCount: 1, closedReport: { compliance: { totalIdr: 400_000 } }, compliance: { totalIdr: 300_000 } });
    expect(after.items.find((i: Json) => i.id === offItem.id).voidedByAmendmentId).toBe(after.amendments[0].id);

    const list = (await (await auditor.fetch(`/api/v1/events?fiscalYear=${year}&opdId=${dispar}`)).json()) as Json;
    expect(list.events.map((e: Json) => e.id)).toContain(event.id);
    expect(list.events.find((e: Json) => e.id === event.id)).toMatchObject({ status: "closed", amendmentCount: 1 });
  });

  it("takes a real PDF receipt and serves it back byte for byte, privately, to event readers only", async () => {
    const event = (await (await send(buyer, "POST", "/api/v1/events", eventBody("Rapat kuitansi PDF"))).json()) as Json;
    const base = `/api/v1/events/${event.id}`;
    const item = (await (await send(buyer, "POST", `${base}/items`, { category: "konsumsi", description: "Kopi", amountIdr: 80_000, supplierName: "Kedai Kopi", isUmk: true, isLocal: true })).json()) as Json;
    const pdf = minimalPdf();
    const uploaded = await upload(buyer, `${base}/items/${item.id}/evidence`, pdf, "kuitansi.pdf", "application/pdf");
    expect(uploaded.status).toBe(201);
    const evidence = (await uploaded.json()) as Json;
    expect(evidence).toMatchObject({ contentType: "application/pdf", originalName: "kuitansi.pdf", sizeBytes: pdf.length, thumbnailUrl: null });

    for (const reader of [buyer, auditor, approver]) {
      const file = await reader.fetch(evidence.url);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("application/pdf");
      expect(file.headers.get("cache-control")).toBe("private, no-store");
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    }
    await expectError(await seller.fetch(evidence.url), 403, "forbidden");
    await expectError(await otherBuyer.fetch(evidence.url), 403, "forbidden");
    await expectError(await auditor.fetch(`${base}/items/${item.id}/evidence/00000000-0000-4000-8000-000000000000`), 404, "not_found");
    await expectError(await auditor.fetch(`/api/v1/events/00000000-0000-4000-8000-000000000000/items/${item.id}/evidence/${evidence.id}`), 404, "not_found");

    // Named .pdf, sent as application/pdf, but PNG inside: stored and served as the PNG it is.
    const photo = new Uint8Array(await sharp({ create: { width: 120, height: 90, channels: 3, background: "#2e86c1" } }).png().toBuffer());
    const disguised = (await (await upload(buyer, `${base}/items/${item.id}/evidence`, photo, "bukti.pdf", "application/pdf")).json()) as Json;
    expect(disguised).toMatchObject({ contentType: "image/png", originalName: "bukti.pdf", thumbnailUrl: expect.stringContaining("variant=thumbnail") });
    const served = await auditor.fetch(disguised.url);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(photo))).toBe(true);
    expect((await send(buyer, "POST", `${base}/close`)).status).toBe(200);
  });

  it("a buyer of two OPDs names the organizing OPD: without opdId 422 opd_required, either OPD 201, another 403", async () => {
    const twoOpds = await signedIn(await buyerOfEmail("dua-opd", "Dispar", "Disperindag"));
    const refused = await expectError(await send(twoOpds, "POST", "/api/v1/events", eventBody("Rapat dua OPD")), 422, "unprocessable");
    expect(refused.details).toMatchObject({ reason: "opd_required", field: "opdId" });
    const sql = app();
    let opds: Array<{ id: string; short_name: string }>;
    try {
      opds = await sql<Array<{ id: string; short_name: string }>>`SELECT id, short_name FROM opds WHERE short_name IN ('Dispar', 'Disperindag', 'Diskop UKM')`;
    } finally {
      await sql.end();
    }
    const idOf = (name: string) => opds.find((o) => o.short_name === name)!.id;
    for (const name of ["Dispar", "Disperindag"]) {
      const created = await send(twoOpds, "POST", "/api/v1/events", { ...eventBody(`Rapat ${name}`), opdId: idOf(name) });
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ opd: { id: idOf(name) } });
    }
    await expectError(await send(twoOpds, "POST", "/api/v1/events", { ...eventBody("Rapat OPD lain"), opdId: idOf("Diskop UKM") }), 403, "forbidden");
  });

  it("answers 401, 403, 404 and 400 where the contract says", async () => {
    const anonymous = new HttpSession();
    await expectError(await send(anonymous, "POST", "/api/v1/events", eventBody("Anonim")), 401, "unauthenticated");
    await expectError(await anonymous.fetch("/api/v1/events"), 401, "unauthenticated");
    for (const s of [auditor, seller, approver]) await expectError(await send(s, "POST", "/api/v1/events", eventBody("Bukan pembeli")), 403, "forbidden");
    await expectError(await seller.fetch("/api/v1/events"), 403, "forbidden");
    const event = (await (await send(buyer, "POST", "/api/v1/events", eventBody("Rapat hak akses"))).json()) as Json;
    await expectError(await otherBuyer.fetch(`/api/v1/events/${event.id}`), 403, "forbidden");
    await expectError(await seller.fetch(`/api/v1/events/${event.id}`), 403, "forbidden");
    expect((await approver.fetch(`/api/v1/events/${event.id}`)).status).toBe(200);
    await expectError(await send(approver, "POST", `/api/v1/events/${event.id}/items`, { category: "atk", description: "Map", amountIdr: 1_000, businessId }), 403, "forbidden");
    await expectError(await send(otherBuyer, "POST", `/api/v1/events/${event.id}/close`), 403, "forbidden");
    await expectError(await auditor.fetch("/api/v1/events/00000000-0000-4000-8000-000000000000"), 404, "not_found");
    await expectError(await auditor.fetch("/api/v1/events/bukan-uuid"), 404, "not_found");
    await expectError(await send(buyer, "POST", "/api/v1/events", { ...eventBody("Salah tempat"), kabupaten: "Denpasar" }), 422, "unprocessable");
    await expectError(await send(buyer, "POST", `/api/v1/events/${event.id}/amendments`, { reason: "Koreksi ketika masih terbuka", voidItemIds: [event.id] }), 409, "conflict");
    await expectError(await auditor.fetch("/api/v1/events?fiscalYear=abc"), 400, "bad_request");
    const patched = await send(buyer, "PATCH", `/api/v1/events/${event.id}`, { attendees: 31, kabupaten: "Sumbawa" });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ attendees: 31, kabupaten: { name: "Sumbawa" } });
    await expectError(await send(approver, "PATCH", `/api/v1/events/${event.id}`, { attendees: 1 }), 403, "forbidden");
    const empty = (await (await auditor.fetch(`/api/v1/events?fiscalYear=${year}&compliance=empty&status=open`)).json()) as Json;
    expect(empty.events.map((e: Json) => e.id)).toContain(event.id);
    expect(empty.events.every((e: Json) => e.status === "open" && e.compliance.totalIdr === 0)).toBe(true);
    const item = (await (await send(buyer, "POST", `/api/v1/events/${event.id}/items`, { category: "atk", description: "Map", amountIdr: 1_000, businessId })).json()) as Json;
    expect((await send(buyer, "DELETE", `/api/v1/events/${event.id}/items/${item.id}`)).status).toBe(204);
  });
});
