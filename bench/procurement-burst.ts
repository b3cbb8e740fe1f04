/**
 * The 1000-way burst of `npm run bench:procurement`: one hot product with little stock, bought against two budget
 * lines of the same OPD — one a few units from its ceiling, one roomy — so the stock runs out and the tight line
 * fills up within the same run. All requests are submitted first; then every approval is started at once, and the
 * pool (DATABASE_POOL_MAX) is all that queues them. Afterwards the database, not the outcomes, says whether a unit
 * was oversold or a rupiah over-committed. Imported only after bench/procurement.ts pointed lib/env at its Postgres.
 */
import { sql } from "drizzle-orm";
import { db } from "../db/client";
import type { Viewer } from "../lib/domain/auth/roles";
import { toAppError } from "../lib/errors";
import { approvePurchaseRequest } from "../lib/services/procurement/approve-purchase-request";
import { submitPurchaseRequest } from "../lib/services/procurement/submit-purchase-request";

const JUSTIFICATION = { code: "technical_spec" as const, text: "Benchmark: spesifikasi teknis hanya dipenuhi penyedia ini." };

export type BurstSettings = { requests: number; stock: number; tightLineUnits: number };
export const BURST: BurstSettings = { requests: 1_000, stock: 300, tightLineUnits: 120 };

const one = async <T>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as T[])[0]!;

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

let unexpectedShown = 0;
/** Outcome of one approval: "approved", or the error's machine reason ("insufficient_stock", …, or its code). */
const outcomeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "approved",
    (error: unknown) => {
      const appError = toAppError(error);
      const reason = (appError.details as { reason?: string } | undefined)?.reason ?? appError.code;
      if (!["insufficient_stock", "insufficient_budget"].includes(reason) && unexpectedShown++ < 3) console.error(error);
      return reason;
    },
  );

const countBy = (values: string[]) => values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});

type Sampled = <T>(label: string, run: () => Promise<T>) => Promise<T>;

export const runApprovalBurst = async (options: {
  buyer: Viewer;
  approver: Viewer;
  opdId: string;
  fiscalYear: number;
  productId: string;
  settings?: BurstSettings;
  /** Wraps each phase (e.g. bench/wait-sampler.ts); by default just runs it. */
  sampled?: Sampled;
}) => {
  const { buyer, approver, opdId, fiscalYear, productId, settings = BURST, sampled = (_label, run) => run() } = options;
  const { priceIdr } = await one<{ priceIdr: number }>(sql`SELECT price_idr::int AS "priceIdr" FROM products WHERE id = ${productId}`);
  await db.execute(sql`UPDATE products SET stock = ${settings.stock} WHERE id = ${productId}`);
  // Room for tightLineUnits units and a little change, never one more: "near its ceiling".
  const tight = await one<{ id: string }>(sql`
    INSERT INTO budget_lines (opd_id, fiscal_year, code, name, ceiling_idr)
    VALUES (${opdId}, ${fiscalYear}, '9.9.burst.tight', 'Benchmark, near its ceiling', ${priceIdr * settings.tightLineUnits + Math.floor(priceIdr / 2)}) RETURNING id`);
  const roomy = await one<{ id: string }>(sql`
    INSERT INTO budget_lines (opd_id, fiscal_year, code, name, ceiling_idr)
    VALUES (${opdId}, ${fiscalYear}, '9.9.burst.roomy', 'Benchmark, roomy', ${priceIdr * settings.requests * 10}) RETURNING id`);

  // Every other request charges the tight line, so both lines compete for the same stock throughout.
  const submitStart = process.hrtime.bigint();
  const requests = await sampled(`burst: ${settings.requests} submits`, () => Promise.all(
    Array.from({ length: settings.requests }, (_, i) =>
      submitPurchaseRequest(buyer, {
        budgetLineId: i % 2 === 0 ? tight.id : roomy.id,
        purpose: `Benchmark burst ${i}`,
        lines: [{ productId, quantity: 1 }],
        justification: JUSTIFICATION,
      }),
    ),
  ));
  const submitMs = elapsedMs(submitStart);

  const approveStart = process.hrtime.bigint();
  const outcomes = await sampled(`burst: ${settings.requests} approvals`, () => Promise.all(requests.map((r) => outcomeOf(approvePurchaseRequest(approver, r.id)))));
  const approveMs = elapsedMs(approveStart);

  const units = await one<{ ordered: number; stockLeft: number }>(sql`
    SELECT (SELECT coalesce(sum(ol.quantity), 0)::int FROM order_lines ol JOIN orders o ON o.id = ol.order_id
            WHERE ol.product_id = ${productId} AND o.budget_line_id IN (${tight.id}, ${roomy.id})) AS ordered,
           (SELECT stock FROM products WHERE id = ${productId}) AS "stockLeft"`);
  const money = (await db.execute(sql`
    SELECT bl.code, bl.ceiling_idr::bigint AS ceiling, bl.committed_idr::bigint AS committed, bl.realized_idr::bigint AS realized,
           coalesce((SELECT sum(o.total_idr) FROM orders o WHERE o.budget_line_id = bl.id), 0)::bigint AS ordered
    FROM budget_lines bl WHERE bl.id IN (${tight.id}, ${roomy.id})`)) as unknown as Array<Record<string, string>>;

  const approved = outcomes.filter((o) => o === "approved").length;
  return {
    settings,
    priceIdr,
    submitMs,
    approveMs,
    approved,
    outcomes: countBy(outcomes),
    approvalsPerSecond: approved / (approveMs / 1000),
    decisionsPerSecond: outcomes.length / (approveMs / 1000),
    /** Units in orders beyond the stock there was, or stock gone negative: must be 0. */
    oversoldUnits: Math.max(0, units.ordered - settings.stock, -units.stockLeft),
    /** Stock bookkeeping: what is left plus what was ordered is what there was. */
    stockConsistent: units.stockLeft + units.ordered === settings.stock,
    /** Rupiah committed beyond a line's ceiling, summed over both lines: must be 0. */
    overCommittedIdr: money.reduce((sum, l) => sum + Math.max(0, Number(l.committed) + Number(l.realized) - Number(l.ceiling)), 0),
    /** Budget bookkeeping: each line's commitment equals the orders charged to it. */
    budgetConsistent: money.every((l) => Number(l.committed) === Number(l.ordered)),
    tightLine: money.filter((l) => l.code === "9.9.burst.tight").map((l) => ({ ceilingIdr: Number(l.ceiling), committedIdr: Number(l.committed) }))[0]!,
    stockLeft: units.stockLeft,
  };
};
