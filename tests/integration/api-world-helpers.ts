import bcrypt from "bcryptjs";
import postgres from "postgres";
import sharp from "sharp";
import { HttpSession } from "../setup/http-session";
import { testPassword, testStack } from "../setup/stack";

// A small world on the app database for tests that walk the whole OpenAPI document (authorization matrix,
// fuzz): ten roles — each "other" one really of another business or OPD — and one record behind every path
// parameter, all made through the API by the roles that own them.

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const ROLE_NAMES = [
  "anonymous", "seller", "otherSeller", "buyer", "otherBuyer", "approver", "otherApprover", "treasurer", "auditor", "admin",
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export type Operation = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  key: string;
  bodyType: "json" | "multipart" | "none";
  /** Names of the documented query parameters. */
  query: string[];
  /** Those of them documented as required. */
  requiredQuery: string[];
};

/** Every operation of the document the app serves, as "METHOD /path" keys. */
export const documentOperations = async (): Promise<Operation[]> => {
  const document = (await (await new HttpSession().fetch("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, Json>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([m, op]): Operation => {
      const content = Object.keys(op.requestBody?.content ?? {});
      const method = m.toUpperCase() as Operation["method"];
      const bodyType = content.includes("application/json") ? "json" : content.includes("multipart/form-data") ? "multipart" : "none";
      const query = ((op.parameters ?? []) as Json[]).filter((p) => p.in === "query").map((p) => String(p.name));
      const requiredQuery = ((op.parameters ?? []) as Json[]).filter((p) => p.in === "query" && p.required).map((p) => String(p.name));
      return { method, path, key: `${method} ${path}`, bodyType, query, requiredQuery };
    }),
  );
};

const app = () => postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
export const witaYear = () => Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

export type World = {
  label: string;
  sessions: Record<RoleName, HttpSession>;
  ids: {
    ownBusinessId: string;
    ownOpdId: string;
    regionId: string;
    kabupatenId: string;
    categoryId: string;
    budgetLineId: string;
    productId: string;
    requestId: string;
    orderId: string;
    orderLineId: string;
    invoiceId: string;
    eventId: string;
    itemId: string;
    /** The approver's notification of the world's submitted request. */
    notificationId: string;
    evidenceId: string;
    tokenId: string;
    pendingBusinessId: string;
    /** Partners (issue 14): a verified partner, its proposed partnership with the own business, a gap batch. */
    partnerId: string;
    partnershipId: string;
    batchId: string;
    /** An SP2D transfer payment (not a card one, so it cannot be disbursed: the payout asks past authorization). */
    paymentId: string;
    /** The own (verified) business's storefront. */
    storefrontSlug: string;
    /** A diklat program in the own seller's kabupaten, made by the admin. */
    programId: string;
    /** A published Etalase of the world's province, with the own business as its member. */
    showcaseSlug: string;
  };
};

export const send = (session: HttpSession, method: string, path: string, body?: unknown) =>
  session.fetch(path, {
    method,
    ...(method === "GET" || method === "DELETE" ? {} : { headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body ?? {}) }),
  });

