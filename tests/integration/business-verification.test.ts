import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { businesses, products } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import type { Viewer } from "@/lib/domain/auth/roles";
import { defaultSearchTarget } from "@/lib/search/client";
import { ensureProductsIndex } from "@/lib/search/ensure-index";
import { drainSearchOutbox } from "@/lib/search/outbox-drain";
import { decideVerification } from "@/lib/services/businesses/decide-verification";
import { registerBusiness } from "@/lib/services/businesses/submit-application";
import { createProduct } from "@/lib/services/products/create-product";
import { loadViewer } from "@/lib/auth/load-viewer";
import { auditOf, freshNib, leafCategoryId, newUser, outboxEntityIds, regionByName, rejects, useTempDataDir, viewerByEmail } from "./business-helpers";
import { indexedDocument } from "./search-helpers";

jest.setTimeout(60_000);
useTempDataDir();

const drainAll = async () => {
  for (let i = 0; i < 50; i++) if ((await drainSearchOutbox(db, { batchSize: 100 })).claimed === 0) return;
};

const NOW = new Date("2026-06-10T03:00:00Z");
let admin: Viewer;
let seller: Viewer;
let businessId: string;
let productIds: string[];

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  await ensureProductsIndex(db, { search: defaultSearchTarget() });
  admin = await viewerByEmail(db, "admin@pasarumk.test");
  const fresh = await newUser(db, "Inaq Rahmah");
  const lombokTengah = await regionByName(db, "Lombok Tengah");
  ({ businessId } = await registerBusiness(fresh, {
    legalName: "Tenun Rahmah", nib: freshNib(), kbli: "13912", ownerName: "Inaq Rahmah", regionId: lombokTengah,
    address: "Sukarara, Lombok Tengah", capitalIdr: 10_000_000, annualTurnoverIdr: 90_000_000, certifications: [],
  }));
  seller = (await loadViewer(db, fresh.userId))!;
  const categoryId = await leafCategoryId(db);
  productIds = [];
  for (const title of ["Songket Subahnale", "Tenun Rang-rang"]) {
    productIds.push(
      (await createProduct(seller, { title, description: "", categoryId, unit: "lembar", priceIdr: 900_000, stock: 4, minOrder: 1, leadTimeDays: 3, originRegionId: lombokTengah, status: "active" })).id,
    );
  }
  await drainAll();
});

