import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import {
  budgetLines, businessCertifications, businesses, cartItems, categories, holidays, opds, orderLines, orders, policies,
  products, purchaseRequests, ratings, receiptLines, receipts, regions, requestLines, users,
} from "../schema";

// Raw SQL answers bigint as text; every money column read through db.execute goes through this.
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

const rowsOf = <T>(result: unknown) => result as unknown as T[];

/**
 * What a seller snapshot is taken from (request lines, event items): the business's scale and verification
 * now, its kabupaten and that kabupaten's province. Select with `businesses` joined to its `regions` row.
 */
export const SELLER_SNAPSHOT_COLUMNS = {
  nib: businesses.nib,
  scale: businesses.scale,
  isUmk: businesses.isUmk,
  verificationStatus: businesses.verificationStatus,
  verifiedAt: businesses.verifiedAt,
  kabupaten: regions.name,
  provinceRegionId: sql<string>`coalesce(${regions.parentId}, ${regions.id})`,
};

// ---- OPDs, budget lines, holidays -------------------------------------------------------------------------

export const findOpd = async (db: DbOrTx, opdId: string) => {
  const [row] = await db
    .select({ id: opds.id, regionId: opds.regionId, name: opds.name, shortName: opds.shortName })
    .from(opds)
    .where(eq(opds.id, opdId))
    .limit(1);
  return row;
};

export const listOpdsOfRegions = (db: DbOrTx, regionIds: readonly string[]) =>
  regionIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: opds.id, regionId: opds.regionId, name: opds.name, shortName: opds.shortName })
        .from(opds)
        .where(inArray(opds.regionId, [...regionIds]))
        .orderBy(asc(opds.name));

export const findBudgetLine = async (db: DbOrTx, budgetLineId: string) => {
  const [row] = await db.select().from(budgetLines).where(eq(budgetLines.id, budgetLineId)).limit(1);
  return row;
};

export const listBudgetLinesOfOpds = (db: DbOrTx, params: { opdIds: readonly string[]; fiscalYear?: number }) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(budgetLines)
        .where(
          and(
            inArray(budgetLines.opdId, [...params.opdIds]),
            params.fiscalYear === undefined ? undefined : eq(budgetLines.fiscalYear, params.fiscalYear),
          ),
        )
        .orderBy(asc(budgetLines.opdId), desc(budgetLines.fiscalYear), asc(budgetLines.code));

/**
 * Commits money on a budget line only while committed + realized + amount stays within the ceiling: under
 * concurrent approvals the row lock and this WHERE make over-commitment impossible. True when committed.
 */
export const commitBudget = async (db: DbOrTx, params: { budgetLineId: string; amountIdr: number }) => {
  const updated = await db
    .update(budgetLines)
    .set({ committedIdr: sql`${budgetLines.committedIdr} + ${params.amountIdr}` })
    .where(
      and(
        eq(budgetLines.id, params.budgetLineId),
        sql`${budgetLines.committedIdr} + ${budgetLines.realizedIdr} + ${params.amountIdr} <= ${budgetLines.ceilingIdr}`,
      ),
    )
    .returning({ id: budgetLines.id });
  return updated.length === 1;
};

/** Gives committed money back (decline/cancel); never below zero, which the CHECK also guards. */
export const releaseBudget = async (db: DbOrTx, params: { budgetLineId: string; amountIdr: number }) => {
  const updated = await db
    .update(budgetLines)
    .set({ committedIdr: sql`${budgetLines.committedIdr} - ${params.amountIdr}` })
    .where(and(eq(budgetLines.id, params.budgetLineId), sql`${budgetLines.committedIdr} >= ${params.amountIdr}`))
    .returning({ id: budgetLines.id });
  return updated.length === 1;
};

export const listHolidayDates = async (db: DbOrTx, regionId: string) =>
  (await db.select({ date: holidays.date }).from(holidays).where(eq(holidays.regionId, regionId)).orderBy(asc(holidays.date))).map(
    (r) => r.date,
  );

// ---- policies ---------------------------------------------------------------------------------------------

