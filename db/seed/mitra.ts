import { gapBatches, gapBatchMembers, memberships, partners, partnerships, partnershipTerms, users } from "@/db/schema";
import type { Database } from "@/db/client";
import type { AuditEventInput } from "@/lib/domain/audit/audit-event";
import { isCertificationValid, isFoodKbli } from "@/lib/domain/business/certification";
import type { SeedRows } from "./build";
import { createRng } from "./random";
import { witaDate, witaOfficeTime } from "./time";

/**
 * The partner demo (issue 14), deterministic: the verified "Pusat Halal Universitas Mataram" with its member
 * mitra@pasarumk.test (demo password, like the other demo accounts), an accepted photo/packaging partnership with
 * the demo seller, a proposed certifier partnership with a food UMK lacking a permit, and one open gap batch: the
 * food UMKs of the kabupaten with the most of them that hold no valid PIRT or halal certificate.
 */
export const PARTNER_DEMO_EMAIL = "mitra@pasarumk.test";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export const seedMitra = async (tx: Tx, data: SeedRows, now: Date, appendAll: (events: readonly AuditEventInput[]) => Promise<void>) => {
  const ids = createRng(0x4d49_5452).fork("mitra"); // "MITR"
  const province = data.regions.find((r) => r.kind === "provinsi")!;
  const admin = data.users.find((u) => u.id === data.demo.adminUserId)!;
  const adminActor = { id: admin.id, label: admin.email };
  const seller = data.users.find((u) => u.email === "penjual@pasarumk.test")!;
  const today = witaDate(now);

  const partner = { id: ids.uuid(), name: "Pusat Halal Universitas Mataram", kind: "perguruan_tinggi" as const, regionId: province.id, verified: true, verifiedAt: witaOfficeTime(now, 60, 10, 15), createdAt: witaOfficeTime(now, 62, 9, 30) };
  const createdAt = witaOfficeTime(now, 58, 9, 5);
  // Same hash as the other demo accounts: one demo password scheme (refused in production).
  const user = { id: ids.uuid(), email: PARTNER_DEMO_EMAIL, name: "Dr. Baiq Halimah", passwordHash: admin.passwordHash ?? null, isActive: true, createdAt, emailVerifiedAt: createdAt };
  await tx.insert(partners).values(partner);
  await tx.insert(users).values(user);
  await tx.insert(memberships).values({ userId: user.id, role: "partner", regionId: province.id, partnerId: partner.id });

  const validPermit = new Set(
    data.certifications.filter((c) => (c.kind === "pirt" || c.kind === "halal") && isCertificationValid({ expiresOn: c.expiresOn ?? null }, today)).map((c) => c.businessId),
  );
  const foodWithoutPermit = data.businesses.filter((b) => b.verificationStatus === "verified" && isFoodKbli(b.kbli) && !validPermit.has(b.id) && (b.scale === "mikro" || b.scale === "kecil"));
  const byKabupaten = new Map<string, typeof foodWithoutPermit>();
  for (const b of foodWithoutPermit) byKabupaten.set(b.regionId, [...(byKabupaten.get(b.regionId) ?? []), b]);
  const [kabupatenId, members] = [...byKabupaten].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))[0] ?? [null, []];

  const accepted = { id: ids.uuid(), partnerId: partner.id, businessId: data.demo.sellerBusinessId, type: "photo_packaging" as const, status: "accepted" as const, proposedAt: witaOfficeTime(now, 40, 10, 0), decidedAt: witaOfficeTime(now, 39, 14, 20), evidence: "Sesi foto produk tenun di Sukarara bersama mahasiswa KKN." };
  const proposedTo = members[0] ?? null;
  const proposed = proposedTo ? { id: ids.uuid(), partnerId: partner.id, businessId: proposedTo.id, type: "certifier" as const, status: "proposed" as const, proposedAt: witaOfficeTime(now, 3, 11, 0), evidence: "Pendampingan sertifikasi halal self-declare (P3H)." } : null;
  await tx.insert(partnerships).values([accepted, ...(proposed ? [proposed] : [])]);
  await tx.insert(partnershipTerms).values([
    { partnershipId: accepted.id, startsOn: witaDate(accepted.decidedAt), endsOn: witaDate(witaOfficeTime(now, -50, 12, 0)) },
    ...(proposed ? [{ partnershipId: proposed.id, startsOn: today, endsOn: null }] : []),
  ]);

  const batch = kabupatenId
    ? {
        id: ids.uuid(),
        gapCode: "FOOD_PERMIT_MISSING",
        regionId: province.id,
        filter: { gapCode: "FOOD_PERMIT_MISSING", kabupatenId, kabupatenName: data.regions.find((r) => r.id === kabupatenId)!.name, categoryId: null, categoryName: null },
        createdAt: witaOfficeTime(now, 5, 9, 45),
      }
    : null;
  if (batch) {
    await tx.insert(gapBatches).values(batch);
    // The seed knows this one gap of each member for certain; the full profile is the services' to compute.
    await tx.insert(gapBatchMembers).values(members.map((b) => ({ batchId: batch.id, businessId: b.id, gapsAtCreation: ["FOOD_PERMIT_MISSING"] })));
  }

  await appendAll([
    { actor: adminActor, action: "partner.registered", entity: "partner", entityId: partner.id, data: { name: partner.name, kind: partner.kind, regionId: province.id }, at: partner.createdAt },
    { actor: adminActor, action: "partner.verified", entity: "partner", entityId: partner.id, data: { name: partner.name }, at: partner.verifiedAt },
    { actor: adminActor, action: "partner.member_added", entity: "partner", entityId: partner.id, data: { userId: user.id, email: user.email, newAccount: true }, at: createdAt },
    { actor: { id: user.id, label: user.email }, action: "partnership.proposed", entity: "partnership", entityId: accepted.id, data: { partnerId: partner.id, businessId: accepted.businessId, type: accepted.type }, at: accepted.proposedAt },
    { actor: { id: seller.id, label: seller.email }, action: "partnership.accepted", entity: "partnership", entityId: accepted.id, data: { from: "proposed", to: "accepted" }, at: accepted.decidedAt },
    ...(proposed ? [{ actor: { id: user.id, label: user.email }, action: "partnership.proposed", entity: "partnership", entityId: proposed.id, data: { partnerId: partner.id, businessId: proposed.businessId, type: proposed.type }, at: proposed.proposedAt }] : []),
    ...(batch ? [{ actor: adminActor, action: "gap_batch.created", entity: "gap_batch", entityId: batch.id, data: { ...batch.filter, memberCount: members.length }, at: batch.createdAt }] : []),
  ]);
};
