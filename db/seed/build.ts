import bcrypt from "bcryptjs";
import type {
  budgetLines, businessCertifications, businesses, categories, memberships, opds, products, regions, users,
} from "@/db/schema";
import { DEMO_PASSWORD } from "@/lib/domain/auth/sign-in-policy";
import { classifyBusinessScale } from "@/lib/domain/business/scale";
import { bankByCode } from "@/lib/domain/business/bank-account";
import { SYSTEM_ACTOR, type AuditActor, type AuditEventInput } from "@/lib/domain/audit/audit-event";
import { BUSINESSES, DEMO_SELLER_BUSINESS_KEY, type BusinessSeed, type CertificationSeed, type SizeHint } from "./data/businesses";
import { CATEGORIES } from "./data/categories";
import { PROVINCIAL_OPDS } from "./data/opds";
import { templatesOf, type ProductTemplate } from "./data/products";
import { ALL_REGIONS, NTB_CODE, SURABAYA_CODE, timeZoneOf } from "./data/regions";
import { ALL_ACCOUNTS, rolesOfAccount } from "./demo-accounts";
import { createRng, roundPrice, type Rng } from "./random";
import { addYears, daysBetween, earliest, fiscalYearOf, latest, witaDate, witaOfficeTime } from "./time";

type RegionRow = typeof regions.$inferInsert & { id: string };
type OpdRow = typeof opds.$inferInsert & { id: string };
type BudgetLineRow = typeof budgetLines.$inferInsert & { id: string };
type CategoryRow = typeof categories.$inferInsert & { id: string };
type UserRow = typeof users.$inferInsert & { id: string };
type MembershipRow = typeof memberships.$inferInsert;
type BusinessRow = typeof businesses.$inferInsert & { id: string };
type CertificationRow = typeof businessCertifications.$inferInsert;
type ProductRow = typeof products.$inferInsert;

export type SeedRows = {
  regions: RegionRow[];
  opds: OpdRow[];
  categories: CategoryRow[];
  users: UserRow[];
  budgetLines: BudgetLineRow[];
  businesses: BusinessRow[];
  certifications: CertificationRow[];
  memberships: MembershipRow[];
  products: ProductRow[];
  /** Audit events in append order, grouped by the step that writes them. */
  audit: { users: AuditEventInput[]; budgetLines: AuditEventInput[]; businesses: AuditEventInput[] };
  demo: { adminUserId: string; sellerBusinessId: string };
};

/** Fixed so that every run, on every machine, yields the same ids and values. */
const SEED = 0x5241_4d55; // "PASAR UMK", loosely

const JT = 1_000_000;

const sizeRanges: Record<SizeHint, { capital: [number, number]; turnover: [number, number] }> = {
  mikro: { capital: [10 * JT, 600 * JT], turnover: [60 * JT, 1_800 * JT] },
  kecil: { capital: [300 * JT, 4_500 * JT], turnover: [2_200 * JT, 14_000 * JT] },
  menengah: { capital: [5_500 * JT, 9_500 * JT], turnover: [16_000 * JT, 48_000 * JT] },
  besar: { capital: [12_000 * JT, 40_000 * JT], turnover: [55_000 * JT, 150_000 * JT] },
};

/** Payout banks of the demo sellers, by sandi bank: BNI, BRI, Bank NTB Syariah (names and lengths from the domain list). */
const BANK_CODES = ["009", "002", "128"] as const;

const NIB_PREFIXES = ["9120", "8120", "1220", "0220"] as const;

/** First two digits of the PIRT food-type code, by KBLI. */
const PIRT_FOOD_TYPE: Record<string, string> = {
  "10761": "10", // kopi, teh
  "10799": "09", // madu
  "10794": "06", // keripik, kerupuk, dodol
  "10710": "06", // kue
  "11040": "13", // minuman serbuk
  "56210": "06",
};

const bcryptSalt = (rng: Rng) => {
  const alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const body = Array.from({ length: 21 }, () => rng.pick([...alphabet])).join("");
  // The 22nd character carries only 2 bits of the 128-bit salt; these four are the canonical ones.
  return `$2b$10$${body}${rng.pick([".", "O", "e", "u"])}`;
};

const fill = (text: string, place: string, variant: string) => text.replaceAll("{tempat}", place).replaceAll("{varian}", variant);

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

type Candidate = { template: ProductTemplate; title: string; price: readonly [number, number] };

