import { z } from "zod";
import { apiRoute, requestLocale } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { addPartnerMember } from "@/lib/services/partners/add-partner-member";
import { parseInput } from "@/lib/validation/messages";
import { addPartnerMemberSchema } from "@/lib/validation/mitra";
import { readJson } from "../../../seller/_lib/body";

/** POST /api/v1/partners/{id}/members — the admin gives a person the partner role for a verified partner. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  if (!z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  const input = parseInput(addPartnerMemberSchema, await readJson(request), requestLocale(request));
  return Response.json(await addPartnerMember(viewer, { ...input, partnerId: params.id }), { status: 201 });
});
