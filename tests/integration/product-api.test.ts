import bcrypt from "bcryptjs";
import postgres from "postgres";
import sharp from "sharp";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";
import { fakeJpeg, minimalPdf } from "../setup/upload-fixtures";

// HTTP tests against the production build of the app (its own seeded database): the seller and admin
// write endpoints, their error shape, and their permission boundaries.

jest.setTimeout(60_000);

const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
const PASSWORD = "sandi-uji-penjual-2";
const run = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const nib = () => `66${run.slice(-8)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;

let seller: HttpSession; // penjual@pasarumk.test (verified business)
let other: HttpSession; // a new user who registers a pending business through the API
let admin: HttpSession;
let ids: { lombokTengah: string; category: string; ownProduct: string; otherBusiness: string; otherProduct: string };

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string; details?: Array<{ path: string; message: string }> } }).error;

const productBody = () => ({
  title: "Tenun Ikat Pringgasela Motif Keker",
  description: "Tenun ikat tangan dari Pringgasela",
  categoryId: ids.category,
  unit: "lembar",
  priceIdr: 1_350_000,
  stock: 4,
  minOrder: 1,
  leadTimeDays: 7,
  originRegionId: ids.lombokTengah,
  status: "active",
});

beforeAll(async () => {
  const sql = app();
  try {
    const [lt] = await sql`SELECT id FROM regions WHERE name = 'Lombok Tengah'`;
    const [cat] = await sql`SELECT id FROM categories ORDER BY slug LIMIT 1`;
    await sql`INSERT INTO users (email, name, password_hash, email_verified_at) VALUES (${`lain${run}@uji.test`}, 'Penjual Lain', ${bcrypt.hashSync(PASSWORD, 4)}, now())`;
    ids = { lombokTengah: lt!.id, category: cat!.id, ownProduct: "", otherBusiness: "", otherProduct: "" };
  } finally {
    await sql.end();
  }
  seller = new HttpSession();
  await seller.signIn("penjual@pasarumk.test", testPassword());
  admin = new HttpSession();
  await admin.signIn("admin@pasarumk.test", testPassword());
  other = new HttpSession();
  await other.signIn(`lain${run}@uji.test`, PASSWORD);
});

describe("POST /api/v1/businesses", () => {
  const body = () => ({
    legalName: "Tenun Lain", nib: nib(), kbli: "13912", ownerName: "Inaq Lain", regionId: ids.lombokTengah,
    address: "Pringgasela, Lombok Timur", capitalIdr: 15_000_000, annualTurnoverIdr: 100_000_000, certifications: [],
  });

  it("401 without a session", async () => {
    const response = await new HttpSession().fetch("/api/v1/businesses", json(body()));
    expect(response.status).toBe(401);
  });

  it("400 for a body that is not JSON, 422 with field details (id or en) for bad fields", async () => {
    const notJson = await other.fetch("/api/v1/businesses", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(notJson.status).toBe(400);
    const bad = await other.fetch("/api/v1/businesses", json({ ...body(), nib: "123", kbli: "1" }));
    expect(bad.status).toBe(422);
    const error = await errorOf(bad);
    expect(error.message).toBe("NIB harus tepat 13 angka.");
    expect(error.details).toEqual(expect.arrayContaining([{ path: "nib", message: "NIB harus tepat 13 angka." }, { path: "kbli", message: "KBLI harus 5 angka." }]));
    const english = await other.fetch("/api/v1/businesses", json({ ...body(), nib: "123" }, { "accept-language": "en" }));
    expect((await errorOf(english)).message).toBe("The NIB must be exactly 13 digits.");
  });

  it("201 registers a pending business; a taken NIB is 409 'NIB sudah terdaftar'", async () => {
    const first = body();
    const response = await other.fetch("/api/v1/businesses", json(first));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { businessId: string; verificationStatus: string; scale: string };
    expect(created).toMatchObject({ verificationStatus: "pending", scale: "mikro" });
    ids.otherBusiness = created.businessId;

    const taken = await seller.fetch("/api/v1/businesses", json({ ...body(), nib: first.nib }));
    expect(taken.status).toBe(409);
    expect((await errorOf(taken)).message).toBe("NIB sudah terdaftar.");
  });
});

describe("seller product endpoints", () => {
  it("create: 401 anonymous, 400 not JSON, 422 bad fields, 201 with is_local computed", async () => {
    expect((await new HttpSession().fetch("/api/v1/seller/products", json(productBody()))).status).toBe(401);
    expect((await seller.fetch("/api/v1/seller/products", { method: "POST", headers: { "content-type": "application/json" }, body: "x" })).status).toBe(400);
    const bad = await seller.fetch("/api/v1/seller/products", json({ ...productBody(), priceIdr: 0, stock: -1, minOrder: 0, tkdnPercent: 120, isLocal: false }));
    expect(bad.status).toBe(422);
    const paths = (await errorOf(bad)).details!.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["priceIdr", "stock", "minOrder", "tkdnPercent"]));

    const created = await seller.fetch("/api/v1/seller/products", json(productBody()));
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; isLocal: boolean; status: string };
    expect(body).toMatchObject({ isLocal: true, status: "active" });
    ids.ownProduct = body.id;

    const theirs = await other.fetch("/api/v1/seller/products", json({ ...productBody(), title: "Kain Tenun Pending" }));
    expect(theirs.status).toBe(201);
    ids.otherProduct = ((await theirs.json()) as { id: string }).id;
  });

  it("a seller cannot edit, archive or add photos to another seller's product (403)", async () => {
    const patch = await other.fetch(`/api/v1/seller/products/${ids.ownProduct}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ priceIdr: 1 }) });
    expect(patch.status).toBe(403);
    expect((await errorOf(patch)).code).toBe("forbidden");
    expect((await other.fetch(`/api/v1/seller/products/${ids.ownProduct}/archive`, { method: "POST" })).status).toBe(403);
    expect((await seller.fetch(`/api/v1/seller/products/${ids.otherProduct}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ stock: 0 }) })).status).toBe(403);
    const form = new FormData();
    form.append("photo", new Blob([new Uint8Array(await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).png().toBuffer())]), "x.png");
    expect((await other.fetch(`/api/v1/seller/products/${ids.ownProduct}/photos`, { method: "POST", body: form })).status).toBe(403);
  });

  it("patch: 422 bad field, 404 unknown id, 200 edit, archive → 200 and archived → active is 409", async () => {
    const url = `/api/v1/seller/products/${ids.ownProduct}`;
    const patch = (body: unknown) => seller.fetch(url, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await patch({ leadTimeDays: -2 })).status).toBe(422);
    expect((await seller.fetch("/api/v1/seller/products/00000000-0000-4000-8000-000000000000", { method: "PATCH", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(404);
    expect((await seller.fetch("/api/v1/seller/products/bukan-id", { method: "PATCH", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(404);
    const ok = await patch({ stock: 2 });
    expect(ok.status).toBe(200);
    const archived = await seller.fetch(`${url}/archive`, { method: "POST" });
    expect(archived.status).toBe(200);
    expect(await archived.json()).toMatchObject({ status: "archived" });
    expect((await patch({ status: "active" })).status).toBe(409);
    expect((await patch({ status: "draft" })).status).toBe(200);
  });

  it("photos: real PNG → 201 with a thumbnail served as WebP; text named .jpg → 415; > 5 MB → 413; not multipart → 415", async () => {
    const url = `/api/v1/seller/products/${ids.ownProduct}/photos`;
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 120, g: 30, b: 40 } } }).png().toBuffer();
    const form = new FormData();
    form.append("photo", new Blob([new Uint8Array(png)], { type: "image/png" }), "tenun.png");
    const created = await seller.fetch(url, { method: "POST", body: form });
    expect(created.status).toBe(201);
    const { photos } = (await created.json()) as { photos: Array<{ key: string; thumbnailKey: string; width: number }> };
    expect(photos.at(-1)).toMatchObject({ width: 900, thumbnailKey: expect.stringMatching(/-thumb\.webp$/) });

    const thumb = await new HttpSession().fetch(`/media/${photos.at(-1)!.thumbnailKey}`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/webp");
    expect(thumb.headers.get("cache-control")).toContain("immutable");
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(480);

    const fake = new FormData();
    fake.append("photo", new Blob(["ini hanya teks biasa"], { type: "image/jpeg" }), "foto.jpg");
    const faked = await seller.fetch(url, { method: "POST", body: fake });
    expect(faked.status).toBe(415);
    expect((await errorOf(faked)).message).toBe("Foto harus berupa JPEG, PNG, atau WebP.");

    const big = new Uint8Array(5 * 1024 * 1024 + 10);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const large = new FormData();
    large.append("photo", new Blob([big], { type: "image/jpeg" }), "besar.jpg");
    expect((await seller.fetch(url, { method: "POST", body: large })).status).toBe(413);

    expect((await seller.fetch(url, json({ photo: "x" }))).status).toBe(415);

    // A plain HTML form (no JavaScript) is sent back to the edit page, with the error in the URL.
    const plain = new FormData();
    plain.append("returnTo", `/penjual/produk/${ids.ownProduct}`);
    plain.append("photo", new Blob(["teks"], { type: "image/jpeg" }), "foto.jpg");
    const redirected = await seller.fetch(url, { method: "POST", body: plain });
    expect(redirected.status).toBe(303);
    expect(redirected.headers.get("location")).toMatch(new RegExp(`^/penjual/produk/${ids.ownProduct}\\?fotoError=`));
    expect((await new HttpSession().fetch("/media/products/../../etc/passwd.png")).status).toBe(404);
  });
});

describe("media of a business that is not verified", () => {
  it("a pending business's photo: 404 for anonymous and other sellers, 200 private no-store for its seller and the admin", async () => {
    const form = new FormData();
    const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#2e86c1" } }).jpeg().toBuffer();
    form.append("photo", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "tenun.jpg");
    const uploaded = await other.fetch(`/api/v1/seller/products/${ids.otherProduct}/photos`, { method: "POST", body: form });
    expect(uploaded.status).toBe(201);
    const { photos } = (await uploaded.json()) as { photos: Array<{ key: string; thumbnailKey: string }> };
    for (const key of [photos[0]!.key, photos[0]!.thumbnailKey]) {
      expect((await new HttpSession().fetch(`/media/${key}`)).status).toBe(404);
      expect((await seller.fetch(`/media/${key}`)).status).toBe(404);
      for (const allowed of [other, admin]) {
        const response = await allowed.fetch(`/media/${key}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("cache-control")).toBe("private, no-store");
      }
    }
  });

  it("a file that only starts like a JPEG is 422 file_corrupt, in the caller's language", async () => {
    const form = new FormData();
    form.append("photo", new Blob([Buffer.from(fakeJpeg())], { type: "image/jpeg" }), "foto.jpg");
    const response = await other.fetch(`/api/v1/seller/products/${ids.otherProduct}/photos`, { method: "POST", body: form, headers: { "accept-language": "en" } });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: "unprocessable", details: { reason: "file_corrupt" } });
    expect(error.message).toContain("does not open as a complete JPEG");
  });
});

