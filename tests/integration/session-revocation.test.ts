import { db } from "@/db/client";
import { findSessionVersion, revokeSession } from "@/db/queries/sessions";
import { seedDemoData } from "@/db/seed";
import { loadSessionViewer } from "@/lib/auth/session-viewer";
import { AppError } from "@/lib/errors";
import { changePassword, setUserSuspended, signOutEverywhere } from "@/lib/services/accounts/sessions";
import { newUser } from "./business-helpers";
import { viewerOf } from "./procurement-helpers";

const claims = async (userId: string, sessionId: string) => ({ sessionId, sessionVersion: await findSessionVersion(db, userId) });

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
};

beforeAll(async () => {
  await seedDemoData(db, { now: new Date() });
});

describe("sessions end on the server", () => {
  it("signing out revokes just that session; signing out everywhere ends them all", async () => {
    const person = await newUser(db, "Dua Perangkat");
    const laptop = await claims(person.userId, "laptop");
    const phone = await claims(person.userId, "phone");
    await revokeSession(db, { sessionId: "laptop", userId: person.userId, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await loadSessionViewer(person.userId, laptop)).toBeNull();
    expect(await loadSessionViewer(person.userId, phone)).toMatchObject({ userId: person.userId });
    await signOutEverywhere(person);
    expect(await loadSessionViewer(person.userId, phone)).toBeNull();
    expect(await loadSessionViewer(person.userId, await claims(person.userId, "new"))).toMatchObject({ userId: person.userId });
    // A token from before session versions existed is not trusted.
    expect(await loadSessionViewer(person.userId, { sessionId: "old", sessionVersion: null })).toBeNull();
  });

  it("a password change needs the current password and ends every session", async () => {
    const person = await newUser(db, "Ganti Sandi");
    const before = await claims(person.userId, "s1");
    expect(await refusal(changePassword(person, { currentPassword: "bukan-ini", newPassword: "sandi-baru-panjang-1" }))).toBe("unprocessable");
    expect(await loadSessionViewer(person.userId, before)).not.toBeNull();
    await changePassword(person, { currentPassword: "sandi-rahasia-123", newPassword: "sandi-baru-panjang-1" });
    expect(await loadSessionViewer(person.userId, before)).toBeNull();
  });

  it("an admin suspending a user ends their sessions; nobody else may, nor on themselves", async () => {
    const admin = await viewerOf(db, "admin@pasarumk.test");
    const buyer = await viewerOf(db, "pembeli@pasarumk.test");
    const person = await newUser(db, "Disalahgunakan");
    const session = await claims(person.userId, "s1");
    expect(await refusal(setUserSuspended(buyer, { userId: person.userId, suspend: true, reason: "Akun dipakai orang lain" }))).toBe("forbidden");
    expect(await refusal(setUserSuspended(admin, { userId: admin.userId, suspend: true, reason: "Coba sendiri" }))).toBe("conflict");
    await setUserSuspended(admin, { userId: person.userId, suspend: true, reason: "Akun dipakai orang lain" });
    expect(await loadSessionViewer(person.userId, session)).toBeNull();
    await setUserSuspended(admin, { userId: person.userId, suspend: false, reason: "Sudah diamankan pemiliknya" });
    expect(await loadSessionViewer(person.userId, session)).toBeNull();
    expect(await loadSessionViewer(person.userId, await claims(person.userId, "s2"))).not.toBeNull();
  });
});
