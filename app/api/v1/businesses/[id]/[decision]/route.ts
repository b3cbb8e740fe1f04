import { z } from "zod";
import { apiRoute, requestLocale } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { decideVerification } from "@/lib/services/businesses/decide-verification";
import { verificationDecisionSchema } from "@/lib/validation/business";
import { parseInput } from "@/lib/validation/messages";
import { readJson } from "../../../seller/_lib/body";

const decisions = z.enum(["verify", "reject", "suspend", "reinstate"]);

/** POST /api/v1/businesses/{id}/verify|reject|suspend|reinstate — a Diskop decision (admin of the province). */
export const POST = apiRoute<{ id: string; decision: string }>(async ({ request, viewer, params }) => {
  const decision = decisions.safeParse(params.decision);
  if (!decision.success || !z.uuid().safeParse(params.id).success) throw new AppError("not_found");
  const hasBody = (request.headers.get("content-length") ?? "0") !== "0";
  const { reason } = parseInput(verificationDecisionSchema, hasBody ? await readJson(request) : {}, requestLocale(request));
  const result = await decideVerification(viewer, { businessId: params.id, decision: decision.data, reason });
  return Response.json(result);
});