/** The version in force on a WITA date: the latest effective one, the highest version on a tie. */
export const findActivePolicyRow = async (db: DbOrTx, params: { regionId: string; onDate: string }) => {
  const [row] = await db
    .select()
    .from(policies)
    .where(and(eq(policies.regionId, params.regionId), lte(policies.effectiveFrom, params.onDate)))
    .orderBy(desc(policies.effectiveFrom), desc(policies.version))
    .limit(1);
  return row;
};

export const findLatestPolicyRow = async (db: DbOrTx, regionId: string) => {
  const [row] = await db.select().from(policies).where(eq(policies.regionId, regionId)).orderBy(desc(policies.version)).limit(1);
  return row;
};

export const findPolicyRowById = async (db: DbOrTx, id: string) => {
  const [row] = await db.select().from(policies).where(eq(policies.id, id)).limit(1);
  return row;
};

/** Serializes version numbering per region until the transaction ends. */
export const lockRegionPolicies = (db: DbOrTx, regionId: string) =>
  db.execute(sql`SELECT pg_advisory_xact_lock(7340201, hashtext(${`policy:${regionId}`}))`);

export const insertPolicy = async (db: DbOrTx, row: typeof policies.$inferInsert) => {
  const [inserted] = await db.insert(policies).values(row).returning();
  return inserted!;
};

// ---- document numbers -------------------------------------------------------------------------------------

/**
 * The next value of a gap-free yearly counter. The upsert takes the counter row's lock until the caller's
 * transaction ends, so a rolled-back number is never used and never skipped.
 */
export const nextDocumentSequence = async (db: DbOrTx, params: { key: string; year: number }) => {
  const [row] = rowsOf<{ value: number }>(
    await db.execute(sql`
      INSERT INTO document_counters (kind, year, last_value) VALUES (${params.key}, ${params.year}, 1)
      ON CONFLICT (kind, year) DO UPDATE SET last_value = document_counters.last_value + 1
      RETURNING last_value AS value`),
  );
  return num(row!.value);
};

// ---- products as a buyer sees them ------------------------------------------------------------------------

