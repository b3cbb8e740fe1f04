import { canSetProductStatus, isLocalOrigin, isLowStock, isValidLeadTime, isValidMinOrder, isValidPriceIdr, isValidStock, isValidTkdn, LOW_STOCK_THRESHOLD } from "@/lib/domain/catalog/product-rules";
import { createProductSchema, updateProductSchema } from "@/lib/validation/product";
import { identityStepSchema, registerBusinessSchema, signUpSchema } from "@/lib/validation/business";
import { validationError } from "@/lib/validation/messages";

const NTB = "prov-ntb";

describe("isLocal", () => {
  it("a kabupaten of the platform province is local", () => {
    expect(isLocalOrigin({ id: "lombok-tengah", parentId: NTB }, NTB)).toBe(true);
  });
  it("the province itself is local", () => {
    expect(isLocalOrigin({ id: NTB, parentId: null }, NTB)).toBe(true);
  });
  it("a kota of another province is not", () => {
    expect(isLocalOrigin({ id: "surabaya", parentId: "prov-jatim" }, NTB)).toBe(false);
  });
});

describe("number rules at their boundaries", () => {
  it.each([[1, true], [0, false], [-1, false], [1.5, false], [Number.MAX_SAFE_INTEGER + 1, false]])("price %p → %p", (v, ok) => expect(isValidPriceIdr(v)).toBe(ok));
  it.each([[0, true], [-1, false], [2.5, false]])("stock %p → %p", (v, ok) => expect(isValidStock(v)).toBe(ok));
  it.each([[1, true], [0, false]])("min order %p → %p", (v, ok) => expect(isValidMinOrder(v)).toBe(ok));
  it.each([[0, true], [365, true], [366, false], [-1, false]])("lead time %p → %p", (v, ok) => expect(isValidLeadTime(v)).toBe(ok));
  it.each([[0, true], [100, true], [100.01, false], [-0.01, false], [42.5, true]])("TKDN %p → %p", (v, ok) => expect(isValidTkdn(v)).toBe(ok));
  it("low stock at the threshold, not above, never for archived", () => {
    expect(isLowStock({ stock: LOW_STOCK_THRESHOLD, status: "active" })).toBe(true);
    expect(isLowStock({ stock: LOW_STOCK_THRESHOLD + 1, status: "active" })).toBe(false);
    expect(isLowStock({ stock: 0, status: "archived" })).toBe(false);
  });
  it("archived goes back to draft before active", () => {
    expect(canSetProductStatus("archived", "active")).toBe(false);
    expect(canSetProductStatus("archived", "draft")).toBe(true);
    expect(canSetProductStatus("active", "archived")).toBe(true);
  });
});

const UUID = "3f0c6f5e-8f0a-4d55-9a39-0c3a2c1d9b11";
const validProduct = {
  title: "Tenun Ikat Pringgasela",
  categoryId: UUID,
  unit: "lembar",
  priceIdr: "1.250.000",
  stock: "3",
  minOrder: "1",
  leadTimeDays: "7",
  originRegionId: UUID,
  tkdnPercent: "",
};

describe("product schema", () => {
  it("parses form strings: dotted rupiah, empty TKDN, default status draft", () => {
    expect(createProductSchema.parse(validProduct)).toMatchObject({ priceIdr: 1_250_000, stock: 3, tkdnPercent: undefined, status: "draft", description: "" });
  });
  it.each([
    ["priceIdr", "0", "price"],
    ["priceIdr", "12,5", "price"],
    ["stock", "-1", "stock"],
    ["minOrder", "0", "min_order"],
    ["leadTimeDays", "366", "lead_time"],
    ["tkdnPercent", "101", "tkdn"],
    ["title", "ab", "title"],
    ["categoryId", "bukan-uuid", "category"],
  ])("%s = %p is refused with %s", (field, value, key) => {
    const result = createProductSchema.safeParse({ ...validProduct, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(key);
  });
  it("never accepts isLocal from the client", () => {
    expect(createProductSchema.safeParse({ ...validProduct, isLocal: true }).success).toBe(false);
  });
  it("partial edits keep absent fields absent", () => {
    expect(updateProductSchema.parse({ stock: "4" })).toEqual({ stock: 4 });
  });
  it("messages are in Bahasa Indonesia, or English when asked", () => {
    const error = createProductSchema.safeParse({ ...validProduct, priceIdr: "0" }).error!;
    expect(validationError(error, "id").localized.id).toBe("Harga harus rupiah bulat lebih dari 0.");
    expect((validationError(error, "en").details as Array<{ message: string }>)[0]!.message).toBe("Price must be whole rupiah above 0.");
  });
});

describe("business schemas", () => {
  it.each(["123456789012", "12345678901234", "12345678901a3"])("NIB %p is not 13 digits", (nib) => {
    expect(identityStepSchema.safeParse({ legalName: "Tenun Baiq", nib, kbli: "13912", ownerName: "Baiq" }).error!.issues[0]!.message).toBe("nib_format");
  });
  it("PIRT needs an expiry date", () => {
    const base = { legalName: "Tenun", nib: "1234567890123", kbli: "13912", ownerName: "Baiq", regionId: UUID, address: "Desa Sukarara", capitalIdr: 1, annualTurnoverIdr: 1 };
    const result = registerBusinessSchema.safeParse({ ...base, certifications: [{ kind: "pirt", number: "P-IRT 123" }] });
    expect(result.error!.issues[0]!.message).toBe("cert_expiry");
    expect(registerBusinessSchema.safeParse({ ...base, certifications: [{ kind: "halal", number: "ID123" }] }).success).toBe(true);
  });
  it("password needs 10 characters", () => {
    expect(signUpSchema.safeParse({ name: "Baiq", email: "b@x.id", password: "123456789" }).success).toBe(false);
    expect(signUpSchema.parse({ name: "Baiq", email: " B@X.id ", password: "1234567890" }).email).toBe("b@x.id");
  });
});
