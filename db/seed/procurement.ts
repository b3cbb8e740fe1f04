import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  budgetLines, invoices, payments, type documentCounters, type holidays, type memberships, type orderLines, type orders, type policies,
  type purchaseRequests, type ratings, type receiptLines, type receipts, type requestLines, type users,
} from "@/db/schema";
import { requestTotalIdr } from "@/lib/domain/compliance/amounts";
import { evaluatePurchase } from "@/lib/domain/compliance/evaluate-purchase";
import { DEFAULT_NTB_POLICY, type JustificationCode } from "@/lib/domain/compliance/policy";
import type { PastOrder, PurchaseLine, SellerSnapshot } from "@/lib/domain/compliance/types";
import { counterKey, DOCUMENT_KINDS, formatDocumentNumber, opdDocumentCode, type DocumentKind } from "@/lib/domain/procurement/document-number";
import { requestLineSnapshot } from "@/lib/domain/procurement/request-line-snapshot";
import { groupBySeller } from "@/lib/domain/procurement/shares";
import { witaYear } from "@/lib/domain/time/wita";
import type { AuditActor, AuditEventInput } from "@/lib/domain/audit/audit-event";
import type { SeedRows } from "./build";
import { createRng } from "./random";
import { fiscalYearOf, witaDate, witaOfficeTime } from "./time";

/**
 * Procurement history for the NTB demo: policy version 1, the year's national holidays, and a modest,
 * deterministic set of purchase requests and orders across five OPDs — mostly UMK, a few non-UMK with
 * justifications, statuses across the order state machine — with budget commitments, document counters
 * and audit events consistent with them. Every stored decision is the real engine's verdict at that time.
 */

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export type ProcurementSeedRows = {
  users: Array<Row<typeof users> & { id: string }>;
  memberships: Array<Row<typeof memberships>>;
  policy: Row<typeof policies> & { id: string };
  holidays: Array<Row<typeof holidays>>;
  requests: Array<Row<typeof purchaseRequests> & { id: string }>;
  requestLines: Array<Row<typeof requestLines>>;
  orders: Array<Row<typeof orders> & { id: string }>;
  orderLines: Array<Row<typeof orderLines>>;
  receipts: Array<Row<typeof receipts>>;
  receiptLines: Array<Row<typeof receiptLines>>;
  ratings: Array<Row<typeof ratings>>;
  /** One invoice per BAST; most paid by SP2D/UP some days later, a few still open (and overdue). */
  invoices: Array<Row<typeof invoices> & { id: string }>;
  payments: Array<Row<typeof payments> & { id: string }>;
  /** Money each budget line has realized through the seeded payments (moved from committed). */
  realizedByBudgetLine: Map<string, number>;
  counters: Array<Row<typeof documentCounters>>;
  /** Money each budget line has committed for the seeded orders, added on top of the seeded base. */
  committedByBudgetLine: Map<string, number>;
  ratedBusinessIds: string[];
  audit: AuditEventInput[];
};

/**
 * Indonesia's national holidays and cuti bersama (SKB 3 Menteri) as seed data; lunar dates shift yearly, so
 * years without a list get only the fixed-date holidays. Admins keep the table current.
 */
const NATIONAL_HOLIDAYS: Record<number, Array<[string, string]>> = {
  2026: [
    ["01-01", "Tahun Baru Masehi"],
    ["01-16", "Isra Mikraj Nabi Muhammad SAW"],
    ["02-17", "Tahun Baru Imlek"],
    ["03-19", "Hari Suci Nyepi"],
    ["03-20", "Idul Fitri 1447 H"],
    ["03-21", "Idul Fitri 1447 H"],
    ["04-03", "Wafat Yesus Kristus"],
    ["05-01", "Hari Buruh Internasional"],
    ["05-14", "Kenaikan Yesus Kristus"],
    ["05-27", "Idul Adha 1447 H"],
    ["05-31", "Hari Raya Waisak"],
    ["06-01", "Hari Lahir Pancasila"],
    ["06-16", "Tahun Baru Islam 1448 H"],
    ["08-17", "Hari Kemerdekaan RI"],
    ["08-25", "Maulid Nabi Muhammad SAW"],
    ["12-25", "Hari Raya Natal"],
  ],
};
const FIXED_HOLIDAYS: Array<[string, string]> = [
  ["01-01", "Tahun Baru Masehi"],
  ["05-01", "Hari Buruh Internasional"],
  ["06-01", "Hari Lahir Pancasila"],
  ["08-17", "Hari Kemerdekaan RI"],
  ["12-25", "Hari Raya Natal"],
];
export const holidaysOfYear = (year: number) => (NATIONAL_HOLIDAYS[year] ?? FIXED_HOLIDAYS).map(([md, name]) => ({ date: `${year}-${md}`, name }));

