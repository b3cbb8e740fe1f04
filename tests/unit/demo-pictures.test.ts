import sharp from "sharp";
import { DEMO_COVER_SIZE, DEMO_PICTURE_SIZE, demoPictureKey, parseDemoPictureKey } from "@/db/seed/storefronts";
import { CATEGORIES } from "@/db/seed/data/categories";
import { coverIllustrationSvg, KNOWN_MOTIFS, productIllustrationSvg } from "@/scripts/demo-pictures/illustrations";

const BUSINESS = "0b5e7c1e-8d0a-4f43-9a57-3f2d7c1e9a10";

describe("demo pictures", () => {
  it("every leaf category has its own illustration", () => {
    const leaves = CATEGORIES.filter((c) => c.parentSlug !== null || !CATEGORIES.some((d) => d.parentSlug === c.slug)).map((c) => c.slug);
    expect(leaves.filter((slug) => !KNOWN_MOTIFS.includes(slug))).toEqual([]);
  });

  it("keys name the business, the category, cover or product and thumbnail, and parse back", () => {
    for (const kind of ["product", "cover"] as const) {
      for (const thumb of [false, true]) {
        const key = demoPictureKey(BUSINESS, "susu-kuda-liar", kind, thumb);
        expect(key.startsWith(`products/${BUSINESS}/ilustrasi-`)).toBe(true);
        expect(parseDemoPictureKey(key)).toEqual({ motif: "susu-kuda-liar", kind, thumb });
      }
    }
    expect(parseDemoPictureKey(`products/${BUSINESS}/0b5e7c1e-8d0a-4f43-9a57-3f2d7c1e9a10.webp`)).toBeNull();
  });

  it("illustrations rasterize at the recorded sizes, the same bytes every time", async () => {
    const png = (svg: string) => sharp(Buffer.from(svg)).png().toBuffer();
    const product = await png(productIllustrationSvg("kopi"));
    expect(await sharp(product).metadata()).toMatchObject(DEMO_PICTURE_SIZE);
    expect((await png(productIllustrationSvg("kopi"))).equals(product)).toBe(true);
    expect(await sharp(await png(coverIllustrationSvg("madu"))).metadata()).toMatchObject(DEMO_COVER_SIZE);
    // Not a flat colour: the drawing is there.
    const { channels } = await sharp(product).stats();
    expect(channels.some((c) => c.max - c.min > 100)).toBe(true);
  });
});
