import { z } from "zod";
import { optionalNumber, trimmed, uuidField, wholeNumber } from "./messages";

const productFields = {
  title: trimmed("title", 3, 120),
  description: z.string({ error: "description" }).trim().max(5000, { error: "description" }),
  categoryId: uuidField("category"),
  unit: trimmed("unit", 1, 30),
  priceIdr: wholeNumber("price", 1, 1e13),
  stock: wholeNumber("stock", 0, 1e9),
  minOrder: wholeNumber("min_order", 1, 1e9),
  leadTimeDays: wholeNumber("lead_time", 0, 365),
  originRegionId: uuidField("origin"),
  tkdnPercent: optionalNumber("tkdn", 0, 100),
};

/** A new product; `isLocal` is never accepted from the client, it is computed from the origin. */
export const createProductSchema = z
  .object({
    ...productFields,
    description: productFields.description.default(""),
    status: z.enum(["draft", "active"], { error: "status" }).default("draft"),
    businessId: uuidField("required").optional(),
  })
  .strict();

/** A partial edit; status may also move to archived (and back to draft). */
export const updateProductSchema = z
  .object(productFields)
  .partial()
  .extend({ status: z.enum(["draft", "active", "archived"], { error: "status" }).optional() })
  .strict();

export type CreateProductInput = z.infer<typeof createProductSchema>;
export type UpdateProductInput = z.infer<typeof updateProductSchema>;
