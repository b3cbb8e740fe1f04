import { eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import {
  budgetLines, businessCertifications, businesses, categories, documentCounters, holidays, memberships, opds, orderLines, orders, policies,
  products, purchaseRequests, ratings, receiptLines, receipts, regions, requestLines, searchQueries, users,
} from "@/db/schema";
import { findAuditHead, insertAuditEvent, lockAuditChain } from "@/db/queries/audit";
import { rebuildOrderPriceCounts } from "@/db/queries/order-price-counts";
import { chainAuditEvent, SYSTEM_ACTOR, type AuditEventInput } from "@/lib/domain/audit/audit-event";
import { buildSeedData } from "./build";
import { buildProcurementSeed, seedPayments } from "./procurement";
import { buildEventSeed, seedEvents } from "./events";
import { buildDemandSignalSeed } from "./demand-signals";
import { seedStorefronts } from "./storefronts";
import { seedMitra } from "./mitra";
import { buildDiklatSeed, seedDiklat } from "./diklat";
import { seedExposure } from "./exposure";
import { seedFlagReviews } from "./flags";

export type SeedSummary = {
  regions: number;
  opds: number;
  budgetLines: number;
  users: number;
  businesses: number;
  products: number;
  categories: number;
  auditEvents: number;
  purchaseRequests: number;
  orders: number;
  orderLines: number;
};

export type SeedOptions = {
  now: Date;
  onProgress?: (step: string, done: number, total: number) => void;
  /** Password of the demo accounts; DEMO_PASSWORD unless given (tests pass their own, as production builds refuse the demo one). */
  password?: string;
};

const STEPS = [
  "regions",
  "opds",
  "categories",
  "users",
  "budget_lines",
  "businesses",
  "certifications",
  "memberships",
  "products",
  "procurement",
  "audit",
] as const;

const PRODUCT_BATCH = 200;

/** True once the demo (or any) data exists: the seed never runs over a database that has regions. */
export const isDatabaseSeeded = async (db: DbOrTx): Promise<boolean> => {
  const rows = await db.select({ one: sql<number>`1` }).from(regions).limit(1);
  return rows.length > 0;
};

/**
 * Loads the deterministic NTB demo data in one transaction: same `now`, same rows and ids, byte for byte.
 * Every user, business decision and budget line is also written to the audit chain, which is why the
 * database must be empty (check with isDatabaseSeeded first).
 */
export const seedDemoData = async (db: Database, options: SeedOptions): Promise<SeedSummary> => {
  const { now, onProgress } = options;
  const data = buildSeedData(now, options.password);
  const procurement = buildProcurementSeed(data, now);
  let done = 0;
  const progress = (step: (typeof STEPS)[number]) => {
    done += 1;
    onProgress?.(step, done, STEPS.length);
  };

  return db.transaction(async (tx) => {
    let auditEvents = 0;
    // The same links the services append (one pure chainAuditEvent), written through db/queries: the seed
    // may not import lib/services. The lock is held until the seed's transaction ends.
    const appendAll = async (events: readonly AuditEventInput[]) => {
      await lockAuditChain(tx);
      let head = await findAuditHead(tx);
      for (const event of events) {
        const link = chainAuditEvent(head, event, new Date());
        await insertAuditEvent(tx, link);
        head = link;
        auditEvents += 1;
      }
    };

    await tx.insert(regions).values(data.regions);
    progress("regions");
    await tx.insert(opds).values(data.opds);
    progress("opds");
    await tx.insert(categories).values(data.categories);
    progress("categories");
    await tx.insert(users).values(data.users);
    await appendAll(data.audit.users);
    progress("users");
    await tx.insert(budgetLines).values(data.budgetLines);
    await appendAll(data.audit.budgetLines);
    progress("budget_lines");
    await tx.insert(businesses).values(data.businesses);
    await appendAll(data.audit.businesses);
    progress("businesses");
    if (data.certifications.length > 0) await tx.insert(businessCertifications).values(data.certifications);
    progress("certifications");
    await tx.insert(memberships).values(data.memberships);
    progress("memberships");
    for (let start = 0; start < data.products.length; start += PRODUCT_BATCH) {
      await tx.insert(products).values(data.products.slice(start, start + PRODUCT_BATCH));
    }
    await seedStorefronts(tx, data, now);
    progress("products");

    await tx.insert(users).values(procurement.users);
    await tx.insert(memberships).values(procurement.memberships);
    await tx.insert(policies).values(procurement.policy);
    await tx.insert(holidays).values(procurement.holidays);
    await tx.insert(purchaseRequests).values(procurement.requests);
    await tx.insert(requestLines).values(procurement.requestLines);
    if (procurement.orders.length > 0) {
      await tx.insert(orders).values(procurement.orders);
      await tx.insert(orderLines).values(procurement.orderLines);
      await rebuildOrderPriceCounts(tx);
    }
    if (procurement.receipts.length > 0) {
      await tx.insert(receipts).values(procurement.receipts);
      await tx.insert(receiptLines).values(procurement.receiptLines);
    }
    if (procurement.ratings.length > 0) await tx.insert(ratings).values(procurement.ratings);
    if (procurement.counters.length > 0) await tx.insert(documentCounters).values(procurement.counters);
    for (const [budgetLineId, amountIdr] of [...procurement.committedByBudgetLine].sort(([a], [b]) => (a < b ? -1 : 1))) {
      await tx.update(budgetLines).set({ committedIdr: sql`${budgetLines.committedIdr} + ${amountIdr}` }).where(eq(budgetLines.id, budgetLineId));
    }
    await seedPayments(tx, procurement);
    for (const businessId of procurement.ratedBusinessIds) {
      const stars = procurement.ratings.filter((r) => r.businessId === businessId).map((r) => r.stars);
      const ratingAvg = Math.round((stars.reduce((a, b) => a + b, 0) / stars.length) * 100) / 100;
      await tx.update(businesses).set({ ratingAvg, ratingCount: stars.length }).where(eq(businesses.id, businessId));
    }
    await appendAll(procurement.audit);
    progress("procurement");
    await seedEvents(tx, buildEventSeed(data, procurement, now), appendAll);
    // wa (issue 13): unmet searches for /peluang and the Peluang alerts.
    await tx.insert(searchQueries).values(buildDemandSignalSeed(data, now));
    await seedMitra(tx, data, now, appendAll);
    await seedDiklat(tx, buildDiklatSeed(data, now), appendAll);
    await seedExposure(tx, data, procurement, now, appendAll);
    await seedFlagReviews(tx, now, appendAll);

    const summary: SeedSummary = {
      regions: data.regions.length,
      opds: data.opds.length,
      budgetLines: data.budgetLines.length,
      users: data.users.length + procurement.users.length,
      businesses: data.businesses.length,
      products: data.products.length,
      categories: data.categories.length,
      auditEvents: auditEvents + 1,
      purchaseRequests: procurement.requests.length,
      orders: procurement.orders.length,
      orderLines: procurement.orderLines.length,
    };
    await appendAll([
      {
        actor: SYSTEM_ACTOR,
        action: "seed.applied",
        entity: "seed",
        entityId: "ntb-demo",
        data: {
          ...summary,
          certifications: data.certifications.length,
          memberships: data.memberships.length,
          demoSellerBusinessId: data.demo.sellerBusinessId,
        },
        at: now,
      },
    ]);
    progress("audit");
    return summary;
  });
};