describe("verification decisions", () => {
  it("products of a pending business are queued but never public", async () => {
    for (const id of productIds) expect(await indexedDocument(defaultSearchTarget(), id)).toBeNull();
  });

  it("only an admin of the business's province decides; sellers and other provinces get 403", async () => {
    expect((await rejects(decideVerification(seller, { businessId, decision: "verify" }, NOW))).code).toBe("forbidden");
    const jatim = await regionByName(db, "Jawa Timur");
    const otherAdmin: Viewer = { ...admin, memberships: [{ role: "admin", regionId: jatim, opdId: null, businessId: null }] };
    expect((await rejects(decideVerification(otherAdmin, { businessId, decision: "verify" }, NOW))).code).toBe("forbidden");
    expect((await rejects(decideVerification(null, { businessId, decision: "verify" }, NOW))).code).toBe("unauthenticated");
    expect((await rejects(decideVerification(admin, { businessId: "00000000-0000-4000-8000-000000000000", decision: "verify" }, NOW))).code).toBe("not_found");
  });

  it("verify sets verified_at, the re-check date a year on, writes an audit event, and makes the products public", async () => {
    const result = await decideVerification(admin, { businessId, decision: "verify" }, NOW);
    expect(result).toMatchObject({ verificationStatus: "verified", recheckDueAt: new Date("2027-06-10T03:00:00Z") });
    const [row] = await db.select().from(businesses).where(eq(businesses.id, businessId));
    expect(row).toMatchObject({ verifiedAt: NOW, verifiedBy: admin.userId, recheckDueAt: new Date("2027-06-10T03:00:00Z") });
    expect(await outboxEntityIds(db)).toEqual(expect.arrayContaining(productIds));
    const events = await auditOf(db, businessId);
    expect(events.at(-1)).toMatchObject({ action: "business.verified", actorId: admin.userId, data: expect.objectContaining({ from: "pending", to: "verified" }) });
    await drainAll();
    for (const id of productIds) expect(await indexedDocument(defaultSearchTarget(), id)).toMatchObject({ id });
  });

  it("a second verify is a 409 (not allowed from verified)", async () => {
    expect((await rejects(decideVerification(admin, { businessId, decision: "verify" }, NOW))).code).toBe("conflict");
  });

  it("suspend needs a reason; with one, every product leaves search at once", async () => {
    const noReason = await rejects(decideVerification(admin, { businessId, decision: "suspend", reason: "  " }, NOW));
    expect(noReason.code).toBe("unprocessable");
    await decideVerification(admin, { businessId, decision: "suspend", reason: "Dokumen PIRT kedaluwarsa" }, NOW);
    expect(await outboxEntityIds(db)).toEqual(expect.arrayContaining(productIds));
    await drainAll();
    for (const id of productIds) expect(await indexedDocument(defaultSearchTarget(), id)).toBeNull();
    const [row] = await db.select().from(businesses).where(eq(businesses.id, businessId));
    expect(row).toMatchObject({ verificationStatus: "suspended", statusReason: "Dokumen PIRT kedaluwarsa" });
    expect((await auditOf(db, businessId)).at(-1)).toMatchObject({ action: "business.suspended", data: expect.objectContaining({ reason: "Dokumen PIRT kedaluwarsa" }) });
  });

  it("reinstate restores them, with a new re-check date", async () => {
    const later = new Date("2026-07-01T00:00:00Z");
    await decideVerification(admin, { businessId, decision: "reinstate" }, later);
    await drainAll();
    for (const id of productIds) expect(await indexedDocument(defaultSearchTarget(), id)).toMatchObject({ id });
    const [row] = await db.select().from(businesses).where(eq(businesses.id, businessId));
    expect(row).toMatchObject({ verificationStatus: "verified", statusReason: null, recheckDueAt: new Date("2027-07-01T00:00:00Z") });
  });

  it("reject needs a reason and is only possible while pending", async () => {
    expect((await rejects(decideVerification(admin, { businessId, decision: "reject", reason: "NIB tidak cocok" }, NOW))).code).toBe("conflict");
    const other = await newUser(db);
    const { businessId: pendingId } = await registerBusiness(other, {
      legalName: "Ketak Nyurbaya", nib: freshNib(), kbli: "16291", ownerName: "Amaq Sahnan", regionId: await regionByName(db, "Lombok Barat"),
      address: "Nyurbaya Gawah", capitalIdr: 5_000_000, annualTurnoverIdr: 50_000_000, certifications: [],
    });
    expect((await rejects(decideVerification(admin, { businessId: pendingId, decision: "reject" }, NOW))).code).toBe("unprocessable");
    await decideVerification(admin, { businessId: pendingId, decision: "reject", reason: "NIB tidak sesuai nama usaha" }, NOW);
    const [row] = await db.select().from(businesses).where(eq(businesses.id, pendingId));
    expect(row).toMatchObject({ verificationStatus: "rejected", statusReason: "NIB tidak sesuai nama usaha", verifiedAt: null });
    expect((await auditOf(db, pendingId)).map((e) => e.action)).toEqual(["business.registered", "business.rejected"]);
  });

  it("archived products stay out of search even after reinstatement", async () => {
    await db.update(products).set({ status: "archived" }).where(eq(products.id, productIds[1]!));
    await decideVerification(admin, { businessId, decision: "suspend", reason: "Pemeriksaan ulang" }, NOW);
    await decideVerification(admin, { businessId, decision: "reinstate" }, NOW);
    await drainAll();
    expect(await indexedDocument(defaultSearchTarget(), productIds[1]!)).toBeNull();
    expect(await indexedDocument(defaultSearchTarget(), productIds[0]!)).toMatchObject({ id: productIds[0] });
  });
});
