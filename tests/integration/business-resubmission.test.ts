import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { businessCertifications, businesses } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { loadViewer } from "@/lib/auth/load-viewer";
import type { Viewer } from "@/lib/domain/auth/roles";
import { getApplication, saveApplicationStep } from "@/lib/services/businesses/application";
import { decideVerification } from "@/lib/services/businesses/decide-verification";
import { reopenRejectedApplication } from "@/lib/services/businesses/reopen-application";
import { submitApplication } from "@/lib/services/businesses/submit-application";
import { auditOf, freshNib, newUser, regionByName, rejects, useTempDataDir, viewerByEmail } from "./business-helpers";

jest.setTimeout(60_000);
useTempDataDir();

let admin: Viewer;
let lombokTengah: string;

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  admin = await viewerByEmail(db, "admin@pasarumk.test");
  lombokTengah = await regionByName(db, "Lombok Tengah");
});

const register = async (viewer: Viewer, nib: string) => {
  await saveApplicationStep(viewer, "identity", { legalName: "Anyaman Ketak Inaq Rahmah", nib, kbli: "16292", ownerName: "Inaq Rahmah" });
  await saveApplicationStep(viewer, "location", { regionId: lombokTengah, address: "Desa Beleka, Lombok Tengah" });
  await saveApplicationStep(viewer, "finance", { capitalIdr: 30_000_000, annualTurnoverIdr: 150_000_000 });
  await saveApplicationStep(viewer, "certifications", { certifications: [] });
  return submitApplication(viewer);
};

describe("a rejected seller corrects and resubmits", () => {
  it("reopens the wizard with the old data, keeps the NIB their own, and puts the same business back in the queue", async () => {
    let seller = await newUser(db, "Inaq Rahmah");
    const nib = freshNib();
    const { businessId } = await register(seller, nib);
    seller = (await loadViewer(db, seller.userId))!;

    // Not rejected yet: nothing to reopen.
    expect((await rejects(reopenRejectedApplication(seller))).code).toBe("conflict");

    await decideVerification(admin, { businessId, decision: "reject", reason: "Alamat tidak sesuai dengan NIB." });
    await reopenRejectedApplication(seller);
    const reopened = await getApplication(seller);
    expect(reopened.submittedAt).toBeNull();
    expect(reopened.data).toMatchObject({ nib, legalName: "Anyaman Ketak Inaq Rahmah" });

    // Saving the identity step with the seller's own NIB is not "taken".
    await saveApplicationStep(seller, "identity", { legalName: "Anyaman Ketak Inaq Rahmah", nib, kbli: "16292", ownerName: "Inaq Rahmah" });
    await saveApplicationStep(seller, "location", { regionId: lombokTengah, address: "Dusun Beleka Daya, Desa Beleka, Lombok Tengah" });
    const resubmitted = await submitApplication(seller);
    expect(resubmitted).toEqual({ businessId, scale: "mikro", verificationStatus: "pending" });

    const [business] = await db.select().from(businesses).where(eq(businesses.id, businessId));
    expect(business).toMatchObject({ verificationStatus: "pending", statusReason: null, address: "Dusun Beleka Daya, Desa Beleka, Lombok Tengah" });
    expect(await db.select().from(businessCertifications).where(eq(businessCertifications.businessId, businessId))).toEqual([]);
    expect((await auditOf(db, businessId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["business.registered", "business.rejected", "business_application.reopened", "business.resubmitted"]),
    );

    // Back in the queue, the admin can verify it.
    await decideVerification(admin, { businessId, decision: "verify" });
    const [verified] = await db.select().from(businesses).where(eq(businesses.id, businessId));
    expect(verified!.verificationStatus).toBe("verified");
  });

  it("refuses to reopen someone else's business and never lets a verified one be resubmitted", async () => {
    const stranger = await newUser(db, "Orang Lain");
    expect((await rejects(reopenRejectedApplication(stranger))).code).toBe("conflict");
    const demoSeller = await viewerByEmail(db, "penjual@pasarumk.test");
    expect((await rejects(reopenRejectedApplication(demoSeller))).code).toBe("conflict");
  });
});