describe("PUT /api/v1/seller/payout-account", () => {
  const put = (session: HttpSession, body: unknown) => session.fetch("/api/v1/seller/payout-account", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("401 anonymous, 422 naming the field, 200 answered masked (and GET masked too)", async () => {
    expect((await put(new HttpSession(), { payoutBankCode: "009", payoutAccountNumber: "0123456789", payoutAccountName: "Inaq Lain" })).status).toBe(401);
    const bad = await put(other, { payoutBankCode: "009", payoutAccountNumber: "12345", payoutAccountName: "Inaq Lain" });
    expect(bad.status).toBe(422);
    expect((await errorOf(bad)).details).toEqual([{ path: "payoutAccountNumber", message: expect.stringContaining("Panjang nomor rekening") }]);
    const ok = await put(other, { payoutBankCode: "009", payoutAccountNumber: "01-2345-6789", payoutAccountName: "Inaq Lain" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ hasAccount: true, bankName: "BNI", accountNumber: "•••• 6789", display: "BNI •••• 6789" });
    const read = await other.fetch("/api/v1/seller/payout-account");
    expect(JSON.stringify(await read.json())).not.toContain("0123456789");
  });
});

describe("certification documents", () => {
  it("uploads a sniffed PDF (a PNG-named text is 415) and serves it only to its uploader and admins", async () => {
    const pdf = new FormData();
    pdf.append("file", new Blob([Buffer.from(minimalPdf())], { type: "application/pdf" }), "halal.pdf");
    const uploaded = await other.fetch("/api/v1/seller/documents", { method: "POST", body: pdf });
    expect(uploaded.status).toBe(201);
    const { key } = (await uploaded.json()) as { key: string };
    expect((await other.fetch(`/media/${key}`)).headers.get("content-type")).toBe("application/pdf");
    expect((await seller.fetch(`/media/${key}`)).status).toBe(404);
    expect((await new HttpSession().fetch(`/media/${key}`)).status).toBe(401);

    const fake = new FormData();
    fake.append("file", new Blob(["bukan dokumen"]), "nib.png");
    expect((await other.fetch("/api/v1/seller/documents", { method: "POST", body: fake })).status).toBe(415);
  });
});

describe("verification endpoints", () => {
  const decide = (session: HttpSession, decision: string, body?: unknown, id = ids.otherBusiness) =>
    session.fetch(`/api/v1/businesses/${id}/${decision}`, body === undefined ? { method: "POST" } : json(body));

  it("sellers get 403; unknown decisions 404; reject without a reason 422", async () => {
    expect((await decide(other, "verify")).status).toBe(403);
    expect((await decide(seller, "verify")).status).toBe(403);
    expect((await decide(admin, "approve")).status).toBe(404);
    expect((await decide(admin, "verify", undefined, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const noReason = await decide(admin, "reject", { reason: "" });
    expect(noReason.status).toBe(422);
    expect((await errorOf(noReason)).message).toBe("Alasan wajib diisi (5–1.000 huruf).");
  });

  it("admin verifies (200, re-check date), then a second verify is 409, suspend needs a reason, reinstate works", async () => {
    const verified = await decide(admin, "verify");
    expect(verified.status).toBe(200);
    expect(await verified.json()).toMatchObject({ verificationStatus: "verified", recheckDueAt: expect.any(String) });
    expect((await decide(admin, "verify")).status).toBe(409);
    expect((await decide(admin, "suspend")).status).toBe(422);
    const suspended = await decide(admin, "suspend", { reason: "Laporan pembeli: produk tidak sesuai" });
    expect(await suspended.json()).toMatchObject({ verificationStatus: "suspended" });
    expect((await decide(admin, "reinstate")).status).toBe(200);
  });
});
