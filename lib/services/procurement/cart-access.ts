import { authorize } from "@/lib/auth/authorize";
import type { Viewer } from "@/lib/domain/auth/roles";
import { opdsWhere } from "@/lib/auth/scopes";

/** A cart belongs to a buyer: anyone holding the buyer role in some OPD may keep one. */
export function assertBuyer(viewer: Viewer | null): asserts viewer is Viewer {
  authorize(viewer, "purchase_request.create", { opdId: (viewer ? opdsWhere(viewer, "purchase_request.create")[0] : undefined) ?? "-" });
}