type Outcome = "draft" | "submitted" | "returned" | "rejected" | "placed" | "accepted" | "declined" | "shipped" | "received" | "partial";

type Scenario = { opd: string; day: number; outcome: Outcome; nonUmk?: JustificationCode; sellers?: 1 | 2; rate?: number };

/** `day` is a position in the history (0 = oldest, 100 = yesterday), mapped into the fiscal year so far. */
const SCENARIOS: readonly Scenario[] = [
  { opd: "Dispar", day: 2, outcome: "received", sellers: 2, rate: 5 },
  { opd: "Diskop UKM", day: 5, outcome: "received", rate: 4 },
  { opd: "Dinkes", day: 8, outcome: "received", nonUmk: "technical_spec", rate: 4 },
  { opd: "Dekranasda", day: 10, outcome: "received", sellers: 2, rate: 5 },
  { opd: "Disperindag", day: 12, outcome: "received", rate: 3 },
  { opd: "Dispar", day: 15, outcome: "received", nonUmk: "no_umk_supplier" },
  { opd: "Diskop UKM", day: 20, outcome: "declined" },
  { opd: "Dinkes", day: 24, outcome: "received", rate: 5 },
  { opd: "Dispar", day: 28, outcome: "partial" },
  { opd: "Dekranasda", day: 33, outcome: "received", rate: 4 },
  { opd: "Disperindag", day: 38, outcome: "received", nonUmk: "technical_spec" },
  { opd: "Dispar", day: 42, outcome: "rejected" },
  { opd: "Diskop UKM", day: 47, outcome: "received", sellers: 2, rate: 5 },
  { opd: "Dinkes", day: 52, outcome: "shipped" },
  { opd: "Dispar", day: 56, outcome: "received", rate: 4 },
  { opd: "Dekranasda", day: 61, outcome: "received", rate: 5 },
  { opd: "Diskop UKM", day: 66, outcome: "returned" },
  { opd: "Disperindag", day: 70, outcome: "accepted", nonUmk: "emergency" },
  { opd: "Dispar", day: 74, outcome: "shipped", sellers: 2 },
  { opd: "Dinkes", day: 78, outcome: "declined" },
  { opd: "Dekranasda", day: 82, outcome: "accepted" },
  { opd: "Dispar", day: 86, outcome: "placed" },
  { opd: "Diskop UKM", day: 89, outcome: "placed" },
  { opd: "Dinkes", day: 92, outcome: "submitted" },
  { opd: "Dispar", day: 94, outcome: "submitted", nonUmk: "no_umk_supplier" },
  { opd: "Dispar", day: 99, outcome: "submitted" },
  { opd: "Dispar", day: 100, outcome: "draft" },
];

const JUSTIFICATION_TEXT: Record<JustificationCode, string> = {
  no_umk_supplier: "Tidak ada UMK terverifikasi di NTB yang menyediakan barang ini dalam jumlah yang dibutuhkan.",
  technical_spec: "Spesifikasi teknis (standar SNI dan garansi pabrik) hanya dipenuhi penyedia menengah ini.",
  emergency: "Kebutuhan mendesak untuk tanggap darurat banjir; penyedia UMK tidak dapat mengirim tepat waktu.",
};

const PURPOSES = [
  "Konsumsi rapat koordinasi bulanan",
  "Cendera mata tamu kunjungan kerja",
  "Perlengkapan pameran produk unggulan daerah",
  "Bahan kegiatan pelatihan UMK",
  "Jamuan tamu delegasi festival",
  "Kebutuhan ATK dan bahan cetak kegiatan",
];

