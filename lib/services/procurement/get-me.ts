import { authorize } from "@/lib/auth/authorize";
import { rolesOf, type Viewer } from "@/lib/domain/auth/roles";
import type { MeView } from "@/lib/validation/views/procurement-results";

/** Who the caller is, with roles and scoped memberships; 401 when not signed in. */
export const getMe = (viewer: Viewer | null): MeView => {
  if (!viewer) authorize(viewer, "opd.read");
  return {
    user: { id: viewer.userId, email: viewer.email, name: viewer.name },
    roles: rolesOf(viewer),
    memberships: viewer.memberships.map((m) => ({
      role: m.role,
      regionId: m.regionId,
      ...(m.opdId ? { opdId: m.opdId } : {}),
      ...(m.businessId ? { businessId: m.businessId } : {}),
    })),
  };
};
