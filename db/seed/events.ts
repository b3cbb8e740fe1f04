import { eventItems, events } from "@/db/schema";
import type { Database } from "@/db/client";
import { compliancePolicySchema } from "@/lib/domain/compliance/policy";
import { eventFiscalYear } from "@/lib/domain/events/event-rules";
import type { EventItemCategory } from "@/lib/domain/events/event-compliance";
import type { AuditEventInput } from "@/lib/domain/audit/audit-event";
import { complianceOf, itemView } from "@/lib/domain/events/event-views";
import type { SeedRows } from "./build";
import type { ProcurementSeedRows } from "./procurement";
import { createRng } from "./random";
import { witaOfficeTime } from "./time";

/**
 * A few events (kegiatan) for the demo, deterministic like the rest of the seed: Dinas Pariwisata has one
 * closed event with its frozen report (platform items only — the seed writes no files, so no declared
 * items that would need evidence), one open event still collecting items (one off-platform item awaiting
 * its receipt) and one whose konsumsi falls short of 100 % local UMK so the finding shows; Diskop UKM has
 * a closed event that met the target.
 */

type EventRow = typeof events.$inferSelect;
type ItemRow = typeof eventItems.$inferSelect;
type Business = SeedRows["businesses"][number];

type ItemPlan = { category: EventItemCategory; description: string; amountIdr: number } & (
  | { business: Business }
  | { supplierName: string; isUmk: boolean; isLocal: boolean }
);

type EventPlan = {
  opdShortName: string;
  buyerEmail: string;
  title: string;
  type: EventRow["type"];
  daysAgo: number;
  hours: [number, number];
  venue: string;
  attendees: number;
  budgetIdr: number;
  closed: boolean;
  items: (pick: Picks) => ItemPlan[];
};

type Picks = { umk: Business[]; nonUmk: Business };

const PLANS: EventPlan[] = [
  {
    opdShortName: "Dispar", buyerEmail: "pembeli@pasarumk.test", title: "Rapat Koordinasi Kalender Event Pariwisata NTB", type: "rapat",
    daysAgo: 45, hours: [9, 13], venue: "Kota Mataram", attendees: 60, budgetIdr: 12_500_000, closed: true,
    items: ({ umk }) => [
      { category: "konsumsi", description: "Nasi kotak ayam taliwang 60 porsi", amountIdr: 2_700_000, business: umk[0]! },
      { category: "konsumsi", description: "Kopi Sembalun dan jajanan pasar", amountIdr: 900_000, business: umk[1]! },
      { category: "cendera_mata", description: "Anyaman ketak untuk narasumber", amountIdr: 1_500_000, business: umk[2]! },
    ],
  },
  {
    opdShortName: "Dispar", buyerEmail: "pembeli@pasarumk.test", title: "Festival Kuliner Pesona Lombok", type: "festival",
    daysAgo: 12, hours: [8, 17], venue: "Lombok Tengah", attendees: 400, budgetIdr: 45_000_000, closed: false,
    items: ({ umk, nonUmk }) => [
      { category: "konsumsi", description: "Konsumsi panitia dan tamu undangan", amountIdr: 6_000_000, business: umk[0]! },
      { category: "konsumsi", description: "Minuman kemasan dari distributor", amountIdr: 4_000_000, business: nonUmk },
      { category: "dekorasi", description: "Dekorasi panggung bambu", amountIdr: 3_500_000, business: umk[3]! },
    ],
  },
  {
    opdShortName: "Dispar", buyerEmail: "pembeli@pasarumk.test", title: "Pelatihan Pemandu Wisata Desa", type: "pelatihan",
    daysAgo: 3, hours: [8, 16], venue: "Lombok Timur", attendees: 35, budgetIdr: 18_000_000, closed: false,
    items: ({ umk }) => [
      { category: "konsumsi", description: "Makan siang peserta 2 hari", amountIdr: 2_450_000, business: umk[1]! },
      { category: "seragam", description: "Kaos pemandu tenun motif Sasak", amountIdr: 3_150_000, business: umk[4]! },
      { category: "atk", description: "Map dan alat tulis peserta", amountIdr: 420_000, supplierName: "Toko Buku Sinar Sembalun", isUmk: true, isLocal: true },
    ],
  },
  {
    opdShortName: "Diskop UKM", buyerEmail: "pembeli.diskop@pasarumk.test", title: "Kurasi Produk UMK Unggulan", type: "rapat",
    daysAgo: 30, hours: [9, 15], venue: "Kota Mataram", attendees: 25, budgetIdr: 6_000_000, closed: true,
    items: ({ umk }) => [
      { category: "konsumsi", description: "Snack dan makan siang kurator", amountIdr: 1_250_000, business: umk[5]! },
      { category: "cendera_mata", description: "Gerabah Banyumulek untuk kurator", amountIdr: 750_000, business: umk[2]! },
    ],
  },
];

export type EventSeedRows = { events: EventRow[]; items: ItemRow[]; audit: AuditEventInput[] };

