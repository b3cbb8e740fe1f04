import jsQR from "jsqr";
import { PDFDocument } from "pdf-lib";
import postgres from "postgres";
import sharp from "sharp";
import { testStack } from "../setup/stack";

// Sharing over HTTP on the production build: the storefront API, its QR code (decoded back to the address),
// the Open Graph cards (real 1200 × 630 PNGs), the poster PDF in both sizes, and the 404s of what is not public.

jest.setTimeout(90_000);

const base = () => testStack().appUrl!;
const get = (path: string) => fetch(new URL(path, base()), { redirect: "manual" });

let slug: string;
let suspendedSlug: string;
let productId: string;

beforeAll(async () => {
  const sql = postgres(testStack().appDatabaseUrl!, { max: 1, onnotice: () => undefined });
  try {
    const [top] = await sql<{ slug: string }[]>`
      SELECT s.slug FROM storefronts s JOIN businesses b ON b.id = s.business_id
       WHERE b.verification_status = 'verified' ORDER BY (SELECT count(*) FROM orders o WHERE o.business_id = s.business_id) DESC, s.slug LIMIT 1`;
    const [suspended] = await sql<{ slug: string }[]>`
      SELECT s.slug FROM storefronts s JOIN businesses b ON b.id = s.business_id WHERE b.verification_status = 'suspended' LIMIT 1`;
    const [product] = await sql<{ id: string }[]>`
      SELECT p.id FROM products p JOIN businesses b ON b.id = p.business_id JOIN storefronts s ON s.business_id = b.id
       WHERE s.slug = ${top!.slug} AND p.status = 'active' ORDER BY p.id LIMIT 1`;
    slug = top!.slug;
    suspendedSlug = suspended!.slug;
    productId = product!.id;
  } finally {
    await sql.end({ timeout: 1 });
  }
});

const decodePng = async (response: Response) => {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, format: (await sharp(bytes).metadata()).format };
};

const ogImageOf = async (pagePath: string) => {
  const html = await (await get(pagePath)).text();
  const content = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(content).toBeDefined();
  return new URL(content!.replace(/&amp;/g, "&")).pathname + new URL(content!.replace(/&amp;/g, "&")).search;
};

describe("GET /api/v1/storefronts/{slug}", () => {
  it("answers the public storefront anonymously", async () => {
    const response = await get(`/api/v1/storefronts/${slug}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body).toMatchObject({ slug, url: `/toko/${slug}`, business: { name: expect.any(String), kabupaten: expect.any(String) }, verified: { nib: expect.stringMatching(/^\d{13}$/) } });
    expect(body.proof.ordersCompleted).toBeGreaterThan(0);
    expect(body.products.length).toBeGreaterThan(0);
  });

  it.each([["suspended", () => suspendedSlug], ["unknown", () => "tidak-ada-toko-ini"], ["malformed", () => "Bukan%20Slug"]])("is 404 for a %s storefront, as is its QR code", async (_, slugOf) => {
    for (const path of [`/api/v1/storefronts/${slugOf()}`, `/api/v1/storefronts/${slugOf()}/qr.png`]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(((await response.json()) as any).error.code).toBe("not_found");
    }
    expect((await get(`/toko/${slugOf()}`)).status).toBe(404);
  });
});

describe("QR code and share cards", () => {
  it("the QR code is a PNG that decodes back to the storefront's absolute address", async () => {
    const png = await decodePng(await get(`/api/v1/storefronts/${slug}/qr.png`));
    const decoded = jsQR(png.data, png.width, png.height);
    expect(decoded?.data).toBe(`${base()}/toko/${slug}`);
  });

  it("the storefront page announces a 1200 × 630 PNG share card", async () => {
    const png = await decodePng(await get(await ogImageOf(`/toko/${slug}`)));
    expect([png.width, png.height, png.format]).toEqual([1200, 630, "png"]);
    // Not a blank canvas: the card's green header band is there.
    const at = (x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    expect(at(10, 10)).toEqual([6, 95, 70]);
  });

  it("a product page announces its own share card", async () => {
    const png = await decodePng(await get(await ogImageOf(`/produk/${productId}`)));
    expect([png.width, png.height]).toEqual([1200, 630]);
  });
});

describe("poster", () => {
  it.each([["a5", [419.53, 595.28]], ["a4", [595.28, 841.89]]] as const)("?size=%s is a one-page PDF of that paper size", async (size, [w, h]) => {
    const response = await get(`/toko/${slug}/poster?size=${size}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    // A route under a page path: the proxy's headers, which apiRoute must leave alone (it cannot make a page CSP).
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBe(1);
    const page = pdf.getPage(0);
    expect(page.getWidth()).toBeCloseTo(w, 1);
    expect(page.getHeight()).toBeCloseTo(h, 1);
  });

  it("refuses an unknown size and a storefront that is not public", async () => {
    expect((await get(`/toko/${slug}/poster?size=a3`)).status).toBe(422);
    expect((await get(`/toko/${suspendedSlug}/poster`)).status).toBe(404);
  });
});