const candidatesOf = (business: BusinessSeed): Candidate[] =>
  business.groups.flatMap((group) =>
    templatesOf(group).flatMap((template): Candidate[] =>
      (template.variants ?? [""]).map((variant) => {
        const label = typeof variant === "string" ? variant : variant.label;
        const price = typeof variant === "string" ? template.price : variant.price;
        return { template, title: fill(template.title, business.place, label), price };
      }),
    ),
  );

/**
 * Builds every row of the NTB demo data from `now` (and the demo accounts' password) alone. The one bcrypt
 * hash uses a salt drawn from the seeded generator, so the output, hash included, is identical on every run.
 */
export const buildSeedData = (now: Date, password: string = DEMO_PASSWORD): SeedRows => {
  const root = createRng(SEED);
  const ids = root.fork("ids");
  const fiscalYear = fiscalYearOf(now);

  // Regions
  const regionRows: RegionRow[] = [];
  const regionByCode = new Map<string, RegionRow>();
  for (const seed of ALL_REGIONS) {
    const parent = seed.parentCode ? regionByCode.get(seed.parentCode) : undefined;
    const row: RegionRow = {
      id: ids.uuid(),
      code: seed.code,
      name: seed.name,
      kind: seed.kind,
      parentId: parent?.id ?? null,
      timeZone: timeZoneOf(seed.code),
    };
    regionRows.push(row);
    regionByCode.set(seed.code, row);
  }
  const regionOf = (code: string) => {
    const region = regionByCode.get(code);
    if (!region) throw new Error(`Seed data names unknown region ${code}`);
    return region;
  };
  const ntb = regionOf(NTB_CODE);
  const isInNtb = (region: RegionRow) => region.id === ntb.id || region.parentId === ntb.id;

  // OPDs and their DPA lines
  const opdRng = root.fork("opds");
  const opdCreatedAt = witaOfficeTime(now, 900, 9, 0);
  const opdRows: OpdRow[] = PROVINCIAL_OPDS.map((seed) => ({
    id: ids.uuid(),
    regionId: ntb.id,
    code: seed.code,
    name: seed.name,
    shortName: seed.shortName,
    createdAt: opdCreatedAt,
  }));
  const opdByShortName = new Map(opdRows.map((row) => [row.shortName, row]));
  const budgetLineRows: BudgetLineRow[] = PROVINCIAL_OPDS.flatMap((seed, index) =>
    seed.budgetLines.map((line): BudgetLineRow => {
      const step = 500_000;
      const ceilingIdr = opdRng.int(line.ceiling[0] / step, line.ceiling[1] / step) * step;
      const spentStep = 50_000;
      const realizedIdr = line.spent === "some" ? Math.floor((ceilingIdr * opdRng.int(5, 25)) / 100 / spentStep) * spentStep : 0;
      const committedIdr = line.spent === "some" ? Math.floor((ceilingIdr * opdRng.int(0, 8)) / 100 / spentStep) * spentStep : 0;
      return {
        id: ids.uuid(),
        opdId: (opdRows[index] as OpdRow).id,
        fiscalYear,
        code: line.code,
        name: line.name,
        ceilingIdr,
        committedIdr,
        realizedIdr,
      };
    }),
  );

  // Categories
  const categoryRows: CategoryRow[] = [];
  const categoryBySlug = new Map<string, CategoryRow>();
  for (const seed of CATEGORIES) {
    const row: CategoryRow = {
      id: ids.uuid(),
      slug: seed.slug,
      nameId: seed.nameId,
      nameEn: seed.nameEn,
      parentId: seed.parentSlug ? (categoryBySlug.get(seed.parentSlug)?.id ?? null) : null,
      isFood: seed.isFood,
    };
    categoryRows.push(row);
    categoryBySlug.set(seed.slug, row);
  }

  // Users (memberships come after businesses, which the seller grant points at)
  const userRng = root.fork("users");
  const passwordHash = bcrypt.hashSync(password, bcryptSalt(userRng));
  const userRows: UserRow[] = ALL_ACCOUNTS.map((account, index) => {
    const createdAt = witaOfficeTime(now, 420 - index, 8 + (index % 6), userRng.int(0, 59), userRng.int(0, 59));
    // Demo addresses count as verified, so the demo shows mail arriving in the dev catcher.
    return { id: ids.uuid(), email: account.email, name: account.name, passwordHash: account.hasDemoPassword ? passwordHash : null, isActive: true, createdAt, emailVerifiedAt: createdAt };
  });
  const admin = userRows[0] as UserRow;
  const adminActor: AuditActor = { id: admin.id, label: admin.email };
  const systemActor = SYSTEM_ACTOR;
  const userAudit: AuditEventInput[] = ALL_ACCOUNTS.map((account, index) => {
    const user = userRows[index] as UserRow;
    return {
      actor: systemActor,
      action: "user.created",
      entity: "user",
      entityId: user.id,
      data: { email: account.email, name: account.name, roles: rolesOfAccount(account), source: "seed" },
      at: user.createdAt as Date,
    };
  });

  const budgetLineCreatedAt = earliest(new Date(Date.UTC(fiscalYear, 0, 2, 1, 0, 0)), now); // 2 Jan, 09:00 WITA
  const budgetAudit: AuditEventInput[] = budgetLineRows.map((line) => ({
    actor: adminActor,
    action: "budget_line.created",
    entity: "budget_line",
    entityId: line.id,
    data: {
      opdId: line.opdId,
      fiscalYear: line.fiscalYear,
      code: line.code,
      name: line.name,
      ceilingIdr: line.ceilingIdr,
      committedIdr: line.committedIdr ?? 0,
      realizedIdr: line.realizedIdr ?? 0,
    },
    at: budgetLineCreatedAt,
  }));

  // Businesses and certifications
  const bizRng = root.fork("businesses");
  const usedNibs = new Set<string>();
  const newNib = () => {
    for (;;) {
      const nib = `${bizRng.pick(NIB_PREFIXES)}${bizRng.digits(9)}`;
      if (!usedNibs.has(nib)) {
        usedNibs.add(nib);
        return nib;
      }
    }
  };
  const sellerAccountIndex = ALL_ACCOUNTS.findIndex((account) =>
    account.grants.some((grant) => grant.role === "seller" && grant.businessKey === DEMO_SELLER_BUSINESS_KEY),
  );
  const sellerUser = userRows[sellerAccountIndex];

  const businessRows: BusinessRow[] = [];
  const businessByKey = new Map<string, BusinessRow>();
  const certificationRows: CertificationRow[] = [];
  const businessAudit: AuditEventInput[] = [];

  for (const seed of BUSINESSES) {
    const region = regionOf(seed.regionCode);
    const range = sizeRanges[seed.size];
    const capitalIdr = bizRng.int(range.capital[0] / 5 / JT, range.capital[1] / 5 / JT) * 5 * JT;
    const annualTurnoverIdr = bizRng.int(range.turnover[0] / 5 / JT, range.turnover[1] / 5 / JT) * 5 * JT;
    const { scale } = classifyBusinessScale(capitalIdr, annualTurnoverIdr);

    // Timeline: registered → (verified → suspended) | rejected | still pending.
    let createdAt: Date;
    let verifiedAt: Date | null = null;
    let decidedAt: Date | null = null;
    if (seed.status === "pending") {
      createdAt = witaOfficeTime(now, bizRng.int(2, 20), bizRng.int(8, 15), bizRng.int(0, 59), bizRng.int(0, 59));
    } else if (seed.status === "rejected") {
      const decidedDaysAgo = bizRng.int(20, 60);
      decidedAt = witaOfficeTime(now, decidedDaysAgo, bizRng.int(8, 15), bizRng.int(0, 59), bizRng.int(0, 59));
      createdAt = witaOfficeTime(now, decidedDaysAgo + bizRng.int(5, 14), bizRng.int(8, 15), bizRng.int(0, 59), bizRng.int(0, 59));
    } else {
      const verifiedDaysAgo = seed.status === "suspended" ? bizRng.int(150, 300) : bizRng.int(14, 330);
      verifiedAt = witaOfficeTime(now, verifiedDaysAgo, bizRng.int(8, 15), bizRng.int(0, 59), bizRng.int(0, 59));
      createdAt = witaOfficeTime(now, verifiedDaysAgo + bizRng.int(3, 30), bizRng.int(8, 15), bizRng.int(0, 59), bizRng.int(0, 59));
      if (seed.status === "suspended") {
        decidedAt = witaOfficeTime(now, bizRng.int(5, 40), bizRng.int(8, 15), bizRng.int(0, 59), bizRng.int(0, 59));
      }
    }
    const hasPayout = seed.status === "verified" || seed.status === "suspended";
    const bank = bankByCode(bizRng.pick(BANK_CODES))!;
    const isCompany = /^(PT|CV) /.test(seed.legalName);

    const row: BusinessRow = {
      id: ids.uuid(),
      legalName: seed.legalName,
      nib: newNib(),
      kbli: seed.kbli,
      ownerName: seed.ownerName,
      regionId: region.id,
      address: seed.address,
      capitalIdr,
      annualTurnoverIdr,
      scale,
      verificationStatus: seed.status,
      verifiedAt,
      verifiedBy: verifiedAt ? admin.id : null,
      statusReason: seed.statusReason ?? null,
      recheckDueAt: verifiedAt ? addYears(verifiedAt, 1) : null,
      payoutBankCode: hasPayout ? bank.code : null,
      payoutBankName: hasPayout ? bank.name : null,
      payoutAccountNumber: hasPayout ? `${bizRng.int(1, 9)}${bizRng.digits(bank.digits![0]! - 1)}` : null,
      payoutAccountName: hasPayout ? (isCompany ? seed.legalName : seed.ownerName) : null,
      stripeAccountId: null,
      createdAt,
      updatedAt: decidedAt ?? verifiedAt ?? createdAt,
    };
    businessRows.push(row);
    businessByKey.set(seed.key, row);

    for (const kind of seed.certifications ?? []) {
      certificationRows.push(buildCertification(kind, row, seed, now, bizRng, ids));
    }

    const isDemoSeller = seed.key === DEMO_SELLER_BUSINESS_KEY && sellerUser;
    businessAudit.push({
      actor: isDemoSeller ? { id: sellerUser.id, label: sellerUser.email } : systemActor,
      action: "business.registered",
      entity: "business",
      entityId: row.id,
      data: {
        legalName: seed.legalName,
        nib: row.nib,
        kbli: seed.kbli,
        regionCode: seed.regionCode,
        scale,
        capitalIdr,
        annualTurnoverIdr,
        source: "seed",
      },
      at: createdAt,
    });
    if (verifiedAt) {
      businessAudit.push({
        actor: adminActor,
        action: "business.verified",
        entity: "business",
        entityId: row.id,
        data: {
          nib: row.nib,
          scale,
          isUmk: scale === "mikro" || scale === "kecil",
          reason: "NIB aktif di OSS, KBLI sesuai produk, dan kunjungan lapangan Diskop UKM NTB sesuai data.",
          recheckDueAt: (row.recheckDueAt as Date).toISOString(),
        },
        at: verifiedAt,
      });
    }
    if (decidedAt && (seed.status === "suspended" || seed.status === "rejected")) {
      businessAudit.push({
        actor: adminActor,
        action: seed.status === "suspended" ? "business.suspended" : "business.rejected",
        entity: "business",
        entityId: row.id,
        data: { nib: row.nib, reason: seed.statusReason ?? "" },
        at: decidedAt,
      });
    }
  }
  const demoBusiness = businessByKey.get(DEMO_SELLER_BUSINESS_KEY);
  if (!demoBusiness) throw new Error("Seed data lacks the demo seller business");

  // Memberships
  const membershipRows: MembershipRow[] = ALL_ACCOUNTS.flatMap((account, index) => {
    const user = userRows[index] as UserRow;
    return account.grants.map((grant): MembershipRow => {
      const base = { id: ids.uuid(), userId: user.id, role: grant.role, regionId: ntb.id, createdAt: user.createdAt };
      if (grant.role === "seller") {
        const business = businessByKey.get(grant.businessKey);
        if (!business) throw new Error(`Seed account ${account.email} names unknown business ${grant.businessKey}`);
        // The seller grant dates from the business's verification, not from the account.
        return { ...base, opdId: null, businessId: business.id, createdAt: business.verifiedAt ?? business.createdAt };
      }
      if (!("opdShortName" in grant)) return { ...base, opdId: null, businessId: null };
      const opd = opdByShortName.get(grant.opdShortName);
      if (!opd) throw new Error(`Seed account ${account.email} names unknown OPD ${grant.opdShortName}`);
      return { ...base, opdId: opd.id, businessId: null };
    });
  });

  // Products
  const productRng = root.fork("products");
  const productRows: ProductRow[] = [];
  let stockEligible = 0;
  BUSINESSES.forEach((seed, businessIndex) => {
    const business = businessRows[businessIndex] as BusinessRow;
    const businessRegion = regionOf(seed.regionCode);
    const candidates = candidatesOf(seed);
    const wanted =
      seed.productCount ??
      (seed.status === "verified" ? productRng.int(6, 12) : seed.status === "pending" ? productRng.int(1, 3) : 2);
    const chosen = productRng.shuffle(candidates).slice(0, Math.min(wanted, candidates.length));
    const createdAt = business.createdAt as Date;
    const daysListed = Math.max(1, daysBetween(createdAt, now) - 1);

    chosen.forEach((candidate, index) => {
      const { template } = candidate;
      const minOrder = template.minOrder ?? 1;
      const [low, high] = candidate.price;
      const priceIdr = roundPrice(productRng.int(low, high), template.step ?? 1_000, low, high);

      let stock = productRng.int(template.stock[0], template.stock[1]);
      if (minOrder <= 5) {
        stockEligible += 1;
        if (stockEligible % 20 === 7) stock = 0;
        else if (productRng.chance(0.1)) stock = productRng.int(1, 5);
      }

      let status: "draft" | "active" | "archived";
      if (seed.status === "pending" || seed.status === "rejected") status = "draft";
      else if (seed.status === "suspended") status = "active";
      else if (seed.key === DEMO_SELLER_BUSINESS_KEY && index < 7) status = "active";
      else {
        const roll = productRng.next();
        status = roll < 0.07 ? "draft" : roll < 0.11 ? "archived" : "active";
      }

      const tkdnChance = business.scale === "mikro" ? 0.25 : 0.5;
      const tkdnPercent =
        template.tkdn && productRng.chance(tkdnChance)
          ? twoDecimals(template.tkdn[0] + productRng.next() * (template.tkdn[1] - template.tkdn[0]))
          : null;

      const origin = template.fromOutsideNtb ? regionOf(SURABAYA_CODE) : businessRegion;
      const productCreatedAt = witaOfficeTime(
        now,
        productRng.int(1, daysListed),
        productRng.int(8, 15),
        productRng.int(0, 59),
        productRng.int(0, 59),
      );
      const category = categoryBySlug.get(template.category);
      if (!category) throw new Error(`Unknown category ${template.category}`);

      productRows.push({
        id: ids.uuid(),
        businessId: business.id,
        categoryId: category.id,
        title: candidate.title,
        description: `${fill(template.description, seed.place, "")} Dibuat oleh ${seed.legalName}, ${businessRegion.name}.`,
        unit: template.unit,
        priceIdr,
        stock,
        minOrder,
        leadTimeDays: productRng.int(template.leadTimeDays[0], template.leadTimeDays[1]),
        originRegionId: origin.id,
        isLocal: isInNtb(origin),
        tkdnPercent,
        photos: [],
        status,
        createdAt: latest(productCreatedAt, createdAt),
        updatedAt: latest(productCreatedAt, createdAt),
      });
    });
  });

  return {
    regions: regionRows,
    opds: opdRows,
    categories: categoryRows,
    users: userRows,
    budgetLines: budgetLineRows,
    businesses: businessRows,
    certifications: certificationRows,
    memberships: membershipRows,
    products: productRows,
    audit: { users: userAudit, budgetLines: budgetAudit, businesses: businessAudit },
    demo: { adminUserId: admin.id, sellerBusinessId: demoBusiness.id },
  };
};

