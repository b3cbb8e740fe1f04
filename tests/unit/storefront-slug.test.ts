import fc from "fast-check";
import { isSlugShaped, RESERVED_SLUGS, slugBase, uniqueSlug } from "@/lib/domain/storefront/slug";
import { storefrontTagline, whatsappShareUrl } from "@/lib/domain/storefront/share";

describe("storefront slugs", () => {
  it("are made of the name's ASCII words", () => {
    expect(slugBase("UD Tenun Sukarara Indah")).toBe("ud-tenun-sukarara-indah");
    expect(slugBase("  Kopi Sembalun (Lombok Timur) & Co.  ")).toBe("kopi-sembalun-lombok-timur-co");
    expect(slugBase("Café Rinjani")).toBe("cafe-rinjani");
  });
  it("fall back to 'toko' for a name with no usable letters and never equal a reserved path", () => {
    expect(slugBase("—!!—")).toBe("toko");
    for (const reserved of RESERVED_SLUGS) expect(slugBase(reserved)).not.toBe(reserved);
  });
  it("are suffixed -2, -3, … on collision, taking the first free one", () => {
    expect(uniqueSlug("Madu Sumbawa", new Set())).toBe("madu-sumbawa");
    expect(uniqueSlug("Madu Sumbawa", new Set(["madu-sumbawa"]))).toBe("madu-sumbawa-2");
    expect(uniqueSlug("MADU sumbawa!", new Set(["madu-sumbawa", "madu-sumbawa-2", "madu-sumbawa-4"]))).toBe("madu-sumbawa-3");
  });
  it("always have the shape the database and the route accept, for any name", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.string(), { maxLength: 5 }), (name, others) => {
        const taken = new Set(others.map(slugBase));
        const slug = uniqueSlug(name, taken);
        expect(isSlugShaped(slug)).toBe(true);
        expect(taken.has(slug)).toBe(false);
      }),
    );
  });
  it("a slug-shaped check refuses paths, upper case and over-long values", () => {
    expect(isSlugShaped("ud-tenun")).toBe(true);
    expect(isSlugShaped("../etc")).toBe(false);
    expect(isSlugShaped("UD-Tenun")).toBe(false);
    expect(isSlugShaped("a".repeat(65))).toBe(false);
  });
});

describe("sharing", () => {
  it("a tagline is the story's first sentence, cut at a word", () => {
    expect(storefrontTagline("Kopi dari kebun kami. Disangrai tiap pagi.")).toBe("Kopi dari kebun kami.");
    expect(storefrontTagline("   ")).toBeNull();
    const long = storefrontTagline("kata ".repeat(60))!;
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.endsWith("kata…")).toBe(true);
  });
  it("the WhatsApp link carries the whole message, encoded", () => {
    const url = new URL(whatsappShareUrl("Lihat toko UD Tenun & Co: https://pasar.test/toko/ud-tenun?x=1"));
    expect(url.origin + url.pathname).toBe("https://wa.me/");
    expect(url.searchParams.get("text")).toBe("Lihat toko UD Tenun & Co: https://pasar.test/toko/ud-tenun?x=1");
  });
});
