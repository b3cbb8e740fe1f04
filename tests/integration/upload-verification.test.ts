import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { db } from "@/db/client";
import { products } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { loadViewer } from "@/lib/auth/load-viewer";
import { decideVerification } from "@/lib/services/businesses/decide-verification";
import { registerBusiness } from "@/lib/services/businesses/submit-application";
import { uploadCertificationDocument } from "@/lib/services/businesses/upload-document";
import { readMediaFile } from "@/lib/services/media/read-media-file";
import { createProduct } from "@/lib/services/products/create-product";
import { addProductPhotos } from "@/lib/services/products/product-photos";
import { fakeJpeg, fakePdf, minimalPdf } from "../setup/upload-fixtures";
import { freshNib, leafCategoryId, newUser, regionByName, rejects, useTempDataDir, viewerByEmail } from "./business-helpers";

// Uploads are what they claim (decoded/parsed before storing), and photos of businesses that are not
// verified reach only their sellers and the province's admins — on the real Postgres and local disk storage.

jest.setTimeout(60_000);
const dataDir = useTempDataDir();
const filesUnder = (prefix: string) => {
  const dir = path.join(dataDir, "uploads", prefix);
  return existsSync(dir) ? readdirSync(dir) : [];
};
const jpeg = (width = 320) =>
  sharp({ create: { width, height: 200, channels: 3, background: { r: 150, g: 90, b: 30 } } }).jpeg().toBuffer().then((b) => new Uint8Array(b));

let seller: Viewer;
let pendingSeller: Viewer;
let admin: Viewer;
let buyer: Viewer;
let categoryId: string;
let lombokTengah: string;
let pendingBusinessId: string;

const product = (viewer: Viewer, title: string) =>
  createProduct(viewer, {
    title, description: "Kain tenun ikat motif subahnale", categoryId, unit: "lembar", priceIdr: 1_250_000, stock: 8, minOrder: 1, leadTimeDays: 5,
    originRegionId: lombokTengah, status: "active",
  });

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  seller = await viewerByEmail(db, "penjual@pasarumk.test");
  admin = await viewerByEmail(db, "admin@pasarumk.test");
  buyer = await viewerByEmail(db, "pembeli@pasarumk.test");
  categoryId = await leafCategoryId(db);
  lombokTengah = await regionByName(db, "Lombok Tengah");
  const fresh = await newUser(db, "Penjual Menunggu");
  ({ businessId: pendingBusinessId } = await registerBusiness(fresh, {
    legalName: "Tenun Sukarara Menunggu", nib: freshNib(), kbli: "13912", ownerName: "Inaq Rum", regionId: lombokTengah,
    address: "Sukarara, Lombok Tengah", capitalIdr: 5_000_000, annualTurnoverIdr: 60_000_000, certifications: [],
  }));
  pendingSeller = (await loadViewer(db, fresh.userId))!;
});

