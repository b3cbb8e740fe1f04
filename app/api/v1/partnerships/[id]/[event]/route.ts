import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { changePartnershipStatus } from "@/lib/services/partnerships/change-partnership-status";

const events = z.enum(["accept", "decline", "end"]);

/** POST /api/v1/partnerships/{id}/accept|decline|end — the UMK decides; either side ends. */
export const POST = apiRoute<{ id: string; event: string }>(async ({ viewer, params }) => {
  const event = events.safeParse(params.event);
  if (!event.success || !z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  return Response.json(await changePartnershipStatus(viewer, { partnershipId: params.id, event: event.data }));
});