/** Products with everything a compliance snapshot needs: seller, its kabupaten and province, category, permits. */
export const findProductsForPurchase = async (db: DbOrTx, productIds: readonly string[]) => {
  if (productIds.length === 0) return [];
  const rows = await db
    .select({
      id: products.id,
      title: products.title,
      unit: products.unit,
      priceIdr: products.priceIdr,
      stock: products.stock,
      minOrder: products.minOrder,
      status: products.status,
      isLocal: products.isLocal,
      categorySlug: categories.slug,
      isFood: categories.isFood,
      businessId: businesses.id,
      businessName: businesses.legalName,
      ...SELLER_SNAPSHOT_COLUMNS,
    })
    .from(products)
    .innerJoin(businesses, eq(businesses.id, products.businessId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .innerJoin(regions, eq(regions.id, businesses.regionId))
    .where(inArray(products.id, [...productIds]));
  const certs = await db
    .select({ businessId: businessCertifications.businessId, kind: businessCertifications.kind, expiresOn: businessCertifications.expiresOn })
    .from(businessCertifications)
    .where(inArray(businessCertifications.businessId, [...new Set(rows.map((r) => r.businessId))]));
  return rows.map((r) => ({
    ...r,
    certifications: certs.filter((c) => c.businessId === r.businessId).map((c) => ({ kind: c.kind, expiresOn: c.expiresOn })),
  }));
};

export type ProductForPurchase = Awaited<ReturnType<typeof findProductsForPurchase>>[number];

/** Takes stock only if enough is left; the row lock makes concurrent takers queue and re-check. */
export const reserveStock = async (db: DbOrTx, params: { productId: string; quantity: number }) => {
  const updated = await db
    .update(products)
    .set({ stock: sql`${products.stock} - ${params.quantity}`, updatedAt: sql`now()` })
    .where(and(eq(products.id, params.productId), sql`${products.stock} >= ${params.quantity}`))
    .returning({ id: products.id, stock: products.stock });
  return updated[0];
};

export const releaseStock = (db: DbOrTx, params: { productId: string; quantity: number }) =>
  db
    .update(products)
    .set({ stock: sql`${products.stock} + ${params.quantity}`, updatedAt: sql`now()` })
    .where(eq(products.id, params.productId));

// ---- cart -------------------------------------------------------------------------------------------------

export const listCartItems = (db: DbOrTx, buyerId: string) =>
  db
    .select({ id: cartItems.id, productId: cartItems.productId, quantity: cartItems.quantity, addedAt: cartItems.addedAt })
    .from(cartItems)
    .where(eq(cartItems.buyerId, buyerId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id));

/** Adds to the quantity when the product is already in the cart. */
export const upsertCartItem = async (db: DbOrTx, params: { buyerId: string; productId: string; quantity: number; mode: "add" | "set" }) => {
  const [row] = await db
    .insert(cartItems)
    .values({ buyerId: params.buyerId, productId: params.productId, quantity: params.quantity })
    .onConflictDoUpdate({
      target: [cartItems.buyerId, cartItems.productId],
      set: { quantity: params.mode === "add" ? sql`${cartItems.quantity} + ${params.quantity}` : params.quantity },
    })
    .returning({ id: cartItems.id, productId: cartItems.productId, quantity: cartItems.quantity });
  return row!;
};

export const deleteCartItems = (db: DbOrTx, params: { buyerId: string; productIds?: readonly string[] }) =>
  db
    .delete(cartItems)
    .where(
      and(
        eq(cartItems.buyerId, params.buyerId),
        params.productIds ? inArray(cartItems.productId, [...params.productIds]) : undefined,
      ),
    )
    .returning({ productId: cartItems.productId });

// ---- purchase requests ------------------------------------------------------------------------------------

export const insertPurchaseRequest = async (db: DbOrTx, row: typeof purchaseRequests.$inferInsert) => {
  const [inserted] = await db.insert(purchaseRequests).values(row).returning();
  return inserted!;
};

export const updatePurchaseRequest = async (db: DbOrTx, id: string, set: Partial<typeof purchaseRequests.$inferInsert>) => {
  const [updated] = await db
    .update(purchaseRequests)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(purchaseRequests.id, id))
    .returning();
  return updated!;
};

export const findPurchaseRequest = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.select().from(purchaseRequests).where(eq(purchaseRequests.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
};

export const listRequestLines = (db: DbOrTx, requestId: string) =>
  db.select().from(requestLines).where(eq(requestLines.requestId, requestId)).orderBy(asc(requestLines.businessId), asc(requestLines.id));

export const replaceRequestLines = async (db: DbOrTx, requestId: string, rows: Array<Omit<typeof requestLines.$inferInsert, "requestId">>) => {
  await db.delete(requestLines).where(eq(requestLines.requestId, requestId));
  if (rows.length === 0) return [];
  return db
    .insert(requestLines)
    .values(rows.map((r) => ({ ...r, requestId })))
    .returning();
};

/** Submitted requests of the given OPDs, oldest first: the approver's inbox. */
export const listSubmittedRequests = (db: DbOrTx, opdIds: readonly string[]) =>
  opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: purchaseRequests.id,
          number: purchaseRequests.number,
          opdId: purchaseRequests.opdId,
          buyerId: purchaseRequests.buyerId,
          purpose: purchaseRequests.purpose,
          totalIdr: purchaseRequests.totalIdr,
          neededBy: purchaseRequests.neededBy,
          submittedAt: purchaseRequests.submittedAt,
          justificationCode: purchaseRequests.justificationCode,
          complianceDecision: purchaseRequests.complianceDecision,
          policyVersion: purchaseRequests.policyVersion,
        })
        .from(purchaseRequests)
        .where(and(inArray(purchaseRequests.opdId, [...opdIds]), eq(purchaseRequests.status, "submitted")))
        .orderBy(asc(purchaseRequests.submittedAt), asc(purchaseRequests.id));

/** A buyer's own requests, newest first. */
export const listRequestsOfBuyer = (db: DbOrTx, buyerId: string, limit = 100) =>
  db
    .select({
      id: purchaseRequests.id,
      number: purchaseRequests.number,
      opdId: purchaseRequests.opdId,
      status: purchaseRequests.status,
      purpose: purchaseRequests.purpose,
      totalIdr: purchaseRequests.totalIdr,
      submittedAt: purchaseRequests.submittedAt,
      createdAt: purchaseRequests.createdAt,
    })
    .from(purchaseRequests)
    .where(eq(purchaseRequests.buyerId, buyerId))
    .orderBy(desc(purchaseRequests.createdAt), desc(purchaseRequests.id))
    .limit(limit);