describe("uploads must decode as what their magic bytes claim", () => {
  it("refuses a JPEG header over garbage as a product photo (422 file_corrupt, bilingual), storing nothing", async () => {
    const own = await product(seller, "Tenun Foto Palsu");
    const businessId = seller.memberships.find((m) => m.role === "seller")!.businessId!;
    const before = filesUnder(`products/${businessId}`);
    const error = await rejects(addProductPhotos(seller, own.id, [await jpeg(), fakeJpeg()]));
    expect(error.code).toBe("unprocessable");
    expect(error.details).toMatchObject({ reason: "file_corrupt", contentType: "image/jpeg" });
    expect(error.localized.id).toContain("tidak dapat dibuka sebagai JPEG");
    expect(error.localized.en).toContain("does not open as a complete JPEG");
    // The good photo stored first was removed again with the bad one refused.
    expect(filesUnder(`products/${businessId}`)).toEqual(before);
    const [row] = await db.select({ photos: products.photos }).from(products).where(eq(products.id, own.id));
    expect(row!.photos).toEqual([]);
  });

  it("refuses a truncated JPEG, and publishes a polyglot only as its re-encoded picture", async () => {
    const own = await product(seller, "Tenun Foto Terpotong");
    const whole = await jpeg(640);
    expect((await rejects(addProductPhotos(seller, own.id, [whole.subarray(0, whole.length - 200)]))).code).toBe("unprocessable");

    const polyglot = new Uint8Array([...whole, ...new TextEncoder().encode("<html><script>alert('xss')</script></html>")]);
    const { photos } = await addProductPhotos(seller, own.id, [polyglot]);
    const served = await readMediaFile(null, photos[0]!.key);
    expect(served.access).toBe("public");
    expect(Buffer.from(served.bytes).includes("<script")).toBe(false);
    expect(await sharp(served.bytes).metadata()).toMatchObject({ format: "jpeg", width: 640, height: 200 });
  });

  it("refuses a %PDF- header over garbage and a broken JPEG as certification documents, storing nothing; a real PDF is kept byte for byte", async () => {
    for (const bytes of [fakePdf(), fakeJpeg()]) {
      const error = await rejects(uploadCertificationDocument(pendingSeller, bytes));
      expect(error.code).toBe("unprocessable");
      expect(error.details).toMatchObject({ reason: "file_corrupt" });
    }
    expect(filesUnder(`documents/${pendingSeller.userId}`)).toEqual([]);
    const pdf = minimalPdf();
    const stored = await uploadCertificationDocument(pendingSeller, pdf);
    expect(filesUnder(`documents/${pendingSeller.userId}`)).toHaveLength(1);
    expect(Buffer.from((await readMediaFile(pendingSeller, stored.key)).bytes).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe("photos while creating a product", () => {
  const input = () => ({
    title: "Tenun Dengan Foto", description: "Kain tenun ikat", categoryId, unit: "lembar", priceIdr: 900_000, stock: 2, minOrder: 1, leadTimeDays: 3,
    originRegionId: lombokTengah, status: "active" as const,
  });

  it("stores them with the new product, in one go", async () => {
    const created = await createProduct(seller, input(), new Date(), { photos: [await jpeg(), await jpeg(500)] });
    const [row] = await db.select({ photos: products.photos }).from(products).where(eq(products.id, created.id));
    expect(row!.photos).toHaveLength(2);
    expect(row!.photos.map((p) => p.width)).toEqual([320, 500]);
  });

  it("creates nothing, and stores nothing, when one photo is corrupt or there are too many", async () => {
    const businessId = seller.memberships.find((m) => m.role === "seller")!.businessId!;
    const before = filesUnder(`products/${businessId}`);
    const title = `Tenun Gagal ${Date.now()}`;
    expect((await rejects(createProduct(seller, { ...input(), title }, new Date(), { photos: [await jpeg(), fakeJpeg()] }))).code).toBe("unprocessable");
    const six = await Promise.all(Array.from({ length: 6 }, () => jpeg()));
    expect((await rejects(createProduct(seller, { ...input(), title }, new Date(), { photos: six }))).code).toBe("unprocessable");
    // A bad category is found only inside the transaction, after the photos were stored: they go again.
    const badCategory = { ...input(), title, categoryId: "00000000-0000-4000-8000-000000000000" };
    expect((await rejects(createProduct(seller, badCategory, new Date(), { photos: [await jpeg()] }))).code).toBe("unprocessable");
    expect(await db.select({ id: products.id }).from(products).where(eq(products.title, title))).toEqual([]);
    expect(filesUnder(`products/${businessId}`)).toEqual(before);
  });
});

describe("photos of a business that is not verified", () => {
  it("are not served to the public or other users, only privately to its seller and the province's admin", async () => {
    const own = await product(pendingSeller, "Tenun Sukarara");
    const { photos } = await addProductPhotos(pendingSeller, own.id, [await jpeg()]);
    for (const key of [photos[0]!.key, photos[0]!.thumbnailKey]) {
      for (const stranger of [null, seller, buyer]) expect((await rejects(readMediaFile(stranger, key))).code).toBe("not_found");
      expect((await readMediaFile(pendingSeller, key)).access).toBe("private");
      expect((await readMediaFile(admin, key)).access).toBe("private");
    }

    // Verified: public for everyone; suspended: private again.
    await decideVerification(admin, { businessId: pendingBusinessId, decision: "verify" });
    expect((await readMediaFile(null, photos[0]!.key)).access).toBe("public");
    await decideVerification(admin, { businessId: pendingBusinessId, decision: "suspend", reason: "Foto produk tidak sesuai." });
    expect((await rejects(readMediaFile(null, photos[0]!.key))).code).toBe("not_found");
    expect((await readMediaFile(pendingSeller, photos[0]!.key)).access).toBe("private");
  });

  it("a key naming no business (or not a UUID) is a 404, not a 500", async () => {
    expect((await rejects(readMediaFile(admin, "products/00000000-0000-4000-8000-000000000000/x.jpg"))).code).toBe("not_found");
    expect((await rejects(readMediaFile(admin, "products/bukan-uuid/x.jpg"))).code).toBe("not_found");
  });
});
