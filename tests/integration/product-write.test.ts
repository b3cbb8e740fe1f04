import { existsSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { db } from "@/db/client";
import { products } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { defaultSearchTarget } from "@/lib/search/client";
import { ensureProductsIndex } from "@/lib/search/ensure-index";
import { drainSearchOutbox } from "@/lib/search/outbox-drain";
import { registerBusiness } from "@/lib/services/businesses/submit-application";
import { createProduct } from "@/lib/services/products/create-product";
import { addProductPhotos, removeProductPhoto } from "@/lib/services/products/product-photos";
import { archiveProduct, updateProduct } from "@/lib/services/products/update-product";
import { loadViewer } from "@/lib/auth/load-viewer";
import { auditOf, freshNib, leafCategoryId, newUser, outboxEntityIds, regionByName, rejects, useTempDataDir, viewerByEmail } from "./business-helpers";
import { indexedDocument } from "./search-helpers";

jest.setTimeout(60_000);
const dataDir = useTempDataDir();
const stored = (key: string) => existsSync(path.join(dataDir, "uploads", key));

const drainAll = async () => {
  for (let i = 0; i < 50; i++) if ((await drainSearchOutbox(db, { batchSize: 100 })).claimed === 0) return;
};

let seller: Viewer;
let pendingSeller: Viewer;
let categoryId: string;
let lombokTengah: string;
let surabaya: string;
let ntb: string;
const base = () => ({ title: "Tenun Ikat Pringgasela", description: "Kain tenun ikat motif subahnale", categoryId, unit: "lembar", priceIdr: 1_250_000, stock: 8, minOrder: 1, leadTimeDays: 5, originRegionId: lombokTengah, status: "active" as const });

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  await ensureProductsIndex(db, { search: defaultSearchTarget() });
  seller = await viewerByEmail(db, "penjual@pasarumk.test");
  categoryId = await leafCategoryId(db);
  lombokTengah = await regionByName(db, "Lombok Tengah");
  surabaya = await regionByName(db, "Kota Surabaya");
  ntb = await regionByName(db, "Nusa Tenggara Barat");
  const fresh = await newUser(db, "Penjual Menunggu");
  await registerBusiness(fresh, {
    legalName: "Madu Hutan Sumbawa", nib: freshNib(), kbli: "01499", ownerName: "Ina", regionId: await regionByName(db, "Sumbawa"),
    address: "Batu Lanteh, Sumbawa", capitalIdr: 2_000_000, annualTurnoverIdr: 30_000_000, certifications: [],
  });
  pendingSeller = (await loadViewer(db, fresh.userId))!;
});

describe("creating and editing products", () => {
  it("computes is_local from the origin (never typed), queues search and audits in the same transaction", async () => {
    const local = await createProduct(seller, base());
    const imported = await createProduct(seller, { ...base(), title: "Batik Surabaya", originRegionId: surabaya });
    expect(local.isLocal).toBe(true);
    expect(imported.isLocal).toBe(false);
    expect(await outboxEntityIds(db)).toEqual(expect.arrayContaining([local.id, imported.id]));
    expect((await auditOf(db, local.id)).map((e) => e.action)).toEqual(["product.created"]);
    await drainAll();
    expect(await indexedDocument(defaultSearchTarget(), local.id)).toMatchObject({ title: "Tenun Ikat Pringgasela", isLocal: true });

    await updateProduct(seller, imported.id, { originRegionId: lombokTengah, stock: 0 });
    const [row] = await db.select().from(products).where(eq(products.id, imported.id));
    expect(row).toMatchObject({ isLocal: true, stock: 0 });
  });

  it("a seller cannot touch another business's product (403), nor create for it", async () => {
    const own = await createProduct(seller, base());
    for (const attempt of [
      updateProduct(pendingSeller, own.id, { priceIdr: 1 }),
      archiveProduct(pendingSeller, own.id),
      addProductPhotos(pendingSeller, own.id, [new Uint8Array([0x89, 0x50])]),
      createProduct(pendingSeller, { ...base(), businessId: seller.memberships[0]!.businessId! }),
    ]) {
      expect((await rejects(attempt)).code).toBe("forbidden");
    }
    const [row] = await db.select().from(products).where(eq(products.id, own.id));
    expect(row).toMatchObject({ priceIdr: 1_250_000, status: "active" });
  });

  it("refuses an unknown category, a province as origin, and archived → active", async () => {
    expect((await rejects(createProduct(seller, { ...base(), categoryId: "00000000-0000-4000-8000-000000000000" }))).code).toBe("unprocessable");
    expect((await rejects(createProduct(seller, { ...base(), originRegionId: ntb }))).code).toBe("unprocessable");
    const p = await createProduct(seller, base());
    await archiveProduct(seller, p.id);
    expect((await rejects(updateProduct(seller, p.id, { status: "active" }))).code).toBe("conflict");
    expect((await auditOf(db, p.id)).map((e) => e.action)).toEqual(["product.created", "product.archived"]);
    await drainAll();
    expect(await indexedDocument(defaultSearchTarget(), p.id)).toBeNull();
  });

  it("products of a pending business are queued for search but not public", async () => {
    const p = await createProduct(pendingSeller, { ...base(), title: "Madu Sumbawa Asli", originRegionId: await regionByName(db, "Sumbawa") });
    expect(await outboxEntityIds(db)).toContain(p.id);
    await drainAll();
    expect(await indexedDocument(defaultSearchTarget(), p.id)).toBeNull();
  });
});

