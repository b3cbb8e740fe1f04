export const ROLES = ["admin", "seller", "buyer", "approver", "treasurer", "auditor", "partner"] as const;
export type Role = (typeof ROLES)[number];

export type Membership = {
  role: Role;
  regionId: string;
  opdId: string | null;
  businessId: string | null;
  /** The partner organization a `partner` membership acts for (absent on every other role). */
  partnerId?: string | null;
};

/** Who is asking, re-read from the database for every decision so a revoked role stops at once. */
export type Viewer = {
  userId: string;
  email: string;
  name: string;
  memberships: Membership[];
};

export const rolesOf = (viewer: Pick<Viewer, "memberships">): Role[] =>
  ROLES.filter((role) => viewer.memberships.some((m) => m.role === role));
