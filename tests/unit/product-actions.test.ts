import { productActions } from "@/lib/domain/catalog/product-actions";
import { isBelowMinOrder, minOrderViolations } from "@/lib/domain/procurement/cart-rules";
import { admin, BUSINESS, buyer, otherSeller, seller } from "./helpers/viewers";

describe("productActions", () => {
  it("lets the seller edit or archive a live product and only restore an archived one", () => {
    for (const status of ["draft", "active"] as const) {
      expect(productActions(seller, { businessId: BUSINESS, status })).toEqual({ edit: true, archive: true, restore: false });
    }
    expect(productActions(seller, { businessId: BUSINESS, status: "archived" })).toEqual({ edit: false, archive: false, restore: true });
  });

  it("gives other sellers and non-sellers nothing", () => {
    for (const viewer of [otherSeller, buyer, admin, null]) {
      for (const status of ["draft", "active", "archived"] as const) {
        expect(productActions(viewer, { businessId: BUSINESS, status })).toEqual({ edit: false, archive: false, restore: false });
      }
    }
  });
});

describe("minimum order", () => {
  it("refuses fewer units than the minimum, accepts the minimum itself", () => {
    expect(isBelowMinOrder(4, 5)).toBe(true);
    expect(isBelowMinOrder(5, 5)).toBe(false);
    expect(isBelowMinOrder(6, 5)).toBe(false);
  });

  it("names every line below its minimum with its position", () => {
    const lines = [
      { productId: "a", quantity: 10, minOrder: 5 },
      { productId: "b", quantity: 2, minOrder: 3 },
      { productId: "c", quantity: 1, minOrder: 1 },
      { productId: "d", quantity: 0, minOrder: 1 },
    ];
    expect(minOrderViolations(lines)).toEqual([
      { index: 1, productId: "b", quantity: 2, minOrder: 3 },
      { index: 3, productId: "d", quantity: 0, minOrder: 1 },
    ]);
  });
});