describe("product photos", () => {
  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 60 } } }).png().toBuffer().then((b) => new Uint8Array(b));

  it("stores a real PNG and a resized WebP thumbnail, and lists it on the product", async () => {
    const p = await createProduct(seller, base());
    const { photos } = await addProductPhotos(seller, p.id, [await png(1200, 900)]);
    expect(photos).toEqual([{ key: expect.stringMatching(/\.png$/), thumbnailKey: expect.stringMatching(/-thumb\.webp$/), contentType: "image/png", width: 1200, height: 900 }]);
    expect(stored(photos[0]!.key)).toBe(true);
    const thumb = await sharp(path.join(dataDir, "uploads", photos[0]!.thumbnailKey)).metadata();
    expect(thumb).toMatchObject({ format: "webp", width: 480, height: 360 });
    await drainAll();
    expect(await indexedDocument(defaultSearchTarget(), p.id)).toMatchObject({ thumbnailKey: photos[0]!.thumbnailKey });

    await removeProductPhoto(seller, p.id, photos[0]!.key);
    expect(stored(photos[0]!.key)).toBe(false);
    expect(stored(photos[0]!.thumbnailKey)).toBe(false);
  });

  it("a text file named .jpg is 415, a too-large file 413, and nothing is stored", async () => {
    const p = await createProduct(seller, base());
    expect((await rejects(addProductPhotos(seller, p.id, [new Uint8Array(Buffer.from("bukan gambar"))]))).code).toBe("unsupported_media_type");
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    expect((await rejects(addProductPhotos(seller, p.id, [big]))).code).toBe("payload_too_large");
    const [row] = await db.select().from(products).where(eq(products.id, p.id));
    expect(row!.photos).toEqual([]);
  });

  it("a sixth photo is refused and the files written for it are removed again", async () => {
    const p = await createProduct(seller, base());
    const five = await Promise.all([1, 2, 3, 4, 5].map((i) => png(10 * i, 10)));
    const { photos } = await addProductPhotos(seller, p.id, five);
    expect(photos).toHaveLength(5);
    const error = await rejects(addProductPhotos(seller, p.id, [await png(20, 20)]));
    expect(error.code).toBe("unprocessable");
    const [row] = await db.select().from(products).where(eq(products.id, p.id));
    expect(row!.photos).toHaveLength(5);
    const { readdirSync } = await import("node:fs");
    const files = readdirSync(path.join(dataDir, "uploads", "products", seller.memberships[0]!.businessId!));
    const referenced = new Set(row!.photos.flatMap((ph) => [path.basename(ph.key), path.basename(ph.thumbnailKey)]));
    // Every file on disk for this product's business belongs to some product row: no orphans from the failure.
    const all = await db.select({ photos: products.photos }).from(products);
    const everyReferenced = new Set(all.flatMap((r) => r.photos.flatMap((ph) => [path.basename(ph.key), path.basename(ph.thumbnailKey)])));
    expect(files.filter((f) => !everyReferenced.has(f))).toEqual([]);
    expect(referenced.size).toBe(10);
  });
});
