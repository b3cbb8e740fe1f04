import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { businessApplications, businessCertifications, businesses } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { getApplication, saveApplicationStep } from "@/lib/services/businesses/application";
import { registerBusiness, submitApplication } from "@/lib/services/businesses/submit-application";
import { uploadCertificationDocument } from "@/lib/services/businesses/upload-document";
import { saveCertificationsFromForm } from "@/lib/services/businesses/save-certifications";
import { signUp } from "@/lib/services/accounts/sign-up";
import { loadViewer } from "@/lib/auth/load-viewer";
import { minimalPdf } from "../setup/upload-fixtures";
import { auditOf, freshNib, newUser, regionByName, rejects, sellerMembership, useTempDataDir, viewerByEmail } from "./business-helpers";

jest.setTimeout(60_000);
useTempDataDir();

let lombokTengah: string;
let surabaya: string;
let takenNib: string;

beforeAll(async () => {
  await seedDemoData(db, { now: new Date("2026-06-01T02:00:00Z") });
  lombokTengah = await regionByName(db, "Lombok Tengah");
  surabaya = await regionByName(db, "Kota Surabaya");
  takenNib = (await db.select({ nib: businesses.nib }).from(businesses).limit(1))[0]!.nib;
});

describe("self sign-up", () => {
  it("creates a role-less account with an audit event; a taken email is a 409", async () => {
    const user = await signUp({ name: "Baiq Rina", email: "rina@uji.test", password: "sandi-panjang-1" });
    const viewer = await loadViewer(db, user.id);
    expect(viewer?.memberships).toEqual([]);
    expect((await auditOf(db, user.id)).map((e) => e.action)).toEqual(["user.signed_up"]);
    const error = await rejects(signUp({ name: "Lain", email: "RINA@uji.test", password: "sandi-panjang-2" }));
    expect(error.code).toBe("conflict");
    expect(error.localized.id).toBe("Email sudah terdaftar. Silakan masuk.");
  });
});