export const buildEventSeed = (data: SeedRows, procurement: ProcurementSeedRows, now: Date): EventSeedRows => {
  const rng = createRng(0x4556_4e54); // "EVNT"
  const province = data.regions.find((r) => r.kind === "provinsi")!;
  const regionOf = (id: string) => data.regions.find((r) => r.id === id)!;
  const policy = compliancePolicySchema.parse({ version: procurement.policy.version, effectiveFrom: procurement.policy.effectiveFrom, rules: procurement.policy.rules });
  const users = [...data.users, ...procurement.users];
  const isLocal = (b: Business) => regionOf(b.regionId).parentId === province.id;
  const isUmk = (b: Business) => b.scale === "mikro" || b.scale === "kecil";
  const verified = data.businesses.filter((b) => b.verificationStatus === "verified");
  const picks: Picks = { umk: verified.filter((b) => isUmk(b) && isLocal(b)), nonUmk: verified.find((b) => !isUmk(b))! };

  const out: EventSeedRows = { events: [], items: [], audit: [] };
  for (const plan of PLANS) {
    const opd = data.opds.find((o) => o.shortName === plan.opdShortName)!;
    const buyer = users.find((u) => u.email === plan.buyerEmail)!;
    const actor = { id: buyer.id, label: buyer.email };
    const startsAt = witaOfficeTime(now, plan.daysAgo, plan.hours[0], 0);
    const endsAt = witaOfficeTime(now, plan.daysAgo, plan.hours[1], 0);
    const createdAt = witaOfficeTime(now, plan.daysAgo + 7, 10, rng.int(0, 59));
    const venue = data.regions.find((r) => r.name === plan.venue)!;
    const id = rng.uuid();
    const items: ItemRow[] = plan.items(picks).map((p, i) => {
      const base = {
        id: rng.uuid(), eventId: id, category: p.category, description: p.description, amountIdr: p.amountIdr,
        receiptLineId: null, purchaseRequestId: null, addedByAmendmentId: null, voidedByAmendmentId: null, createdBy: buyer.id,
        createdAt: witaOfficeTime(now, Math.max(plan.daysAgo - 1, 1), 14, i),
      };
      if ("business" in p) {
        const b = p.business;
        return {
          ...base, source: "platform" as const, businessId: b.id, supplierName: b.legalName, supplierNib: b.nib, supplierScale: b.scale,
          supplierKabupaten: regionOf(b.regionId).name, supplierVerifiedAt: b.verifiedAt ?? null, isUmk: isUmk(b), isLocal: isLocal(b),
        };
      }
      return {
        ...base, source: "declared" as const, businessId: null, supplierName: p.supplierName, supplierNib: null, supplierScale: null,
        supplierKabupaten: null, supplierVerifiedAt: null, isUmk: p.isUmk, isLocal: p.isLocal,
      };
    });
    const closedAt = plan.closed ? witaOfficeTime(now, Math.max(plan.daysAgo - 2, 1), 15, 30) : null;
    const compliance = complianceOf(items, policy);
    const event: EventRow = {
      id, opdId: opd.id, title: plan.title, type: plan.type, startsAt, endsAt, fiscalYear: eventFiscalYear(startsAt), venueRegionId: venue.id,
      attendees: plan.attendees, budgetIdr: plan.budgetIdr, status: plan.closed ? "closed" : "open", createdBy: buyer.id, createdAt,
      updatedAt: closedAt ?? createdAt, closedAt, closedBy: plan.closed ? buyer.id : null,
      closedReport: closedAt ? { closedAt: closedAt.toISOString(), compliance, items: items.map((i) => itemView({ ...i, businessName: i.supplierName }, [])) } : null,
    };
    out.events.push(event);
    out.items.push(...items);
    out.audit.push({
      actor, action: "event.created", entity: "event", entityId: id, at: createdAt,
      data: { opdId: opd.id, title: plan.title, type: plan.type, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), fiscalYear: event.fiscalYear, venueRegionId: venue.id, attendees: plan.attendees, budgetIdr: plan.budgetIdr, source: "seed" },
    });
    for (const item of items) {
      out.audit.push({
        actor, action: "event.item_added", entity: "event", entityId: id, at: item.createdAt,
        data: { itemId: item.id, category: item.category, amountIdr: item.amountIdr, source: item.source, businessId: item.businessId, supplierName: item.supplierName, isUmk: item.isUmk, isLocal: item.isLocal },
      });
    }
    if (closedAt) {
      out.audit.push({
        actor, action: "event.closed", entity: "event", entityId: id, at: closedAt,
        data: { policyVersion: policy.version, totalIdr: compliance.totalIdr, localUmkIdr: compliance.localUmkIdr, verdict: compliance.verdict, itemIds: items.map((i) => i.id) },
      });
    }
  }
  // Audit events go in time order, as they would have been appended.
  out.audit.sort((a, b) => a.at!.getTime() - b.at!.getTime());
  return out;
};

/** Inserts the demo events and appends their audit events (in time order) inside the seed's transaction. */
export const seedEvents = async (
  tx: Parameters<Parameters<Database["transaction"]>[0]>[0],
  rows: EventSeedRows,
  appendAll: (events: readonly AuditEventInput[]) => Promise<void>,
) => {
  await tx.insert(events).values(rows.events);
  await tx.insert(eventItems).values(rows.items);
  await appendAll(rows.audit);
};
