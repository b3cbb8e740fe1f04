import type { ActionContext } from "../steps";
import { textField } from "../to-form-state";

export const orderIdOf = (formData: FormData) => textField(formData, "orderId");

/** The BAST form's `qty_<orderLineId>` fields that say something was received ("1.000" reads as 1000). */
export const receivedLines = (values: Record<string, string>) =>
  Object.entries(values)
    .filter(([k, v]) => k.startsWith("qty_") && v.trim() !== "" && Number(v) !== 0)
    .map(([k, v]) => ({ orderLineId: k.slice(4), quantity: Number(v.replace(/\./g, "")) }));

/** Back to where the form was (the seller's list or the order page, with an optional suffix); never anywhere else. */
export const backToOrder = <R>(suffix: (result: R) => string = () => "") => ({
  revalidate: (_result: R, _input: unknown, { formData }: ActionContext) => ["/pesanan", `/pesanan/${orderIdOf(formData)}`, "/penjual/pesanan"],
  redirect: (result: R, _input: unknown, { formData }: ActionContext) =>
    formData.get("back") === "seller" ? "/penjual/pesanan" : `/pesanan/${orderIdOf(formData)}${suffix(result)}`,
});
