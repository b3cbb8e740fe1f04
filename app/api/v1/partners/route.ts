import { apiRoute, requestLocale } from "@/lib/api/handler";
import { listPartners } from "@/lib/services/partners/list-partners";
import { registerPartner } from "@/lib/services/partners/register-partner";
import { parseInput } from "@/lib/validation/messages";
import { registerPartnerSchema } from "@/lib/validation/mitra";
import { readJson } from "../seller/_lib/body";

/** GET /api/v1/partners — the partner organizations of the admin's province, with members. */
export const GET = apiRoute(async ({ viewer }) => Response.json({ partners: await listPartners(viewer) }));

/** POST /api/v1/partners — the admin registers a partner organization (unverified). */
export const POST = apiRoute(async ({ request, viewer }) => {
  const input = parseInput(registerPartnerSchema, await readJson(request), requestLocale(request));
  return Response.json(await registerPartner(viewer, input), { status: 201 });
});