/** Buyers and PPKs of two more OPDs, without passwords: more offices for the dashboards. */
const EXTRA_ACCOUNTS = [
  { email: "pembeli.disperindag@pasarumk.test", name: "Baiq Rahmi Hidayati", role: "buyer" as const, opd: "Disperindag" },
  { email: "ppk.disperindag@pasarumk.test", name: "H. Lalu Syamsul Hadi", role: "approver" as const, opd: "Disperindag" },
  { email: "pembeli.dekranasda@pasarumk.test", name: "Ni Made Sukerti", role: "buyer" as const, opd: "Dekranasda" },
  { email: "ppk.dekranasda@pasarumk.test", name: "Hj. Nurhasanah", role: "approver" as const, opd: "Dekranasda" },
];

const MAX_SEED_REQUEST_IDR = 40_000_000;

/**
 * How each fully received scenario (by index) was paid: days from BAST to payment and the method. Missing
 * indices stay unpaid, so the treasurer's queue and the payment clock have open and overdue orders; partial
 * receipts stay open too. Delays vary per OPD so the clock's median and p90 differ between offices.
 */
const PAYMENT_PLAN: Readonly<Record<number, { days: number; method: "sp2d" | "up" }>> = {
  0: { days: 2, method: "sp2d" },
  1: { days: 1, method: "up" },
  2: { days: 9, method: "sp2d" },
  3: { days: 4, method: "sp2d" },
  4: { days: 14, method: "sp2d" },
  5: { days: 12, method: "sp2d" },
  7: { days: 6, method: "up" },
  9: { days: 3, method: "sp2d" },
  10: { days: 21, method: "sp2d" },
  12: { days: 2, method: "up" },
};

