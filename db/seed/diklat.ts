import type { DbOrTx } from "@/db/client";
import { enrolments, trainingPrograms } from "@/db/schema";
import type { AuditEventInput } from "@/lib/domain/audit/audit-event";
import { SYSTEM_ACTOR } from "@/lib/domain/audit/audit-event";
import { isFoodKbli } from "@/lib/domain/business/certification";
import type { SeedRows } from "./build";
import { createRng } from "./random";
import { DAY_MS, witaOfficeTime } from "./time";

/**
 * Diklat programs for the demo, deterministic like the rest of the seed, all in the demo seller's kabupaten
 * (Lombok Tengah) so its pages show the gate at work: the halal self-declare class is for food businesses with
 * a PIRT and no halal (the tenun seller is refused and offered the photo class, which it fits: seed listings
 * have no photos); a PIRT clinic; and a packaging class that ended 200 days ago with attendees, so the outcome
 * windows (90 and 180 days) are complete.
 */
const DISKOP = "Dinas Koperasi dan UKM Provinsi NTB";
const BALATKOP = "Balatkop NTB";

type Plan = {
  title: string; module: string; organizerName: string; startsInDays: number; days: number; seats: number;
  prerequisites: Record<string, unknown>; targetProfile: Record<string, unknown>;
};

const PLANS: readonly Plan[] = [
  {
    title: "Pendampingan Sertifikasi Halal Self-Declare",
    module: "Syarat dan alur self-declare halal (SEHATI), pendampingan P3H, menyiapkan daftar bahan dan proses produksi.",
    organizerName: DISKOP, startsInDays: 7, days: 1, seats: 30,
    prerequisites: { requiresVerified: true, mustNotHave: [], requiresCertificates: ["pirt"] },
    targetProfile: { anyOfGaps: [], foodKbliOnly: true, lacksCertificates: ["halal"] },
  },
  {
    title: "Foto Produk dengan Ponsel",
    module: "Cahaya alami, latar polos, sudut dan ukuran foto yang diterima katalog; praktik langsung dengan produk peserta.",
    organizerName: BALATKOP, startsInDays: 10, days: 1, seats: 20,
    prerequisites: { requiresVerified: false, mustNotHave: [] },
    targetProfile: { anyOfGaps: ["PRODUCT_WITHOUT_PHOTO", "LOW_LISTING_QUALITY"] },
  },
  {
    title: "Klinik Izin PIRT untuk Usaha Pangan Rumahan",
    module: "Penyuluhan keamanan pangan (PKP), berkas SPP-IRT, pemeriksaan sarana oleh Dinas Kesehatan.",
    organizerName: DISKOP, startsInDays: 3, days: 2, seats: 25,
    prerequisites: { requiresVerified: false, mustNotHave: [] },
    targetProfile: { anyOfGaps: ["FOOD_PERMIT_MISSING"] },
  },
  {
    title: "Kelas Kemasan dan Label Produk",
    module: "Kemasan yang aman dikirim ke kantor OPD, label komposisi dan tanggal, harga pokok kemasan.",
    organizerName: BALATKOP, startsInDays: -201, days: 1, seats: 15,
    prerequisites: { requiresVerified: false, mustNotHave: [] },
    targetProfile: { anyOfGaps: ["LOW_LISTING_QUALITY", "NO_RECENT_ORDER", "PRODUCT_WITHOUT_PHOTO"] },
  },
];

export const buildDiklatSeed = (data: SeedRows, now: Date) => {
  const ids = createRng(20_261_414).fork("diklat");
  const demo = data.businesses.find((b) => b.id === data.demo.sellerBusinessId)!;
  const kabupatenId = demo.regionId;
  const programs = PLANS.map((p) => {
    const startsAt = witaOfficeTime(now, -p.startsInDays, 9, 0);
    return {
      id: ids.uuid(), title: p.title, module: p.module, organizerName: p.organizerName, organizerPartnerId: null, kabupatenId, categoryId: null,
      startsAt, endsAt: new Date(startsAt.getTime() + (p.days - 1) * DAY_MS + 6 * 3_600_000), seats: p.seats,
      prerequisites: p.prerequisites, targetProfile: p.targetProfile, createdAt: witaOfficeTime(now, Math.max(1, 14 - p.startsInDays), 10, 0),
    };
  });
  // Neighbours of the demo seller (not the seller itself, whose enrolment the demo leaves to the visitor).
  const neighbours = data.businesses
    .filter((b) => b.regionId === kabupatenId && b.id !== demo.id && b.verificationStatus === "verified" && (b.scale === "mikro" || b.scale === "kecil"))
    .sort((a, b) => (a.nib < b.nib ? -1 : 1));
  const [, photo, pirt, past] = programs as [typeof programs[0], typeof programs[0], typeof programs[0], typeof programs[0]];
  const rows: Array<typeof enrolments.$inferInsert> = [];
  for (const b of neighbours.slice(0, 4)) {
    rows.push({ id: ids.uuid(), programId: past.id, businessId: b.id, status: "attended", attendedAt: past.startsAt, createdAt: past.createdAt });
  }
  for (const b of neighbours.slice(0, 2)) rows.push({ id: ids.uuid(), programId: photo.id, businessId: b.id, status: "enrolled", createdAt: witaOfficeTime(now, 2, 11, 0) });
  for (const b of neighbours.filter((n) => isFoodKbli(n.kbli)).slice(0, 2)) {
    rows.push({ id: ids.uuid(), programId: pirt.id, businessId: b.id, status: "invited", createdAt: witaOfficeTime(now, 1, 11, 0) });
  }
  const audit: AuditEventInput[] = [
    ...programs.map((p) => ({ actor: SYSTEM_ACTOR, action: "training_program.created", entity: "training_program", entityId: p.id, data: { title: p.title, seeded: true }, at: p.createdAt })),
    ...rows.map((r) => ({ actor: SYSTEM_ACTOR, action: `enrolment.${r.status}`, entity: "enrolment", entityId: r.id!, data: { programId: r.programId, businessId: r.businessId, seeded: true }, at: r.createdAt as Date })),
  ];
  return { programs, enrolments: rows, audit };
};

export const seedDiklat = async (tx: DbOrTx, seed: ReturnType<typeof buildDiklatSeed>, appendAll: (events: readonly AuditEventInput[]) => Promise<void>) => {
  await tx.insert(trainingPrograms).values(seed.programs);
  if (seed.enrolments.length > 0) await tx.insert(enrolments).values(seed.enrolments);
  await appendAll(seed.audit);
};
