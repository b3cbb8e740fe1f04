import { apiRoute } from "@/lib/api/handler";
import { sendInvitations } from "@/lib/services/diklat/program-management";
import { parsePathId } from "@/lib/validation/procurement";

export const dynamic = "force-dynamic";

/** POST /api/v1/programs/{id}/invitations — invite (and notify) the targeted UMKs not yet in the program. */
export const POST = apiRoute<{ id: string }>(async ({ viewer, params }) => Response.json(await sendInvitations(viewer, parsePathId(params.id))));