const ok = async (response: Response, what: string): Promise<Json> => {
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${text}`);
  return text ? (JSON.parse(text) as Json) : {};
};

export const tinyPng = async () => new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: "#2e7d32" } }).png().toBuffer());

export const multipart = (field: string, bytes: Uint8Array, name: string, type: string) => {
  const form = new FormData();
  form.set(field, new Blob([Buffer.from(bytes)], { type }), name);
  return form;
};

/** 13 digits, different on every call (NIBs are unique). */
const freshNib = () => `9${String(Date.now()).slice(-9)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;

export const businessBody = (world: Pick<World, "ids">) => ({
  legalName: "Usaha Uji Matriks", nib: freshNib(), kbli: "10792", ownerName: "Pemilik Uji", regionId: world.ids.kabupatenId,
  address: "Jl. Uji No. 1, Praya", capitalIdr: 5_000_000, annualTurnoverIdr: 50_000_000, certifications: [],
});

export const productBody = (world: Pick<World, "ids">) => ({
  title: "Anyaman Ketak Uji", description: "Anyaman ketak buatan tangan", categoryId: world.ids.categoryId, unit: "buah",
  priceIdr: 25_000, stock: 1_000, minOrder: 1, leadTimeDays: 2, originRegionId: world.ids.kabupatenId, status: "active",
});

/** A diklat program in the own seller's kabupaten, for UMKs without recent orders, running tomorrow. */
export const programBody = (world: Pick<World, "ids">) => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    title: "Diklat Uji Dunia", module: "Materi uji", organizerName: "Dinas Koperasi dan UKM NTB", kabupatenId: world.ids.kabupatenId,
    startsAt: `${day(1)}T09:00`, endsAt: `${day(1)}T15:00`, seats: 10,
    prerequisites: { requiresVerified: false, mustNotHave: [] }, targetProfile: { anyOfGaps: ["NO_RECENT_ORDER"] },
  };
};

export const eventBody = () => ({
  title: "Rapat Uji", type: "rapat", startsAt: `${witaYear()}-06-02T09:00`, endsAt: `${witaYear()}-06-02T12:00:00+08:00`,
  kabupaten: "Kota Mataram", attendees: 12, budgetIdr: 2_000_000,
});

/** Users with memberships made in SQL (there is no API for grants), then signed in the way a browser does. */
const createRoleUsers = async (label: string) => {
  const sql = app();
  try {
    const [ntb] = await sql`SELECT id FROM regions WHERE code = '52'`;
    const opds = await sql`SELECT id, short_name FROM opds WHERE short_name IN ('Disperindag', 'Dekranasda')`;
    const own = opds.find((o) => o.short_name === "Disperindag")!.id as string;
    const other = opds.find((o) => o.short_name === "Dekranasda")!.id as string;
    const businesses = await sql`
      SELECT b.id, b.region_id FROM businesses b
      WHERE b.verification_status = 'verified' AND b.is_umk
        AND b.id NOT IN (SELECT business_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email LIKE '%@pasarumk.test' AND m.business_id IS NOT NULL)
      ORDER BY b.nib DESC LIMIT 2`;
    const [category] = await sql`SELECT id FROM categories WHERE NOT is_food ORDER BY slug LIMIT 1`;
    const [storefront] = await sql`SELECT slug FROM storefronts WHERE business_id = ${businesses[0]!.id}`;
    const hash = bcrypt.hashSync(testPassword(), 4);
    const grants: Record<Exclude<RoleName, "anonymous">, { role: string; opdId?: string; businessId?: string }> = {
      seller: { role: "seller", businessId: businesses[0]!.id },
      otherSeller: { role: "seller", businessId: businesses[1]!.id },
      buyer: { role: "buyer", opdId: own },
      otherBuyer: { role: "buyer", opdId: other },
      approver: { role: "approver", opdId: own },
      otherApprover: { role: "approver", opdId: other },
      treasurer: { role: "treasurer", opdId: own },
      auditor: { role: "auditor" },
      admin: { role: "admin" },
    };
    const emails = {} as Record<Exclude<RoleName, "anonymous">, string>;
    for (const [name, grant] of Object.entries(grants) as [Exclude<RoleName, "anonymous">, (typeof grants)["seller"]][]) {
      const email = `${name.toLowerCase()}.${label}@uji.test`;
      const [user] = await sql`INSERT INTO users (email, name, password_hash, email_verified_at) VALUES (${email}, ${`Uji ${name}`}, ${hash}, now()) RETURNING id`;
      await sql`INSERT INTO memberships (user_id, role, region_id, opd_id, business_id) VALUES (${user!.id}, ${grant.role}, ${ntb!.id}, ${grant.opdId ?? null}, ${grant.businessId ?? null})`;
      emails[name] = email;
    }
    const [line] = await sql`
      INSERT INTO budget_lines (opd_id, fiscal_year, code, name, ceiling_idr)
      VALUES (${own}, ${witaYear()}, ${`9.9.world.${label}`}, 'Uji dunia API', 5000000000) RETURNING id`;
    return {
      emails, ownOpdId: own, regionId: ntb!.id as string, categoryId: category!.id as string, budgetLineId: line!.id as string,
      ownBusinessId: businesses[0]!.id as string, kabupatenId: businesses[0]!.region_id as string,
      storefrontSlug: storefront!.slug as string,
    };
  } finally {
    await sql.end();
  }
};

