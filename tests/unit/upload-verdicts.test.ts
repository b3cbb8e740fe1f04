import { judgeDecoded } from "@/lib/domain/files/decoded-verdict";
import { productPhotoAccess } from "@/lib/domain/catalog/photo-access";
import type { Membership, Role, Viewer } from "@/lib/domain/auth/roles";

describe("judgeDecoded: a file is what its magic bytes claim only if its decoder agrees", () => {
  it("accepts an image that decodes as the sniffed format with pixels", () => {
    expect(judgeDecoded("image/jpeg", { kind: "image", format: "jpeg", width: 640, height: 480 })).toEqual({ ok: true });
    expect(judgeDecoded("image/png", { kind: "image", format: "png", width: 1, height: 1 })).toEqual({ ok: true });
    expect(judgeDecoded("image/webp", { kind: "image", format: "webp", width: 10, height: 10 })).toEqual({ ok: true });
  });

  it.each([
    ["decoder refused (truncated, garbage body)", "image/jpeg", null],
    ["a JPEG header over a PNG body (polyglot)", "image/jpeg", { kind: "image", format: "png", width: 10, height: 10 }],
    ["no pixels", "image/png", { kind: "image", format: "png", width: 0, height: 0 }],
    ["an image where a PDF was sniffed", "application/pdf", { kind: "image", format: "jpeg", width: 10, height: 10 }],
    ["a PDF without pages", "application/pdf", { kind: "pdf", pageCount: 0 }],
    ["a %PDF- header over garbage", "application/pdf", null],
  ] as const)("refuses %s as corrupt", (_name, type, facts) => {
    expect(judgeDecoded(type, facts)).toEqual({ ok: false, reason: "corrupt" });
  });

  it("accepts a PDF with a page", () => {
    expect(judgeDecoded("application/pdf", { kind: "pdf", pageCount: 3 })).toEqual({ ok: true });
  });
});

describe("productPhotoAccess", () => {
  const NTB = "region-ntb";
  const viewer = (...memberships: Array<Partial<Membership> & { role: Role }>): Viewer => ({
    userId: "u1",
    email: "u@pasarumk.test",
    name: "U",
    memberships: memberships.map((m) => ({ regionId: NTB, opdId: null, businessId: null, ...m })),
  });
  const owner = viewer({ role: "seller", businessId: "biz-1" });
  const otherSeller = viewer({ role: "seller", businessId: "biz-2" });
  const admin = viewer({ role: "admin" });
  const otherAdmin = viewer({ role: "admin", regionId: "region-bali" });
  const buyer = viewer({ role: "buyer", opdId: "opd-1" });
  const business = (verificationStatus: "pending" | "verified" | "rejected" | "suspended") => ({ id: "biz-1", verificationStatus, provinceId: NTB });

  it("serves photos of a verified business to everyone, publicly", () => {
    for (const v of [null, owner, otherSeller, admin, buyer]) expect(productPhotoAccess(v, business("verified"))).toBe("public");
  });

  it.each(["pending", "rejected", "suspended"] as const)("serves photos of a %s business privately to its seller and the province's admin only", (status) => {
    expect(productPhotoAccess(owner, business(status))).toBe("private");
    expect(productPhotoAccess(admin, business(status))).toBe("private");
    for (const v of [null, otherSeller, otherAdmin, buyer]) expect(productPhotoAccess(v, business(status))).toBe("hidden");
  });

  it("hides photos under a key whose business does not exist", () => {
    expect(productPhotoAccess(admin, null)).toBe("hidden");
  });
});
