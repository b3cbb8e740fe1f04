import bcrypt from "bcryptjs";
import { findUserForPasswordChange, searchUsers, setPasswordHash, setUserActive } from "@/db/queries/users";
import { db } from "@/db/client";
import { bumpSessionVersion } from "@/db/queries/sessions";
import { authorize, requireSignedIn } from "@/lib/auth/authorize";
import { actorOf } from "@/lib/domain/audit/audit-event";
import type { Viewer } from "@/lib/domain/auth/roles";
import { AppError, fieldError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { orNotFound } from "@/lib/services/or-not-found";
import type { ChangePasswordInput, SuspendUserInput } from "@/lib/validation/accounts";

/** "Keluar dari semua perangkat": every session of the person, this one included, ends at its next request. Audited. */
export const signOutEverywhere = async (viewer: Viewer | null, now = new Date()) => {
  requireSignedIn(viewer);
  const me = viewer;
  return db.transaction(async (tx) => {
    orNotFound(await bumpSessionVersion(tx, me.userId));
    await appendAuditEvent(tx, { actor: actorOf(me), action: "user.signed_out_everywhere", entity: "user", entityId: me.userId, at: now });
    return { signedOut: true as const };
  });
};

/**
 * A new password from the current one (422 naming `currentPassword` when it is wrong). Every session ends, this one
 * included, so a stolen session does not outlive the change. Audited.
 */
export const changePassword = async (viewer: Viewer | null, input: ChangePasswordInput, now = new Date()) => {
  requireSignedIn(viewer);
  const me = viewer;
  const newHash = await bcrypt.hash(input.newPassword, 10);
  return db.transaction(async (tx) => {
    const user = orNotFound(await findUserForPasswordChange(tx, me.userId));
    if (!user.passwordHash || !(await bcrypt.compare(input.currentPassword, user.passwordHash))) {
      throw fieldError("currentPassword", { id: "Kata sandi saat ini salah.", en: "The current password is wrong." });
    }
    await setPasswordHash(tx, me.userId, newHash);
    await bumpSessionVersion(tx, me.userId);
    await appendAuditEvent(tx, { actor: actorOf(me), action: "user.password_changed", entity: "user", entityId: me.userId, at: now });
    return { changed: true as const };
  });
};

/** An admin suspends (or reinstates) an account, never their own; the person's sessions end at once. Audited with the reason. */
export const setUserSuspended = async (viewer: Viewer | null, input: SuspendUserInput & { userId: string; suspend: boolean }, now = new Date()) => {
  authorize(viewer, "user.suspend");
  if (input.userId === viewer.userId) throw new AppError("conflict", { id: "Anda tidak dapat menangguhkan akun Anda sendiri.", en: "You cannot suspend your own account." });
  return db.transaction(async (tx) => {
    const user = orNotFound(await setUserActive(tx, { userId: input.userId, actorId: viewer.userId, isActive: !input.suspend }));
    await appendAuditEvent(tx, {
      actor: actorOf(viewer),
      action: input.suspend ? "user.suspended" : "user.reinstated",
      entity: "user",
      entityId: user.id,
      at: now,
      data: { email: user.email, reason: input.reason },
    });
    return user;
  });
};

export const listUsersForAdmin = async (viewer: Viewer | null, text: string) => {
  authorize(viewer, "user.suspend");
  return searchUsers(db, { text: text.trim().slice(0, 100), limit: 50 });
};
