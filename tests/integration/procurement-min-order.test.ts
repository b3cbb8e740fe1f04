import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { Viewer } from "@/lib/domain/auth/roles";
import { addToCart } from "@/lib/services/procurement/add-to-cart";
import { getCart } from "@/lib/services/procurement/get-cart";
import { submitPurchaseRequest } from "@/lib/services/procurement/submit-purchase-request";
import { updateCartItem } from "@/lib/services/procurement/update-cart-item";
import { AppError } from "@/lib/errors";
import { expectAppError, JUSTIFICATION, newBudgetLine, seedDemoParties, setStock, umkProducts } from "./procurement-helpers";

type ProductPick = Awaited<ReturnType<typeof umkProducts>>[number];

// The minimum order is a domain rule the services enforce on every path into a request: adding to the cart,
// changing a cart line and submitting (the minimum may have been raised since the line entered the cart).

let buyer: Viewer;
let dispar: string;
let product: ProductPick;
let other: ProductPick;

const setMinOrder = (productId: string, minOrder: number) => db.execute(sql`UPDATE products SET min_order = ${minOrder} WHERE id = ${productId}`);
const cartQuantity = async (productId: string) =>
  (await getCart(buyer, {})).sellers.flatMap((s) => s.items).find((i) => i.productId === productId)?.quantity ?? null;
const requestCount = async () => ((await db.execute(sql`SELECT count(*)::int AS n FROM purchase_requests`)) as unknown as Array<{ n: number }>)[0]!.n;

beforeAll(async () => {
  ({ buyer, dispar } = await seedDemoParties(db));
  [product, other] = await umkProducts(db, 2) as [ProductPick, ProductPick];
  await Promise.all([setStock(db, product.id, 100), setStock(db, other.id, 100)]);
}, 60_000);

beforeEach(() => db.execute(sql`DELETE FROM cart_items WHERE buyer_id = ${buyer.userId}`));

describe("minimum order", () => {
  it("refuses adding fewer than the minimum with 422 on quantity, naming the minimum, and writes nothing", async () => {
    await setMinOrder(product.id, 5);
    const error = await expectAppError(addToCart(buyer, { productId: product.id, quantity: 4 }), "unprocessable");
    expect(error.details).toEqual([expect.objectContaining({ path: "quantity", reason: "below_min_order", productId: product.id, minOrder: 5 })]);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).localized).toEqual({ id: "Pesanan minimum 5.", en: "The minimum order is 5." });
    expect(await cartQuantity(product.id)).toBeNull();
    await addToCart(buyer, { productId: product.id, quantity: 5 });
    expect(await cartQuantity(product.id)).toBe(5);
  });

  it("refuses changing a cart line to fewer than the minimum; the line keeps its quantity", async () => {
    await setMinOrder(product.id, 3);
    await addToCart(buyer, { productId: product.id, quantity: 4 });
    const error = await expectAppError(updateCartItem(buyer, { productId: product.id, quantity: 2 }), "unprocessable");
    expect(error.details).toEqual([expect.objectContaining({ path: "quantity", reason: "below_min_order", minOrder: 3 })]);
    expect(await cartQuantity(product.id)).toBe(4);
    await updateCartItem(buyer, { productId: product.id, quantity: 3 });
    expect(await cartQuantity(product.id)).toBe(3);
  });

  it("refuses submitting a line below a minimum raised since it was added, per line, and stores no request", async () => {
    await setMinOrder(product.id, 1);
    await setMinOrder(other.id, 1);
    await addToCart(buyer, { productId: other.id, quantity: 2 });
    await addToCart(buyer, { productId: product.id, quantity: 2 });
    await setMinOrder(product.id, 6);
    const line = await newBudgetLine(db, dispar, 500_000_000);
    const before = await requestCount();
    const error = await expectAppError(
      submitPurchaseRequest(buyer, {
        budgetLineId: line.id,
        purpose: "Cendera mata tamu uji",
        lines: [{ productId: other.id, quantity: 2 }, { productId: product.id, quantity: 2 }],
        justification: JUSTIFICATION,
      }),
      "unprocessable",
    );
    expect(error.details).toEqual([expect.objectContaining({ path: "lines.1.quantity", reason: "below_min_order", productId: product.id, minOrder: 6 })]);
    expect(await requestCount()).toBe(before);
    // Nothing was taken out of the cart either.
    expect(await cartQuantity(product.id)).toBe(2);
  });
});
