import { businessExposureDaily, searchQueries, showcaseMembers, showcases } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { SYSTEM_ACTOR, type AuditEventInput } from "@/lib/domain/audit/audit-event";
import { witaDate } from "@/lib/domain/time/wita";
import type { SeedRows } from "./build";
import type { ProcurementSeedRows } from "./procurement";
import { createRng } from "./random";

/**
 * Fair exposure and Etalase for the demo (issue 13), deterministic like the rest of the seed: 30 days of
 * per-business exposure counters for every verified business (so the seller funnel and /transparansi show
 * something), one published Etalase of the sellers with the most seeded orders (featured 20 days ago, so its
 * lift has a before and a partial after), and a few low-result searches in the demo seller's categories.
 */
export const SEED_SHOWCASE_SLUG = "oleh-oleh-khas-ntb";
const DAY_MS = 24 * 60 * 60 * 1000;

/** What buyers type, per category, that the demo catalog barely answers. */
const UNMET_QUERIES: Record<string, string[]> = {
  "tenun-songket": ["selendang songket motif subahnale", "kain tenun untuk seragam batik"],
  gerabah: ["vas gerabah besar lobby kantor", "gerabah souvenir 200 pcs"],
  "anyaman-ketak": ["tas ketak untuk seminar kit", "kotak tisu ketak"],
  kopi: ["kopi sembalun drip bag", "kopi bubuk kemasan 100 gram"],
  madu: ["madu sumbawa botol kecil souvenir"],
  "makanan-ringan": ["dodol rumput laut paket rapat", "keripik gurita"],
  "konsumsi-rapat": ["snack box 150 orang", "nasi kotak ayam taliwang"],
  "cendera-mata": ["plakat kayu ukir", "gantungan kunci sasak"],
  "atk-percetakan": ["map plastik logo pemda", "cetak spanduk acara"],
};

export const seedExposure = async (tx: DbOrTx, data: SeedRows, procurement: ProcurementSeedRows, now: Date, appendAll: (events: readonly AuditEventInput[]) => Promise<void>) => {
  const rng = createRng(0x13e5).fork("exposure");
  const verified = data.businesses.filter((b) => b.verificationStatus === "verified").sort((a, b) => (a.nib < b.nib ? -1 : 1));
  const province = data.regions.find((r) => r.kind === "provinsi")!;

  // Counters: impressions vary by business and day; views and cart adds are a plausible fraction of them.
  const counters: Array<typeof businessExposureDaily.$inferInsert> = [];
  for (const b of verified) {
    const reach = rng.int(20, 160);
    for (let d = 0; d < 30; d++) {
      const impressions = Math.max(0, Math.round(reach * (0.6 + rng.next() * 0.8)));
      const productViews = Math.round(impressions * (0.05 + rng.next() * 0.1));
      counters.push({ businessId: b.id, day: witaDate(new Date(now.getTime() - d * DAY_MS)), impressions, productViews, cartAdds: Math.round(productViews * rng.next() * 0.3) });
    }
  }
  await tx.insert(businessExposureDaily).values(counters);

  // The Etalase: the six verified UMK with the most seeded orders, featured 20 days ago.
  const orderCount = new Map<string, number>();
  for (const o of procurement.orders) orderCount.set(o.businessId, (orderCount.get(o.businessId) ?? 0) + 1);
  const members = verified
    .filter((b) => b.scale === "mikro" || b.scale === "kecil")
    .sort((a, b) => (orderCount.get(b.id) ?? 0) - (orderCount.get(a.id) ?? 0) || (a.nib < b.nib ? -1 : 1))
    .slice(0, 6);
  const publishedAt = new Date(now.getTime() - 20 * DAY_MS);
  const showcaseId = rng.uuid();
  await tx.insert(showcases).values({
    id: showcaseId,
    regionId: province.id,
    slug: SEED_SHOWCASE_SLUG,
    title: "Oleh-oleh khas NTB untuk tamu kegiatan",
    theme: "Cendera mata dan pangan lokal yang siap dikirim untuk rapat, seminar, dan tamu daerah",
    rubric:
      "Dipilih Diskop UKM dari usaha mikro dan kecil terverifikasi dengan (1) minimal satu pesanan OPD yang diterima lengkap, " +
      "(2) produk aktif dengan stok, dan (3) sebaran kabupaten/kota. Anggota dirotasi: sorotan berganti setiap 7 hari.",
    rotationDays: 7,
    spotlightSize: 3,
    status: "published",
    publishedAt,
    createdAt: publishedAt,
  });
  const productOf = (businessId: string) => data.products.filter((p) => p.businessId === businessId && p.status === "active").sort((a, b) => (a.title < b.title ? -1 : 1))[0];
  await tx.insert(showcaseMembers).values(
    members.map((b, i) => ({ id: rng.uuid(), showcaseId, businessId: b.id, productId: productOf(b.id)?.id ?? null, position: i + 1, featuredAt: publishedAt })),
  );

  // Unmet demand the demo seller could serve: searches by offices of its province, in its categories.
  const categorySlugById = new Map(data.categories.map((c) => [c.id, c.slug]));
  const sellerCategories = [...new Set(data.products.filter((p) => p.businessId === data.demo.sellerBusinessId).map((p) => categorySlugById.get(p.categoryId)!))].sort();
  const provinceOpds = data.opds.filter((o) => o.regionId === province.id).sort((a, b) => (a.code < b.code ? -1 : 1));
  const rows: Array<typeof searchQueries.$inferInsert> = [];
  for (const slug of provinceOpds.length > 0 ? sellerCategories : []) {
    for (const query of UNMET_QUERIES[slug] ?? []) {
      const times = rng.int(2, 6);
      for (let i = 0; i < times; i++) {
        rows.push({ at: new Date(now.getTime() - rng.int(1, 25) * DAY_MS), normalizedQuery: query, categorySlug: slug, resultCount: rng.int(0, 2), role: "buyer", opdId: rng.pick(provinceOpds).id });
      }
    }
  }
  if (rows.length > 0) await tx.insert(searchQueries).values(rows);

  await appendAll([
    { actor: SYSTEM_ACTOR, action: "showcase.created", entity: "showcase", entityId: showcaseId, data: { slug: SEED_SHOWCASE_SLUG, members: members.length }, at: publishedAt },
  ]);
};