// ---- the OPD's history, for the compliance context --------------------------------------------------------

const SPENDING = sql.raw(`('placed','accepted','shipped','received','invoiced','paid','closed')`);

/**
 * The OPD's spending orders (approved and later), newest first, each with its line values per category from
 * the order-line snapshots: what SELLER_ROTATION and SPLIT_PACKAGE look at.
 */
export const listOpdOrderHistory = async (db: DbOrTx, params: { opdId: string; limit?: number }) => {
  const rows = rowsOf<{ id: string; businessId: string; at: Date | string; categorySlug: string; amountIdr: string | number }>(
    await db.execute(sql`
      WITH recent AS (
        SELECT id, business_id, placed_at FROM orders
        WHERE opd_id = ${params.opdId} AND status IN ${SPENDING}
        ORDER BY placed_at DESC, id DESC LIMIT ${params.limit ?? 200}
      )
      SELECT r.id, r.business_id AS "businessId", r.placed_at AS "at", ol.category_slug AS "categorySlug", sum(ol.line_total_idr) AS "amountIdr"
      FROM recent r JOIN order_lines ol ON ol.order_id = r.id
      GROUP BY r.id, r.business_id, r.placed_at, ol.category_slug
      ORDER BY r.placed_at DESC, r.id DESC, ol.category_slug`),
  );
  const byOrder = new Map<string, { businessId: string; at: Date; lines: Array<{ categorySlug: string; amountIdr: number }> }>();
  for (const r of rows) {
    let order = byOrder.get(r.id);
    if (!order) {
      order = { businessId: r.businessId, at: new Date(r.at), lines: [] };
      byOrder.set(r.id, order);
    }
    order.lines.push({ categorySlug: r.categorySlug, amountIdr: num(r.amountIdr) });
  }
  return [...byOrder.values()];
};

const opdScope = (params: { regionId?: string; opdIds?: readonly string[] }) => {
  if (params.opdIds) {
    return params.opdIds.length === 0 ? sql`false` : sql`o.opd_id IN (${sql.join(params.opdIds.map((id) => sql`${id}::uuid`), sql`, `)})`;
  }
  return params.regionId ? sql`o.opd_id IN (SELECT id FROM opds WHERE region_id = ${params.regionId})` : sql`true`;
};

/**
 * Fiscal-year totals per OPD of spending orders. The UMK and local parts on each order were summed from
 * its order-line snapshots when it was approved; tests recompute them from the lines independently.
 */
export const sumSpendByOpd = async (db: DbOrTx, params: { regionId?: string; opdIds?: readonly string[]; from: Date; to: Date }) => {
  const rows = rowsOf<{ opdId: string; totalIdr: string; umkIdr: string; localIdr: string }>(
    await db.execute(sql`
      SELECT o.opd_id AS "opdId",
             sum(o.total_idr) AS "totalIdr",
             sum(o.umk_total_idr) AS "umkIdr",
             sum(o.local_total_idr) AS "localIdr"
      FROM orders o
      WHERE ${opdScope(params)} AND o.status IN ${SPENDING}
        AND o.placed_at >= ${params.from.toISOString()}::timestamptz AND o.placed_at < ${params.to.toISOString()}::timestamptz
      GROUP BY o.opd_id`),
  );
  return new Map(rows.map((r) => [r.opdId, { totalIdr: num(r.totalIdr), umkIdr: num(r.umkIdr), localIdr: num(r.localIdr) }]));
};

/** Per OPD, how many requests with a justification (exceptions) stand behind spending orders of the period. */
export const countExceptionsByOpd = async (db: DbOrTx, params: { regionId?: string; opdIds?: readonly string[]; from: Date; to: Date }) => {
  const rows = rowsOf<{ opdId: string; exceptions: string | number }>(
    await db.execute(sql`
      SELECT o.opd_id AS "opdId", count(DISTINCT o.request_id) AS "exceptions"
      FROM orders o JOIN purchase_requests pr ON pr.id = o.request_id
      WHERE ${opdScope(params)} AND o.status IN ${SPENDING} AND pr.justification_code IS NOT NULL
        AND o.placed_at >= ${params.from.toISOString()}::timestamptz AND o.placed_at < ${params.to.toISOString()}::timestamptz
      GROUP BY o.opd_id`),
  );
  return new Map(rows.map((r) => [r.opdId, num(r.exceptions)]));
};