/** A submitted purchase request of the own OPD for one of the own seller's products. */
const submitRequest = async (world: Pick<World, "sessions" | "ids">, purpose: string) =>
  ok(await send(world.sessions.buyer, "POST", "/api/v1/purchase-requests", {
    budgetLineId: world.ids.budgetLineId, purpose, lines: [{ productId: world.ids.productId, quantity: 2 }],
  }), "submit purchase request");

export const buildWorld = async (label: string): Promise<World> => {
  const { emails, ...made } = await createRoleUsers(label);
  const sessions = { anonymous: new HttpSession() } as Record<RoleName, HttpSession>;
  for (const [name, email] of Object.entries(emails) as [RoleName, string][]) {
    sessions[name] = new HttpSession();
    const result = await sessions[name].signIn(email, testPassword());
    if (!result.hasSession) throw new Error(`${email} could not sign in`);
  }
  // The records below fill in the rest of the ids.
  const world = { label, sessions, ids: { ...made } as unknown as World["ids"] };
  const { buyer, approver, seller } = sessions;

  world.ids.productId = (await ok(await send(seller, "POST", "/api/v1/seller/products", productBody(world)), "create product")).id;
  world.ids.requestId = (await submitRequest(world, `Uji dunia ${label}: permintaan`)).id;

  // The order every order operation is asked about (placed), and a second one driven to its invoice.
  const placed = await submitRequest(world, `Uji dunia ${label}: pesanan`);
  world.ids.orderId = (await ok(await send(approver, "POST", `/api/v1/purchase-requests/${placed.id}/approve`, {}), "approve")).orders[0].id;
  world.ids.orderLineId = (await ok(await send(buyer, "GET", `/api/v1/orders/${world.ids.orderId}`), "read order")).lines[0].id;
  const invoiced = await submitRequest(world, `Uji dunia ${label}: tagihan`);
  const invoicedOrderId = (await ok(await send(approver, "POST", `/api/v1/purchase-requests/${invoiced.id}/approve`, {}), "approve")).orders[0].id as string;
  await ok(await send(seller, "POST", `/api/v1/orders/${invoicedOrderId}/accept`), "accept");
  await ok(await send(seller, "POST", `/api/v1/orders/${invoicedOrderId}/ship`, {}), "ship");
  await ok(await send(buyer, "POST", `/api/v1/orders/${invoicedOrderId}/receive`, {}), "receive");
  const payments = await ok(await send(buyer, "GET", `/api/v1/orders/${invoicedOrderId}/payments`), "order payments");
  world.ids.invoiceId = payments.invoices[0].id as string;
  // An SP2D transfer needs the seller's payout account: whatever the seed gave this business, it has one now.
  await ok(await send(seller, "PUT", "/api/v1/seller/payout-account", { payoutBankCode: "009", payoutAccountNumber: "0123456789", payoutAccountName: "Penjual Uji Dunia" }), "payout account");
  const paid = await ok(await send(sessions.treasurer, "POST", `/api/v1/orders/${invoicedOrderId}/payments`, {
    method: "sp2d", reference: `SP2D-${label}`, paidAt: new Date().toISOString(), amountIdr: payments.outstandingIdr,
  }), "record payment");
  world.ids.paymentId = paid.id as string;

  const event = await ok(await send(buyer, "POST", "/api/v1/events", eventBody()), "create event");
  world.ids.eventId = event.id;
  const item = await ok(await send(buyer, "POST", `/api/v1/events/${event.id}/items`, {
    category: "konsumsi", description: "Kue basah", amountIdr: 150_000, supplierName: "Inaq Uji", isUmk: true, isLocal: true,
  }), "add event item");
  world.ids.itemId = item.id;
  const evidence = await buyer.fetch(`/api/v1/events/${event.id}/items/${item.id}/evidence`, { method: "POST", body: multipart("file", await tinyPng(), "nota.png", "image/png") });
  world.ids.evidenceId = (await ok(evidence, "upload evidence")).id;

  world.ids.tokenId = (await ok(await send(buyer, "POST", "/api/v1/api-tokens", { name: `Token ${label}` }), "create token")).id;

  // Exposure (issue 13): a published Etalase of the world's own.
  const showcaseSlug = `uji-${label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`.slice(0, 60);
  await ok(await send(sessions.admin, "POST", "/api/v1/showcases", {
    slug: showcaseSlug, title: "Etalase Uji", theme: "Uji matriks", rubric: "Usaha terverifikasi yang dipilih untuk uji matriks otorisasi.",
  }), "create showcase");
  await ok(await send(sessions.admin, "POST", `/api/v1/showcases/${showcaseSlug}/members`, { businessId: world.ids.ownBusinessId }), "add showcase member");
  await ok(await send(sessions.admin, "POST", `/api/v1/showcases/${showcaseSlug}/publish`), "publish showcase");
  world.ids.showcaseSlug = showcaseSlug;

  const inbox = await ok(await sessions.approver.fetch("/api/v1/notifications"), "approver's notifications");
  world.ids.notificationId = (inbox as { notifications: Array<{ id: string }> }).notifications[0]!.id;

  world.ids.programId = (await ok(await send(sessions.admin, "POST", "/api/v1/programs", programBody(world)), "create program")).id;

  // A pending business, registered by an applicant nobody else in the world is.
  const applicant = new HttpSession();
  const sql = app();
  try {
    await sql`INSERT INTO users (email, name, password_hash, email_verified_at) VALUES (${`applicant.${label}@uji.test`}, 'Pemohon Uji', ${bcrypt.hashSync(testPassword(), 4)}, now())`;
  } finally {
    await sql.end();
  }
  await applicant.signIn(`applicant.${label}@uji.test`, testPassword());
  world.ids.pendingBusinessId = (await ok(await send(applicant, "POST", "/api/v1/businesses", businessBody(world)), "register business")).businessId;

  // Partners (issue 14). No world role is a partner: the partnership is proposed in SQL, as a partner would.
  const admin = sessions.admin;
  world.ids.partnerId = (await ok(await send(admin, "POST", "/api/v1/partners", { regionId: world.ids.regionId, name: `Mitra Uji ${label}`, kind: "ngo" }), "register partner")).id;
  await ok(await send(admin, "POST", `/api/v1/partners/${world.ids.partnerId}/verify`), "verify partner");
  const partnerSql = app();
  try {
    const [p] = await partnerSql`INSERT INTO partnerships (partner_id, business_id, type) VALUES (${world.ids.partnerId}, ${world.ids.ownBusinessId}, 'mentor') RETURNING id`;
    world.ids.partnershipId = p!.id as string;
  } finally {
    await partnerSql.end();
  }
  world.ids.batchId = (await ok(await send(admin, "POST", "/api/v1/gap-batches", { gapCode: "PRODUCT_WITHOUT_PHOTO", kabupatenId: world.ids.kabupatenId, categoryId: null }), "create gap batch")).id;
  return world;
};

