import { apiRoute, requestLocale } from "@/lib/api/handler";
import { closeEvent } from "@/lib/services/events";
import { parsePathId } from "@/lib/validation/procurement";
import { localizeDetail } from "../../_lib/localize";

export const dynamic = "force-dynamic";

/** POST /api/v1/events/{id}/close — freeze the report; 422 naming off-platform items without evidence. */
export const POST = apiRoute<{ id: string }>(async ({ request, viewer, params }) =>
  Response.json(localizeDetail(await closeEvent(viewer, parsePathId(params.id)), requestLocale(request))),
);
