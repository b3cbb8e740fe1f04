import "server-only";
import type { Viewer } from "@/lib/domain/auth/roles";
import { certificateKindsFor, CERTIFICATION_KINDS } from "@/lib/domain/business/certification";
import { AppError, type Locale } from "@/lib/errors";
import { certificationSchema, type CertificationInput } from "@/lib/validation/business";
import { validationError } from "@/lib/validation/messages";
import { getApplication, saveApplicationStep } from "./application";
import { uploadCertificationDocument } from "./upload-document";
import { certificationNotForKbli } from "./create-business";

/**
 * The wizard's certificates step from a multipart form (`<kind>_number`, `<kind>_expiresOn`,
 * `<kind>_document`): every kind with a number is validated first, documents are stored only after that
 * (so a typo leaves no orphan files), a kind left empty is dropped, a kept kind keeps its earlier document.
 * A kind the business's KBLI (from the identity step) does not allow is refused (422), before any upload.
 */
export const saveCertificationsFromForm = async (viewer: Viewer | null, form: FormData, locale: Locale = "id") => {
  const { data } = await getApplication(viewer);
  const saved = (data.certifications ?? []) as CertificationInput[];
  const kbli = String(data.kbli ?? "");
  const allowed = new Set(certificateKindsFor(kbli));
  const certs: CertificationInput[] = [];
  const issues: Array<{ path: string; message: string }> = [];
  let first: AppError | null = null;
  for (const kind of CERTIFICATION_KINDS) {
    const number = String(form.get(`${kind}_number`) ?? "").trim();
    if (!number) continue;
    if (!allowed.has(kind)) throw certificationNotForKbli(kbli, kind, `${kind}_number`);
    const parsed = certificationSchema.safeParse({ kind, number, expiresOn: form.get(`${kind}_expiresOn`) ?? undefined });
    if (!parsed.success) {
      const error = validationError(parsed.error, locale);
      first ??= error;
      for (const d of error.details as Array<{ path: string; message: string }>) issues.push({ path: `${kind}_${d.path}`, message: d.message });
      continue;
    }
    const previous = saved.find((c) => c.kind === kind);
    certs.push({ ...parsed.data, ...(previous?.documentKey ? { documentKey: previous.documentKey } : {}) });
  }
  if (first) throw new AppError("unprocessable", first.localized, issues);
  for (const cert of certs) {
    const file = form.get(`${cert.kind}_document`);
    if (file && typeof file !== "string" && file.size > 0) {
      cert.documentKey = (await uploadCertificationDocument(viewer, new Uint8Array(await file.arrayBuffer()))).key;
    }
  }
  return saveApplicationStep(viewer, "certifications", { certifications: certs });
};
