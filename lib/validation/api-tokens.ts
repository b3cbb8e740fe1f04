import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(3, "Nama token minimal 3 karakter.").max(80, "Nama token maksimal 80 karakter."),
  /** Days until the token stops working; omitted means it lasts until revoked. */
  expiresInDays: z.coerce.number().int().min(1).max(366).optional(),
});

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
export const apiTokenIdSchema = z.uuid();