const buildCertification = (
  kind: CertificationSeed,
  business: BusinessRow,
  seed: BusinessSeed,
  now: Date,
  rng: Rng,
  ids: Rng,
): CertificationRow => {
  const registeredAt = business.createdAt as Date;
  const kabupaten = seed.regionCode.replace(".", "");
  const issuedAt = (daysAgo: number) => witaOfficeTime(now, daysAgo, rng.int(8, 15), rng.int(0, 59));
  const base = { id: ids.uuid(), businessId: business.id, documentPath: null };

  if (kind === "halal") {
    // Halal certificates no longer expire while the recipe and process stay the same (UU 6/2023).
    const issued = issuedAt(rng.int(120, 900));
    return { ...base, kind: "halal", number: `ID${kabupaten}1100${rng.digits(10)}`, expiresOn: null, createdAt: latest(issued, registeredAt) };
  }
  if (kind === "bpom_md") {
    const issued = issuedAt(rng.int(150, 900));
    return {
      ...base,
      kind: "bpom",
      number: `BPOM RI MD ${rng.int(2, 8)}${rng.digits(11)}`,
      expiresOn: witaDate(addYears(issued, 5)),
      createdAt: latest(issued, registeredAt),
    };
  }
  // SPP-IRT is valid 5 years; the expired one was issued a little over 5 years ago and never renewed.
  const issued = issuedAt(kind === "pirt_expired" ? rng.int(5 * 365 + 30, 5 * 365 + 200) : rng.int(200, 1_400));
  const expires = addYears(issued, 5);
  const foodType = PIRT_FOOD_TYPE[seed.kbli] ?? "06";
  const number = `P-IRT ${rng.pick(["1", "2", "5"])}${foodType}${kabupaten}${String(rng.int(1, 20)).padStart(2, "0")}${rng.digits(4)}-${witaDate(expires).slice(2, 4)}`;
  return { ...base, kind: "pirt", number, expiresOn: witaDate(expires), createdAt: latest(issued, registeredAt) };
};