describe("onboarding wizard", () => {
  it("saves each step, resumes at the saved step, and submits a pending business + seller membership in one go", async () => {
    const viewer = await newUser(db, "Inaq Sumiati");
    expect((await getApplication(viewer)).step).toBe("identity");

    const nib = freshNib();
    // A food business (KBLI 10794, dodol and keripik): PIRT is one of its certificates.
    await saveApplicationStep(viewer, "identity", { legalName: "Dodol Rumput Laut Sumiati", nib, kbli: "10794", ownerName: "Inaq Sumiati" });
    await saveApplicationStep(viewer, "location", { regionId: lombokTengah, address: "Dusun Pringgasela, Lombok Tengah" });
    // Coming back later (new request, same user): the wizard resumes at the finance step.
    const resumed = await getApplication(viewer);
    expect(resumed.step).toBe("finance");
    expect(resumed.data).toMatchObject({ nib, regionId: lombokTengah });

    await saveApplicationStep(viewer, "finance", { capitalIdr: 25_000_000, annualTurnoverIdr: 120_000_000 });
    const doc = await uploadCertificationDocument(viewer, minimalPdf());
    expect(doc.key).toMatch(new RegExp(`^documents/${viewer.userId}/.+\\.pdf$`));
    await saveApplicationStep(viewer, "certifications", {
      certifications: [{ kind: "pirt", number: "P-IRT 2095202010123-29", expiresOn: "2029-05-01", documentKey: doc.key }],
    });
    expect((await getApplication(viewer)).step).toBe("review");

    const created = await submitApplication(viewer);
    expect(created).toEqual({ businessId: expect.any(String), scale: "mikro", verificationStatus: "pending" });

    const [business] = await db.select().from(businesses).where(eq(businesses.id, created.businessId));
    expect(business).toMatchObject({ nib, verificationStatus: "pending", scale: "mikro", isUmk: true, regionId: lombokTengah });
    const certs = await db.select().from(businessCertifications).where(eq(businessCertifications.businessId, created.businessId));
    expect(certs).toEqual([expect.objectContaining({ kind: "pirt", expiresOn: "2029-05-01", documentPath: doc.key })]);
    const [membership] = await sellerMembership(db, viewer.userId);
    expect(membership).toMatchObject({ businessId: created.businessId });
    const [app] = await db.select().from(businessApplications).where(eq(businessApplications.userId, viewer.userId));
    expect(app).toMatchObject({ businessId: created.businessId, submittedAt: expect.any(Date) });
    expect((await auditOf(db, created.businessId)).map((e) => e.action)).toEqual(["business.registered"]);
    expect((await auditOf(db, viewer.userId)).map((e) => e.action)).toContain("membership.granted");

    // Submitting twice (double tap) is refused and changes nothing.
    expect((await rejects(submitApplication(viewer))).code).toBe("conflict");
    expect(await sellerMembership(db, viewer.userId)).toHaveLength(1);
  });

  it("says 'NIB sudah terdaftar' at the NIB step", async () => {
    const viewer = await newUser(db);
    const error = await rejects(saveApplicationStep(viewer, "identity", { legalName: "Usaha", nib: takenNib, kbli: "10792", ownerName: "Amaq" }));
    expect(error.code).toBe("conflict");
    expect(error.localized.id).toBe("NIB sudah terdaftar.");
    expect(error.localized.en).toBe("This NIB is already registered.");
  });

  it("relies on the unique constraint at submit: a NIB taken meanwhile is a 409 and nothing is half-written", async () => {
    const first = await newUser(db);
    const second = await newUser(db);
    const nib = freshNib();
    const input = { legalName: "Gerabah Banyumulek", nib, kbli: "23931", ownerName: "Amaq Rudi", regionId: lombokTengah, address: "Banyumulek, Lombok Barat", capitalIdr: 1, annualTurnoverIdr: 1, certifications: [] };
    await saveApplicationStep(second, "identity", input); // passes: nobody has the NIB yet
    await registerBusiness(first, input);
    await saveApplicationStep(second, "location", input);
    await saveApplicationStep(second, "finance", input);
    const error = await rejects(submitApplication(second));
    expect(error.code).toBe("conflict");
    expect(error.localized.id).toBe("NIB sudah terdaftar.");
    expect(await sellerMembership(db, second.userId)).toEqual([]);
    expect((await getApplication(second)).submittedAt).toBeNull();
  });

  it("refuses a kabupaten outside the platform province, incomplete data, and other users' documents", async () => {
    const viewer = await newUser(db);
    const base = { legalName: "Kopi Sembalun", nib: freshNib(), kbli: "10761", ownerName: "Lalu", address: "Sembalun, Lombok Timur", capitalIdr: 1, annualTurnoverIdr: 1, certifications: [] };
    expect((await rejects(registerBusiness(viewer, { ...base, regionId: surabaya }))).code).toBe("unprocessable");
    const other = await viewerByEmail(db, "penjual@pasarumk.test");
    const forged = { kind: "halal" as const, number: "ID123", documentKey: `documents/${other.userId}/x.pdf` };
    expect((await rejects(registerBusiness(viewer, { ...base, regionId: lombokTengah, certifications: [forged] }))).code).toBe("forbidden");
    const incomplete = await newUser(db);
    await saveApplicationStep(incomplete, "identity", { legalName: "Madu", nib: freshNib(), kbli: "01499", ownerName: "Ina" });
    const error = await rejects(submitApplication(incomplete));
    expect(error.code).toBe("unprocessable");
    expect(await sellerMembership(db, incomplete.userId)).toEqual([]);
  });

  it("refuses food permits for a business whose KBLI is not food (422 naming the certificate), in the API and in the wizard", async () => {
    const viewer = await newUser(db);
    const base = { legalName: "Tenun Pringgasela", nib: freshNib(), kbli: "13912", ownerName: "Inaq Rum", regionId: lombokTengah, address: "Pringgasela, Lombok Timur", capitalIdr: 1, annualTurnoverIdr: 1 };
    const pirt = { kind: "pirt" as const, number: "P-IRT 2095202010123-29", expiresOn: "2029-05-01" };
    const error = await rejects(registerBusiness(viewer, { ...base, certifications: [{ kind: "halal", number: "ID5211" }, pirt] }));
    expect(error.code).toBe("unprocessable");
    expect(error.details).toEqual([expect.objectContaining({ path: "certifications.1.kind", reason: "certification_not_for_kbli", kind: "pirt", kbli: "13912" })]);
    expect(error.localized.id).toContain("hanya untuk usaha pangan");
    expect(await sellerMembership(db, viewer.userId)).toEqual([]);

    await saveApplicationStep(viewer, "identity", base);
    const form = new FormData();
    form.set("pirt_number", pirt.number);
    form.set("pirt_expiresOn", pirt.expiresOn);
    const wizard = await rejects(saveCertificationsFromForm(viewer, form));
    expect(wizard.code).toBe("unprocessable");
    expect(wizard.details).toEqual([expect.objectContaining({ path: "pirt_number", reason: "certification_not_for_kbli" })]);
    // A halal certificate is for any business.
    const halal = new FormData();
    halal.set("halal_number", "ID52110000123450824");
    expect(await saveCertificationsFromForm(viewer, halal)).toEqual({ nextStep: "review" });
  });

  it("keeps a payout account given at registration, and writes it to the audit trail masked", async () => {
    const viewer = await newUser(db);
    const created = await registerBusiness(viewer, {
      legalName: "Gerabah Penujak", nib: freshNib(), kbli: "23931", ownerName: "Amaq Sahrul", regionId: lombokTengah, address: "Penujak, Lombok Tengah",
      capitalIdr: 1, annualTurnoverIdr: 1, certifications: [], payoutBankCode: "128", payoutAccountNumber: "7010123456789", payoutAccountName: "Amaq Sahrul",
    });
    const [business] = await db.select().from(businesses).where(eq(businesses.id, created.businessId));
    expect(business).toMatchObject({ payoutBankCode: "128", payoutBankName: "Bank NTB Syariah", payoutAccountNumber: "7010123456789", payoutAccountName: "Amaq Sahrul" });
    const [registered] = (await auditOf(db, created.businessId)).filter((e) => e.action === "business.registered");
    expect(registered!.data).toMatchObject({ payoutAccount: { bankCode: "128", accountNumber: "•••• 6789" } });
    expect(JSON.stringify(registered!.data)).not.toContain("7010123456789");
  });

  it("anonymous callers get 401", async () => {
    expect((await rejects(getApplication(null))).code).toBe("unauthenticated");
    expect((await rejects(submitApplication(null))).code).toBe("unauthenticated");
  });
});
