import { can, type Action, type Resource } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError } from "@/lib/errors";

/** Throws 401 for anonymous viewers and 403 when the can() table says no; returns the viewer otherwise. */
export function authorize(viewer: Viewer | null, action: Action, resource: Resource = {}): asserts viewer is Viewer {
  if (!viewer) throw new AppError("unauthenticated");
  if (!can(viewer, action, resource)) throw new AppError("forbidden");
}

/** For what anyone signed in may do to their own records (inbox, preferences, password): 401 for visitors only. */
export function requireSignedIn(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer) throw new AppError("unauthenticated");
}