export const buildProcurementSeed = (data: SeedRows, now: Date): ProcurementSeedRows => {
  const rng = createRng(0x5052_4f43); // "PROC"
  const ids = rng.fork("ids");
  const fiscalYear = fiscalYearOf(now);
  const ntb = data.regions.find((r) => r.code === "52")!;
  const admin = data.users.find((u) => u.email === "admin@pasarumk.test")!;
  const adminActor: AuditActor = { id: admin.id, label: admin.email };
  const audit: AuditEventInput[] = [];

  // Extra accounts
  const extraUsers = EXTRA_ACCOUNTS.map((a, i) => ({
    id: ids.uuid(),
    email: a.email,
    name: a.name,
    passwordHash: null,
    isActive: true,
    createdAt: witaOfficeTime(now, 400 - i, 9, 10 + i),
  }));
  const opdByShort = new Map(data.opds.map((o) => [o.shortName, o]));
  const extraMemberships = EXTRA_ACCOUNTS.map((a, i) => ({
    id: ids.uuid(),
    userId: extraUsers[i]!.id,
    role: a.role,
    regionId: ntb.id,
    opdId: opdByShort.get(a.opd)!.id,
    businessId: null,
    createdAt: extraUsers[i]!.createdAt,
  }));
  extraUsers.forEach((u, i) =>
    audit.push({
      actor: { id: null, label: "system" },
      action: "user.created",
      entity: "user",
      entityId: u.id,
      data: { email: u.email, name: u.name, roles: [EXTRA_ACCOUNTS[i]!.role], source: "seed" },
      at: u.createdAt,
    }),
  );
  const allMemberships = [...data.memberships, ...extraMemberships];
  const allUsers = [...data.users, ...extraUsers];
  const userOf = (opdId: string, role: "buyer" | "approver") => {
    const m = allMemberships.find((x) => x.opdId === opdId && x.role === role)!;
    return allUsers.find((u) => u.id === m.userId)!;
  };

  // Policy version 1 and holidays
  const policyEffectiveFrom = `${Math.min(Number(DEFAULT_NTB_POLICY.effectiveFrom.slice(0, 4)), fiscalYear)}-01-01`;
  const policyCreatedAt = new Date(Math.min(Date.UTC(fiscalYear, 0, 2, 0, 30), now.getTime() - 60_000));
  const policy = {
    id: ids.uuid(),
    regionId: ntb.id,
    version: 1,
    effectiveFrom: policyEffectiveFrom,
    rules: DEFAULT_NTB_POLICY.rules as unknown as Record<string, unknown>,
    note: "Kebijakan awal NTB: Perpres 12/2021, Perpres 16/2018, Pergub NTB 43/2020, Permendagri 79/2022, PP 42/2024.",
    authorId: admin.id,
    createdAt: policyCreatedAt,
  };
  audit.push({
    actor: adminActor,
    action: "policy.version_saved",
    entity: "policy",
    entityId: policy.id,
    data: { regionId: ntb.id, version: 1, previousVersion: null, effectiveFrom: policyEffectiveFrom, note: policy.note, diff: [] },
    at: policyCreatedAt,
  });
  const holidayRows = [fiscalYear, fiscalYear + 1].flatMap((year) =>
    holidaysOfYear(year).map((h) => ({ id: ids.uuid(), regionId: ntb.id, date: h.date, name: h.name })),
  );

  // What the engine needs about sellers and products
  const regionById = new Map(data.regions.map((r) => [r.id, r]));
  const categoryById = new Map(data.categories.map((c) => [c.id, c]));
  const businessById = new Map(data.businesses.map((b) => [b.id, b]));
  const snapshotOf = (businessId: string): SellerSnapshot => {
    const b = businessById.get(businessId)!;
    const region = regionById.get(b.regionId)!;
    return {
      businessId,
      nib: b.nib,
      name: b.legalName,
      scale: b.scale,
      isUmk: b.scale === "mikro" || b.scale === "kecil",
      verificationStatus: b.verificationStatus ?? "pending",
      verifiedAt: b.verifiedAt ? b.verifiedAt.toISOString() : null,
      kabupaten: region.name,
      provinceRegionId: region.parentId ?? region.id,
      certifications: data.certifications
        .filter((c) => c.businessId === businessId)
        .map((c) => ({ kind: c.kind, expiresOn: c.expiresOn ?? null })),
    };
  };
  const buyable = data.products.filter((p) => {
    const b = businessById.get(p.businessId)!;
    return p.status === "active" && b.verificationStatus === "verified";
  });
  const umkProducts = buyable.filter((p) => ["mikro", "kecil"].includes(businessById.get(p.businessId)!.scale));
  const nonUmkProducts = buyable.filter((p) => !["mikro", "kecil"].includes(businessById.get(p.businessId)!.scale));

  // History
  const span = Math.max(8, Math.min(150, Number(witaDate(now).slice(5, 7)) * 30 + Number(witaDate(now).slice(8, 10)) - 32));
  const daysAgoOf = (day: number) => Math.max(1, Math.round(span - (day / 100) * (span - 1)));
  // Early in the year the history is squeezed into a few days; nothing may lie in the future.
  let lastPast = now.getTime() - 3_600_000;
  const inPast = (at: Date) => (at.getTime() < now.getTime() - 60_000 ? at : new Date((lastPast += 1_000)));
  const committed = new Map<string, number>();
  const counters = new Map<string, number>();
  const nextNumber = (kind: DocumentKind, opdShort: string, at: Date) => {
    const year = witaYear(at);
    const key = `${counterKey(kind, opdShort)}|${year}`;
    const value = (counters.get(key) ?? 0) + 1;
    counters.set(key, value);
    return formatDocumentNumber(kind, year, opdShort, value);
  };
  const history = new Map<string, Array<PastOrder & { umkIdr: number }>>();

  const out: Pick<ProcurementSeedRows, "requests" | "requestLines" | "orders" | "orderLines" | "receipts" | "receiptLines" | "ratings" | "invoices" | "payments"> = {
    requests: [], requestLines: [], orders: [], orderLines: [], receipts: [], receiptLines: [], ratings: [], invoices: [], payments: [],
  };
  const realized = new Map<string, number>();
  const rated = new Set<string>();

  SCENARIOS.forEach((scenario, index) => {
    const opd = opdByShort.get(scenario.opd)!;
    const buyer = userOf(opd.id, "buyer");
    const approver = userOf(opd.id, "approver");
    const buyerActor = { id: buyer.id, label: buyer.email };
    const approverActor = { id: approver.id, label: approver.email };
    const daysAgo = scenario.outcome === "submitted" ? [6, 2, 1][index % 3]! : daysAgoOf(scenario.day);
    const submittedAt = inPast(witaOfficeTime(now, daysAgo, 9, 5 + index));
    const lineRng = rng.fork(`scenario-${index}`);
    const pastOrders = history.get(opd.id) ?? [];
    const opdYear = pastOrders.reduce((acc, o) => ({ totalIdr: acc.totalIdr + o.lines.reduce((s, l) => s + l.amountIdr, 0), umkIdr: acc.umkIdr + o.umkIdr }), { totalIdr: 0, umkIdr: 0 });
    const justification = scenario.nonUmk ? { code: scenario.nonUmk, text: JUSTIFICATION_TEXT[scenario.nonUmk] } : null;
    const opdLines = data.budgetLines.filter((l) => l.opdId === opd.id);

    // Pick lines until the engine lets the cart through (food without permits, rotation… are skipped).
    let chosen: { lines: PurchaseLine[]; products: typeof buyable; budgetLine: (typeof opdLines)[number] } | null = null;
    for (let attempt = 0; attempt < 40 && !chosen; attempt += 1) {
      const pool = scenario.nonUmk && attempt % 2 === 0 ? nonUmkProducts : umkProducts;
      const first = lineRng.pick(pool);
      const picks = [first];
      if ((scenario.sellers ?? 1) === 2) {
        const second = lineRng.pick(umkProducts.filter((p) => p.businessId !== first.businessId));
        picks.push(second);
      }
      const lines = picks.map((p): PurchaseLine => {
        const category = categoryById.get(p.categoryId)!;
        const minOrder = p.minOrder ?? 1;
        let quantity = lineRng.int(minOrder, minOrder + 4);
        while (quantity > minOrder && quantity * p.priceIdr > MAX_SEED_REQUEST_IDR / 2) quantity -= 1;
        return { productId: p.id!, title: p.title, categorySlug: category.slug, isFood: category.isFood ?? false, quantity, unitPriceIdr: p.priceIdr, seller: snapshotOf(p.businessId) };
      });
      const total = requestTotalIdr(lines);
      if (total > MAX_SEED_REQUEST_IDR) continue;
      const budgetLine = opdLines.find((l) => l.ceilingIdr - (l.committedIdr ?? 0) - (l.realizedIdr ?? 0) - (committed.get(l.id) ?? 0) >= total);
      if (!budgetLine) continue;
      const decision = evaluatePurchase(
        { lines, justification },
        {
          now: submittedAt,
          buyerProvinceRegionId: ntb.id,
          budget: { ceilingIdr: budgetLine.ceilingIdr, committedIdr: (budgetLine.committedIdr ?? 0) + (committed.get(budgetLine.id) ?? 0), realizedIdr: budgetLine.realizedIdr ?? 0 },
          opdOrders: [...pastOrders].reverse(),
          opdYear,
        },
        DEFAULT_NTB_POLICY,
      );
      const wantsException = Boolean(scenario.nonUmk);
      const isException = decision.findings.some((f) => f.rule === "UMK_ONLY");
      if (decision.verdict === "block" || wantsException !== isException) continue;
      chosen = { lines, products: picks, budgetLine };
      const totalIdr = total;
      const requestId = ids.uuid();
      const status =
        scenario.outcome === "draft" || scenario.outcome === "submitted" || scenario.outcome === "returned" || scenario.outcome === "rejected"
          ? scenario.outcome
          : ("ordered" as const);
      const decidedAt = inPast(witaOfficeTime(now, Math.max(daysAgo - 1, 0), 10, 15 + index));
      const isDecided = status === "ordered" || status === "rejected" || status === "returned";
      const number = nextNumber(DOCUMENT_KINDS.purchaseRequest, opd.shortName, submittedAt);
      out.requests.push({
        id: requestId,
        number,
        opdId: opd.id,
        budgetLineId: budgetLine.id,
        buyerId: buyer.id,
        purpose: PURPOSES[index % PURPOSES.length]!,
        neededBy: witaDate(witaOfficeTime(now, daysAgo - 14, 9, 0)),
        eventId: null,
        status,
        justificationCode: justification?.code ?? null,
        justificationText: justification?.text ?? null,
        totalIdr,
        complianceDecision: decision as unknown as Record<string, unknown>,
        policyId: policy.id,
        policyVersion: 1,
        submittedAt: status === "draft" ? null : submittedAt,
        decidedAt: isDecided ? decidedAt : null,
        decidedBy: isDecided ? approver.id : null,
        decisionNote:
          status === "rejected"
            ? "Kegiatan dibatalkan; anggaran dialihkan ke kegiatan prioritas."
            : status === "returned"
              ? "Mohon sesuaikan jumlah dengan daftar peserta terbaru."
              : null,
        createdAt: submittedAt,
        updatedAt: isDecided ? decidedAt : submittedAt,
      });
      const requestLineIds = lines.map(() => ids.uuid());
      lines.forEach((l, i) => {
        const product = picks[i]!;
        out.requestLines.push({ id: requestLineIds[i]!, requestId, ...requestLineSnapshot(l, product.isLocal) });
      });
      audit.push({
        actor: buyerActor,
        action: status === "draft" ? "purchase_request.drafted" : "purchase_request.submitted",
        entity: "purchase_request",
        entityId: requestId,
        data: {
          number, opdId: opd.id, budgetLineId: budgetLine.id, totalIdr, verdict: decision.verdict,
          rules: decision.findings.map((f) => `${f.rule}:${f.severity}`), policyId: policy.id, policyVersion: 1,
          justificationCode: justification?.code ?? null, source: "seed",
        },
        at: submittedAt,
      });
      if (status === "rejected" || status === "returned") {
        audit.push({
          actor: approverActor,
          action: `purchase_request.${status}`,
          entity: "purchase_request",
          entityId: requestId,
          data: status === "rejected" ? { number, reason: out.requests.at(-1)!.decisionNote } : { number, note: out.requests.at(-1)!.decisionNote },
          at: decidedAt,
        });
      }
      if (status !== "ordered") return;

      // Approved: one order per seller, budget committed (released again if declined).
      const withIds = lines.map((l, i) => ({ ...l, businessId: l.seller.businessId, requestLineId: requestLineIds[i]!, isLocal: picks[i]!.isLocal }));
      const orderNumbers: string[] = [];
      const stageAt = (offset: number, hour: number) => inPast(witaOfficeTime(now, Math.max(daysAgo - offset, 0), hour, 20 + index));
      const placed = groupBySeller(withIds).map((group) => {
        const orderId = ids.uuid();
        const orderTotal = requestTotalIdr(group.lines);
        const orderNumber = nextNumber(DOCUMENT_KINDS.suratPesanan, opd.shortName, decidedAt);
        orderNumbers.push(orderNumber);
        return { orderId, orderTotal, orderNumber, group };
      });
      const releases = scenario.outcome === "declined";
      if (!releases) committed.set(budgetLine.id, (committed.get(budgetLine.id) ?? 0) + totalIdr);
      audit.push({
        actor: approverActor,
        action: "purchase_request.approved",
        entity: "purchase_request",
        entityId: requestId,
        data: { number, totalIdr, budgetLineId: budgetLine.id, verdictAtApproval: decision.verdict, policyId: policy.id, policyVersion: 1, orders: orderNumbers, source: "seed" },
        at: decidedAt,
      });
      for (const { orderId, orderTotal, orderNumber, group } of placed) {
        const outcome = scenario.outcome;
        const reached = (stage: Outcome) => {
          const order: Outcome[] = ["placed", "accepted", "shipped", "received"];
          const target = outcome === "partial" ? "received" : outcome;
          return order.indexOf(stage) <= order.indexOf(target as Outcome) && order.indexOf(target as Outcome) >= 0;
        };
        const acceptedAt = reached("accepted") ? stageAt(2, 11) : null;
        const shippedAt = reached("shipped") ? stageAt(3, 13) : null;
        const receivedAt = reached("received") ? stageAt(5, 10) : null;
        const declinedAt = outcome === "declined" ? stageAt(2, 11) : null;
        const status =
          outcome === "declined" ? "declined" : outcome === "partial" ? "received" : (outcome as "placed" | "accepted" | "shipped" | "received");
        out.orders.push({
          id: orderId,
          number: orderNumber,
          requestId,
          businessId: group.businessId,
          opdId: opd.id,
          budgetLineId: budgetLine.id,
          status,
          totalIdr: orderTotal,
          umkTotalIdr: group.lines.reduce((sum, l) => sum + (l.seller.isUmk ? l.quantity * l.unitPriceIdr : 0), 0),
          localTotalIdr: group.lines.reduce((sum, l) => sum + (l.isLocal ? l.quantity * l.unitPriceIdr : 0), 0),
          placedAt: decidedAt,
          acceptedAt,
          declinedAt,
          declineReason: declinedAt ? "Stok bahan baku habis karena pesanan pameran; tidak sanggup memenuhi tenggat." : null,
          shippedAt,
          shipNote: shippedAt ? "Diantar kurir toko ke kantor." : null,
          receivedAt,
        });
        const orderLineIds = group.lines.map(() => ids.uuid());
        group.lines.forEach((l, i) => {
          const received = receivedAt ? (outcome === "partial" && i === 0 ? Math.max(0, l.quantity - 1) : l.quantity) : 0;
          out.orderLines.push({
            id: orderLineIds[i]!,
            orderId,
            requestLineId: l.requestLineId,
            productId: l.productId,
            title: l.title,
            categorySlug: l.categorySlug,
            quantity: l.quantity,
            unitPriceIdr: l.unitPriceIdr,
            receivedQuantity: received,
            sellerIsUmk: l.seller.isUmk,
            isLocal: l.isLocal,
          });
        });
        audit.push({
          actor: approverActor,
          action: "order.placed",
          entity: "order",
          entityId: orderId,
          data: { number: orderNumber, requestId, businessId: group.businessId, opdId: opd.id, totalIdr: orderTotal, lineCount: group.lines.length },
          at: decidedAt,
        });
        const sellerMembership = allMemberships.find((m) => m.role === "seller" && m.businessId === group.businessId);
        const sellerUser = sellerMembership ? allUsers.find((u) => u.id === sellerMembership.userId) : undefined;
        const sellerActor: AuditActor = sellerUser ? { id: sellerUser.id, label: sellerUser.email } : { id: null, label: `business:${group.businessId}` };
        if (declinedAt) {
          audit.push({
            actor: sellerActor, action: "order.declined", entity: "order", entityId: orderId,
            data: { number: orderNumber, reason: "Stok bahan baku habis karena pesanan pameran; tidak sanggup memenuhi tenggat.", releasedBudgetIdr: orderTotal, budgetLineId: budgetLine.id },
            at: declinedAt,
          });
        }
        if (acceptedAt) audit.push({ actor: sellerActor, action: "order.accepted", entity: "order", entityId: orderId, data: { number: orderNumber, businessId: group.businessId }, at: acceptedAt });
        if (shippedAt) audit.push({ actor: sellerActor, action: "order.shipped", entity: "order", entityId: orderId, data: { number: orderNumber, note: "Diantar kurir toko ke kantor." }, at: shippedAt });
        if (receivedAt) {
          const receiptId = ids.uuid();
          const bastNumber = nextNumber(DOCUMENT_KINDS.bast, opd.shortName, receivedAt);
          const lines = out.orderLines.filter((l) => l.orderId === orderId && (l.receivedQuantity ?? 0) > 0);
          const valueIdr = lines.reduce((s, l) => s + (l.receivedQuantity ?? 0) * l.unitPriceIdr, 0);
          out.receipts.push({ id: receiptId, number: bastNumber, orderId, signedBy: buyer.id, signedAt: receivedAt, receivedValueIdr: valueIdr, note: null });
          for (const l of lines) out.receiptLines.push({ id: ids.uuid(), receiptId, orderLineId: l.id!, quantity: l.receivedQuantity! });
          audit.push({
            actor: buyerActor, action: "order.received", entity: "order", entityId: orderId,
            data: { number: orderNumber, bastId: receiptId, bastNumber, receivedValueIdr: valueIdr, complete: outcome !== "partial", lines: lines.map((l) => ({ orderLineId: l.id, quantity: l.receivedQuantity })) },
            at: receivedAt,
          });
          const invoiceId = ids.uuid();
          const invoiceNumber = nextNumber(DOCUMENT_KINDS.invoice, opd.shortName, receivedAt);
          const plan = outcome === "partial" ? undefined : PAYMENT_PLAN[index];
          const paidAt = plan ? witaOfficeTime(receivedAt, -plan.days, 10, 15 + index) : null;
          const isPaid = paidAt !== null && paidAt.getTime() < now.getTime() - 3_600_000;
          const paymentId = isPaid ? ids.uuid() : null;
          out.invoices.push({ id: invoiceId, number: invoiceNumber, orderId, receiptId, amountIdr: valueIdr, status: isPaid ? "paid" : "open", issuedAt: receivedAt, paymentId, paidAt: isPaid ? paidAt : null });
          audit.push({
            actor: buyerActor, action: "invoice.issued", entity: "invoice", entityId: invoiceId,
            data: { orderId, orderNumber, number: invoiceNumber, bastId: receiptId, bastNumber, amountIdr: valueIdr },
            at: receivedAt,
          });
          out.orders.at(-1)!.status = isPaid ? "paid" : "invoiced";
          if (isPaid && plan && paymentId) {
            const reference = `${plan.method.toUpperCase()}/${witaYear(paidAt!)}/${opdDocumentCode(opd.shortName)}/${String(index + 1).padStart(4, "0")}${orderNumber.slice(-2)}`;
            const treasurer = allMemberships.find((m) => m.role === "treasurer" && m.opdId === opd.id);
            out.payments.push({
              id: paymentId, orderId, method: plan.method, status: "succeeded", amountIdr: valueIdr, reference, paidAt: paidAt!, recordedBy: treasurer?.userId ?? null,
              createdAt: paidAt!, updatedAt: paidAt!,
            });
            realized.set(budgetLine.id, (realized.get(budgetLine.id) ?? 0) + valueIdr);
            const treasurerUser = treasurer ? allUsers.find((u) => u.id === treasurer.userId) : undefined;
            audit.push({
              actor: treasurerUser ? { id: treasurerUser.id, label: treasurerUser.email } : { id: null, label: `treasurer:${opd.shortName}` },
              action: "payment.succeeded", entity: "payment", entityId: paymentId,
              data: { orderId, orderNumber, method: plan.method, reference, amountIdr: valueIdr, paidAt: paidAt!.toISOString(), invoiceIds: [invoiceId], budgetLineId: budgetLine.id, realizedIdr: valueIdr, orderStatus: "paid", source: "seed" },
              at: paidAt!,
            });
          }
          if (scenario.rate) {
            const ratedAt = stageAt(6, 14);
            out.ratings.push({ id: ids.uuid(), orderId, businessId: group.businessId, stars: scenario.rate, comment: "Barang sesuai pesanan dan tepat waktu.", ratedBy: buyer.id, createdAt: ratedAt });
            rated.add(group.businessId);
            audit.push({ actor: buyerActor, action: "order.rated", entity: "order", entityId: orderId, data: { number: orderNumber, businessId: group.businessId, stars: scenario.rate }, at: ratedAt });
          }
        }
        if (!releases) {
          const umkIdr = group.lines.filter((l) => l.seller.isUmk).reduce((s, l) => s + l.quantity * l.unitPriceIdr, 0);
          pastOrders.push({ businessId: group.businessId, at: decidedAt, lines: group.lines.map((l) => ({ categorySlug: l.categorySlug, amountIdr: l.quantity * l.unitPriceIdr })), umkIdr });
        }
      }
      history.set(opd.id, pastOrders);
    }
  });

  // Events in the order they happened, so the chain reads as a history.
  audit.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
  return {
    users: extraUsers,
    memberships: extraMemberships,
    policy,
    holidays: holidayRows,
    ...out,
    counters: [...counters].map(([key, lastValue]) => {
      const [kind, year] = key.split("|");
      return { kind: kind!, year: Number(year), lastValue };
    }),
    committedByBudgetLine: committed,
    realizedByBudgetLine: realized,
    ratedBusinessIds: [...rated].sort(),
    audit,
  };
};

/**
 * Inserts the seeded invoices and payments (after orders and receipts) and moves each paid amount from
 * committed to realized on its budget line — run after the commitments are applied.
 */
export const seedPayments = async (tx: DbOrTx, seed: Pick<ProcurementSeedRows, "invoices" | "payments" | "realizedByBudgetLine">) => {
  if (seed.payments.length > 0) await tx.insert(payments).values(seed.payments);
  if (seed.invoices.length > 0) await tx.insert(invoices).values(seed.invoices);
  for (const [budgetLineId, amountIdr] of [...seed.realizedByBudgetLine].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await tx
      .update(budgetLines)
      .set({ committedIdr: sql`${budgetLines.committedIdr} - ${amountIdr}`, realizedIdr: sql`${budgetLines.realizedIdr} + ${amountIdr}` })
      .where(eq(budgetLines.id, budgetLineId));
  }
};