/**
 * Requests behind an OPD's spending orders in the period, with the UMK and local parts of what was ordered
 * (from the orders' snapshot sums): the auditor's drill-down from the summary line to each request.
 */
export const listSpendingRequests = (db: DbOrTx, params: { opdIds: readonly string[]; from: Date; to: Date }) =>
  params.opdIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: purchaseRequests.id,
          number: purchaseRequests.number,
          opdId: purchaseRequests.opdId,
          purpose: purchaseRequests.purpose,
          status: purchaseRequests.status,
          justificationCode: purchaseRequests.justificationCode,
          justificationText: purchaseRequests.justificationText,
          policyVersion: purchaseRequests.policyVersion,
          submittedAt: purchaseRequests.submittedAt,
          decidedAt: purchaseRequests.decidedAt,
          orderedIdr: sql<number>`sum(${orders.totalIdr})::bigint`.mapWith(Number),
          umkIdr: sql<number>`sum(${orders.umkTotalIdr})::bigint`.mapWith(Number),
          localIdr: sql<number>`sum(${orders.localTotalIdr})::bigint`.mapWith(Number),
        })
        .from(purchaseRequests)
        .innerJoin(orders, eq(orders.requestId, purchaseRequests.id))
        .where(
          and(
            inArray(purchaseRequests.opdId, [...params.opdIds]),
            sql`${orders.status} IN ${SPENDING}`,
            sql`${orders.placedAt} >= ${params.from.toISOString()}::timestamptz AND ${orders.placedAt} < ${params.to.toISOString()}::timestamptz`,
          ),
        )
        .groupBy(purchaseRequests.id)
        .orderBy(asc(purchaseRequests.decidedAt), asc(purchaseRequests.number));

// ---- orders -----------------------------------------------------------------------------------------------

export const insertOrder = async (db: DbOrTx, row: typeof orders.$inferInsert) => {
  const [inserted] = await db.insert(orders).values(row).returning();
  return inserted!;
};

export const insertOrderLines = (db: DbOrTx, rows: Array<typeof orderLines.$inferInsert>) =>
  rows.length === 0 ? Promise.resolve([]) : db.insert(orderLines).values(rows).returning();

export const findOrder = async (db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) => {
  const query = db.select().from(orders).where(eq(orders.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
};

export const listOrdersOfRequest = (db: DbOrTx, requestId: string) =>
  db.select().from(orders).where(eq(orders.requestId, requestId)).orderBy(asc(orders.number));

export const listOrderLines = (db: DbOrTx, orderId: string) =>
  db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.id));

export const updateOrder = async (db: DbOrTx, id: string, set: Partial<typeof orders.$inferInsert>) => {
  const [updated] = await db.update(orders).set(set).where(eq(orders.id, id)).returning();
  return updated!;
};

/** Adds received quantity only within what was ordered (the CHECK guards it too). */
export const addReceivedQuantity = async (db: DbOrTx, params: { orderLineId: string; orderId: string; quantity: number }) => {
  const updated = await db
    .update(orderLines)
    .set({ receivedQuantity: sql`${orderLines.receivedQuantity} + ${params.quantity}` })
    .where(
      and(
        eq(orderLines.id, params.orderLineId),
        eq(orderLines.orderId, params.orderId),
        sql`${orderLines.receivedQuantity} + ${params.quantity} <= ${orderLines.quantity}`,
      ),
    )
    .returning({ id: orderLines.id });
  return updated.length === 1;
};

export const insertReceipt = async (db: DbOrTx, row: typeof receipts.$inferInsert, lines: Array<{ orderLineId: string; quantity: number }>) => {
  const [receipt] = await db.insert(receipts).values(row).returning();
  await db.insert(receiptLines).values(lines.map((l) => ({ ...l, receiptId: receipt!.id })));
  return receipt!;
};

