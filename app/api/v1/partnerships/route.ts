import { z } from "zod";
import { apiRoute, requestLocale } from "@/lib/api/handler";
import { listPartnershipsFor } from "@/lib/services/partnerships/list-partnerships";
import { proposePartnership } from "@/lib/services/partnerships/propose-partnership";
import { parseInput } from "@/lib/validation/messages";
import { proposePartnershipSchema } from "@/lib/validation/mitra";
import { readJson } from "../seller/_lib/body";

/** GET /api/v1/partnerships — the partnerships the caller may read (own business, own partner, own province). */
export const GET = apiRoute(async ({ viewer }) => Response.json({ partnerships: await listPartnershipsFor(viewer) }));

const proposeBodySchema = z.intersection(proposePartnershipSchema, z.object({ partnerId: z.uuid() }));

/** POST /api/v1/partnerships — a verified partner proposes a partnership to a UMK. */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = parseInput(proposeBodySchema, await readJson(request), requestLocale(request));
  return Response.json(await proposePartnership(viewer, input), { status: 201 });
});