/**
 * The record behind each path parameter. A new path with a parameter needs its line here: the error says so,
 * so a new endpoint cannot slip through the matrix or the fuzz test unasked.
 */
export const fillPath = (path: string, world: World) => {
  const { ids } = world;
  const byPrefix: Array<[RegExp, Record<string, string>]> = [
    [/^\/api\/v1\/api-tokens\//, { id: ids.tokenId }],
    [/^\/api\/v1\/products\//, { id: ids.productId }],
    [/^\/api\/v1\/seller\/products\//, { id: ids.productId }],
    [/^\/api\/v1\/purchase-requests\//, { id: ids.requestId }],
    [/^\/api\/v1\/orders\//, { id: ids.orderId }],
    [/^\/api\/v1\/invoices\//, { id: ids.invoiceId }],
    [/^\/api\/v1\/businesses\//, { id: ids.pendingBusinessId }],
    [/^\/api\/v1\/events\//, { id: ids.eventId, itemId: ids.itemId, evidenceId: ids.evidenceId }],
    [/^\/api\/v1\/notifications\//, { id: ids.notificationId }],
    [/^\/api\/v1\/storefronts\//, { slug: ids.storefrontSlug }],
    [/^\/api\/v1\/partners\//, { id: ids.partnerId }],
    [/^\/api\/v1\/partnerships\//, { id: ids.partnershipId }],
    [/^\/api\/v1\/gap-batches\//, { id: ids.batchId }],
    [/^\/api\/v1\/programs\//, { id: ids.programId }],
    [/^\/api\/v1\/showcases\//, { slug: ids.showcaseSlug }],
    // Red flags (issue 15): a well-formed key of no flag; who gets past authorization gets 404.
    [/^\/api\/v1\/audit\/flags\//, { key: `approval-delay.${witaYear()}.00000000-0000-4000-8000-000000000000` }],
  ];
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const values = byPrefix.find(([prefix]) => prefix.test(path))?.[1];
    const value = values?.[name];
    if (!value) throw new Error(`No record for {${name}} in ${path}: add one to fillPath in tests/integration/api-world-helpers.ts`);
    return value;
  });
};

/** A request that would pass for the role that may make it: the matrix sends it, the fuzz test mutates it. */
export type ValidRequest = { as: RoleName; body?: unknown; form?: () => Promise<FormData> };

const png = (field: string, name: string) => async () => multipart(field, await tinyPng(), name, "image/png");

/**
 * One valid request per write operation. Missing here, an operation is still asked: the matrix with `{}`, the
 * fuzz test as the admin with `{}`. The policy body is invalid on purpose: a valid one would change the
 * compliance rules for every test running beside this one.
 */
export const validRequests = (world: World): Record<string, ValidRequest> => {
  const { ids } = world;
  const now = new Date().toISOString();
  return {
    "POST /api/v1/api-tokens": { as: "buyer", body: { name: "Token uji", expiresInDays: 30 } },
    "DELETE /api/v1/api-tokens/{id}": { as: "buyer" },
    "POST /api/v1/notifications/{id}/read": { as: "approver" },
    "POST /api/v1/notifications/read-all": { as: "buyer" },
    "PUT /api/v1/notifications/preferences": { as: "buyer", body: { choices: [{ category: "orders", channel: "email", enabled: true }], emailDigest: false } },
    "POST /api/v1/notifications/unsubscribe": { as: "anonymous" },
    "POST /api/v1/showcases": { as: "admin", body: { slug: `uji-baru-${Date.now()}`, title: "Etalase Baru", theme: "Uji", rubric: "Rubrik uji untuk permintaan yang sah di matriks." } },
    "POST /api/v1/showcases/{slug}/members": { as: "admin", body: { businessId: ids.ownBusinessId } },
    "POST /api/v1/auth/password-reset": { as: "anonymous", body: { email: "tidak.terdaftar@uji.test" } },
    "POST /api/v1/auth/password-reset/confirm": { as: "anonymous", body: { token: "t".repeat(43), password: "sandi-baru-panjang-1" } },
    "POST /api/v1/auth/verify-email": { as: "anonymous", body: { token: "t".repeat(43) } },
    "POST /api/v1/auth/verify-email/resend": { as: "seller" },
    "POST /api/v1/purchase-requests": { as: "buyer", body: { budgetLineId: ids.budgetLineId, purpose: "Uji: alat tulis", lines: [{ productId: ids.productId, quantity: 1 }], draft: true } },
    "POST /api/v1/purchase-requests/{id}/approve": { as: "approver", body: { note: "Sesuai" } },
    "POST /api/v1/purchase-requests/{id}/reject": { as: "approver", body: { reason: "Tidak sesuai kebutuhan" } },
    "POST /api/v1/purchase-requests/{id}/return": { as: "approver", body: { note: "Mohon perbaiki jumlah" } },
    "POST /api/v1/orders/{id}/accept": { as: "seller" },
    "POST /api/v1/orders/{id}/decline": { as: "seller", body: { reason: "Stok sedang habis" } },
    "POST /api/v1/orders/{id}/cancel": { as: "approver", body: { reason: "Kegiatan dibatalkan" } },
    "POST /api/v1/orders/{id}/ship": { as: "seller", body: { note: "Dikirim kurir" } },
    "POST /api/v1/orders/{id}/receive": { as: "buyer", body: { lines: [{ orderLineId: ids.orderLineId, quantity: 1 }], note: "Diterima baik" } },
    "POST /api/v1/orders/{id}/rate": { as: "buyer", body: { stars: 5, comment: "Bagus" } },
    "POST /api/v1/orders/{id}/payments": { as: "treasurer", body: { method: "sp2d", reference: "SP2D-UJI-001", paidAt: now, amountIdr: 50_000 } },
    "POST /api/v1/orders/{id}/checkout": { as: "treasurer", body: {} },
    "POST /api/v1/orders/{id}/close-remaining": { as: "buyer", body: { reason: "Sisa barang tidak dikirim" } },
    "POST /api/v1/policies": { as: "admin", body: { note: "Uji matriks", rules: {} } },
    "POST /api/v1/businesses": { as: "otherBuyer", body: businessBody(world) },
    "POST /api/v1/businesses/{id}/verify": { as: "admin", body: { reason: "Dokumen lengkap dan sesuai" } },
    "POST /api/v1/businesses/{id}/reject": { as: "admin", body: { reason: "NIB tidak cocok dengan OSS" } },
    "POST /api/v1/businesses/{id}/suspend": { as: "admin", body: { reason: "Laporan pembeli diperiksa" } },
    "POST /api/v1/businesses/{id}/reinstate": { as: "admin", body: { reason: "Pemeriksaan selesai" } },
    "POST /api/v1/seller/documents": { as: "seller", form: png("file", "pirt.png") },
    "POST /api/v1/seller/products": { as: "seller", body: productBody(world) },
    "PATCH /api/v1/seller/products/{id}": { as: "seller", body: { priceIdr: 26_000, stock: 900 } },
    "POST /api/v1/seller/products/{id}/archive": { as: "seller" },
    "POST /api/v1/seller/products/{id}/photos": { as: "seller", form: png("photo", "foto.png") },
    "POST /api/v1/events": { as: "buyer", body: eventBody() },
    "PATCH /api/v1/events/{id}": { as: "buyer", body: { title: "Rapat Uji Diubah", attendees: 20 } },
    "POST /api/v1/events/{id}/items": { as: "buyer", body: { category: "konsumsi", description: "Air mineral", amountIdr: 40_000, supplierName: "Toko Uji", isUmk: true, isLocal: true } },
    "DELETE /api/v1/events/{id}/items/{itemId}": { as: "buyer" },
    "POST /api/v1/events/{id}/items/{itemId}/evidence": { as: "buyer", form: png("file", "nota.png") },
    "POST /api/v1/events/{id}/close": { as: "buyer" },
    "POST /api/v1/events/{id}/amendments": { as: "buyer", body: { reason: "Koreksi nota yang salah catat", voidItemIds: [ids.itemId] } },
    "POST /api/v1/stripe/webhook": { as: "anonymous", body: {} },
    "POST /api/v1/audit/flags/{key}/review": { as: "auditor", body: { note: "Diperiksa: sesuai dokumen" } },
    "PUT /api/v1/seller/payout-account": { as: "seller", body: { payoutBankCode: "002", payoutAccountNumber: "123456789012345", payoutAccountName: "Penjual Uji" } },
    "POST /api/v1/programs": { as: "admin", body: programBody(world) },
    "PUT /api/v1/programs/{id}": { as: "admin", body: programBody(world) },
    "POST /api/v1/programs/{id}/enrolments": { as: "seller", body: {} },
    "POST /api/v1/programs/{id}/attendance": { as: "admin", body: { businessIds: [ids.ownBusinessId] } },
    "POST /api/v1/payouts": { as: "admin", body: { paymentId: ids.paymentId, method: "bank_transfer", reference: "BNI-UJI-1", disbursedAt: now } },
    // wa (issues 12–13)
    "POST /api/v1/me/phone": { as: "seller", body: { phone: "0812 3456 7001" } },
    "POST /api/v1/me/phone/verify": { as: "seller", body: { code: "000000" } },
    // Partners (issue 14)
    "POST /api/v1/partners": { as: "admin", body: { regionId: ids.regionId, name: "Koperasi Uji Matriks", kind: "koperasi" } },
    "POST /api/v1/partners/{id}/verify": { as: "admin" },
    "POST /api/v1/partners/{id}/members": { as: "admin", body: { email: "anggota.mitra@uji.test", name: "Anggota Mitra" } },
    "POST /api/v1/partnerships": { as: "admin", body: { partnerId: ids.partnerId, businessId: ids.ownBusinessId, type: "offtaker", startsOn: now.slice(0, 10) } },
    "POST /api/v1/partnerships/{id}/accept": { as: "seller" },
    "POST /api/v1/partnerships/{id}/decline": { as: "seller" },
    "POST /api/v1/partnerships/{id}/end": { as: "seller" },
    "POST /api/v1/partnerships/{id}/evidence": { as: "seller", form: png("file", "bukti.png") },
    "POST /api/v1/gap-batches": { as: "admin", body: { gapCode: "PRODUCT_WITHOUT_PHOTO", kabupatenId: ids.kabupatenId, categoryId: null } },
    "POST /api/v1/gap-batches/{id}/claim": { as: "admin", body: { partnerId: ids.partnerId } },
  };
};

/** The query a read needs to be answered at all (the fiscal year where the operation documents one). */
export const withRequiredQuery = (op: Operation, path: string, world?: World) => {
  const query = new URLSearchParams();
  if (op.query.includes("fiscalYear")) query.set("fiscalYear", String(witaYear()));
  else if (op.query.includes("year")) query.set("year", String(witaYear()));
  // A report of one OPD (the PDF audit report) names it: the world's own OPD.
  if (world && op.requiredQuery.includes("opdId")) query.set("opdId", world.ids.ownOpdId);
  return query.size > 0 ? `${path}?${query}` : path;
};

/** Sends an operation as a session: the valid body (or form) when there is one, else `{}` for a JSON body. */
export const sendOperation = async (session: HttpSession, op: Operation, path: string, request: ValidRequest | undefined, body?: unknown) => {
  if (op.method === "GET" || op.method === "DELETE") return session.fetch(path, { method: op.method });
  if (op.bodyType === "multipart" && request?.form) return session.fetch(path, { method: op.method, body: await request.form() });
  if (op.bodyType === "none") return session.fetch(path, { method: op.method });
  return send(session, op.method, path, body === undefined ? (request?.body ?? {}) : body);
};