export const listReceiptsOfOrder = async (db: DbOrTx, orderId: string) => {
  // The signer's name is part of the BAST itself: every party printing it must see who signed.
  const rows = (
    await db
      .select({ receipt: receipts, signerName: users.name })
      .from(receipts)
      .innerJoin(users, eq(users.id, receipts.signedBy))
      .where(eq(receipts.orderId, orderId))
      .orderBy(asc(receipts.signedAt), asc(receipts.number))
  ).map((r) => ({ ...r.receipt, signerName: r.signerName }));
  if (rows.length === 0) return [];
  const lines = await db
    .select({ receiptId: receiptLines.receiptId, orderLineId: receiptLines.orderLineId, quantity: receiptLines.quantity })
    .from(receiptLines)
    .where(inArray(receiptLines.receiptId, rows.map((r) => r.id)));
  return rows.map((r) => ({ ...r, lines: lines.filter((l) => l.receiptId === r.id).map(({ orderLineId, quantity }) => ({ orderLineId, quantity })) }));
};

export const findRatingOfOrder = async (db: DbOrTx, orderId: string) => {
  const [row] = await db.select().from(ratings).where(eq(ratings.orderId, orderId)).limit(1);
  return row;
};

export const insertRating = async (db: DbOrTx, row: typeof ratings.$inferInsert) => {
  const [inserted] = await db.insert(ratings).values(row).onConflictDoNothing({ target: ratings.orderId }).returning();
  return inserted;
};

/** Recomputes a seller's rating from every rating row, so the average can never drift from the data. */
export const refreshBusinessRating = async (db: DbOrTx, businessId: string) => {
  const [row] = rowsOf<{ avg: string | null; count: number }>(
    await db.execute(sql`
      UPDATE businesses b SET rating_avg = s.avg, rating_count = s.count, updated_at = now()
      FROM (SELECT round(avg(stars)::numeric, 2) AS avg, count(*)::int AS count FROM ratings WHERE business_id = ${businessId}) s
      WHERE b.id = ${businessId}
      RETURNING b.rating_avg AS avg, b.rating_count AS count`),
  );
  return { avg: row?.avg === null || row?.avg === undefined ? null : Number(row.avg), count: num(row?.count) };
};

export const findBusinessName = async (db: DbOrTx, businessId: string) => {
  const [row] = await db.select({ id: businesses.id, name: businesses.legalName }).from(businesses).where(eq(businesses.id, businessId)).limit(1);
  return row;
};

/** Orders of the given OPDs and/or businesses, newest first, optionally in some statuses: order lists. */
export const listOrdersFor = (db: DbOrTx, params: { opdIds?: readonly string[]; businessIds?: readonly string[]; statuses?: ReadonlyArray<(typeof orders.$inferSelect)["status"]>; limit?: number }) => {
  const scopes = [
    params.opdIds && params.opdIds.length > 0 ? inArray(orders.opdId, [...params.opdIds]) : undefined,
    params.businessIds && params.businessIds.length > 0 ? inArray(orders.businessId, [...params.businessIds]) : undefined,
  ].filter((s) => s !== undefined);
  if (scopes.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      totalIdr: orders.totalIdr,
      businessId: orders.businessId,
      businessName: businesses.legalName,
      opdId: orders.opdId,
      opdName: opds.name,
      requestId: orders.requestId,
      placedAt: orders.placedAt,
      receivedAt: orders.receivedAt,
    })
    .from(orders)
    .innerJoin(businesses, eq(businesses.id, orders.businessId))
    .innerJoin(opds, eq(opds.id, orders.opdId))
    .where(
      and(
        scopes.length === 1 ? scopes[0] : sql`(${scopes[0]} OR ${scopes[1]})`,
        params.statuses && params.statuses.length > 0 ? inArray(orders.status, [...params.statuses]) : undefined,
      ),
    )
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(params.limit ?? 200);
};

/** The seller as it stood when the order's request was submitted (every line of one order has the same seller). */
export const findOrderSellerSnapshot = async (db: DbOrTx, orderId: string) => {
  const [row] = await db
    .select({
      nib: requestLines.sellerNib,
      name: requestLines.sellerName,
      kabupaten: requestLines.sellerKabupaten,
      scale: requestLines.sellerScale,
      isUmk: requestLines.sellerIsUmk,
    })
    .from(orderLines)
    .innerJoin(requestLines, eq(requestLines.id, orderLines.requestLineId))
    .where(eq(orderLines.orderId, orderId))
    .limit(1);
  return row ?? null;
};
