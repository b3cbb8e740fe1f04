import { cartPage, cartProblem, checkoutFields, checkoutIntent, checkoutValues, complianceIn, submissionInput } from "@/lib/actions/procurement/checkout-input";
import { receivedLines } from "@/lib/actions/procurement/order-form-input";
import { policyErrorState } from "@/lib/actions/admin/policy-form-values";
import { AppError } from "@/lib/errors";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

describe("cart and checkout form input", () => {
  it("returns to the cart with its budget line, revision and problem", () => {
    expect(cartPage(form({}), null)).toBe("/keranjang");
    expect(cartPage(form({ budgetLineId: "b-1", revisi: "r-1" }), "quantity")).toBe("/keranjang?anggaran=b-1&revisi=r-1&galat=quantity");
    expect(cartProblem(new AppError("unprocessable"))).toBe("quantity");
    expect(cartProblem(new AppError("bad_request"))).toBe("quantity");
    expect(cartProblem(new AppError("forbidden"))).toBe("forbidden");
  });

  it("previews without an intent and submits for any intent but preview or draft", () => {
    expect(checkoutIntent(form({}))).toBe("preview");
    expect(checkoutIntent(form({ intent: "draft" }))).toBe("draft");
    expect(checkoutIntent(form({ intent: "submit" }))).toBe("submit");
  });

  it("builds the submission from the typed values (empty optional fields as null, justification only when complete)", () => {
    const values = checkoutValues(form({ budgetLineId: "b-1", purpose: " Rapat ", justificationCode: "no_umk_supplier" }));
    const lines = [{ productId: "p-1", quantity: 2 }];
    expect(submissionInput(values, lines, "draft")).toEqual({
      requestId: undefined, budgetLineId: "b-1", purpose: "Rapat", lines, justification: null, eventId: null, neededBy: null, draft: true,
    });
  });

  it("names the checkout fields a refusal is about, first message per field", () => {
    const error = new AppError("unprocessable", undefined, [{ path: "purpose" }, { path: "justification.text" }, { path: "justification" }, { path: "lines" }]);
    expect(checkoutFields(error, (key) => `bad ${key}`)).toEqual({ purpose: "bad purpose", justificationText: "bad justificationText" });
    expect(complianceIn(error)).toBeNull();
    const compliance = { verdict: "block", findings: [] };
    expect(complianceIn(new AppError("unprocessable", undefined, { compliance }))).toBe(compliance);
  });
});

describe("order and policy form input", () => {
  it("receives only the lines with a quantity, reading thousands dots", () => {
    expect(receivedLines({ qty_a: "1.000", qty_b: "0", qty_c: " ", note: "x" })).toEqual([{ orderLineId: "a", quantity: 1000 }]);
  });

  it("puts policy refusals on the fields named inside rules", () => {
    const error = new AppError("unprocessable", { id: "Tidak valid.", en: "Invalid." }, [
      { path: "rules.valueBand.maxTotalIdr", message: "too big" },
      { path: "rules.valueBand.maxTotalIdr", message: "second" },
      { path: "note", message: "required" },
    ]);
    expect(policyErrorState(error, "en", { rev: 2, values: {} })).toEqual({
      rev: 2, values: {}, message: "Invalid.", fields: { "valueBand.maxTotalIdr": "too big", note: "required" },
    });
  });
});
