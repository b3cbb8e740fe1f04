import { witaDate } from "@/lib/domain/time/wita";
import { sellersOf } from "../amounts";
import type { Finding, Rule, SellerSnapshot } from "../types";

const holdsValid = (seller: SellerSnapshot, kinds: ReadonlyArray<SellerSnapshot["certifications"][number]["kind"]>, today: string) =>
  seller.certifications.some((c) => kinds.includes(c.kind) && (c.expiresOn === null || c.expiresOn >= today));

/** FOOD_PERMIT (PP 42/2024): food and drink need a valid PIRT or BPOM, and halal from the policy date (WITA). */
export const foodPermit: Rule = (request, context, policy) => {
  const { enabled, halalRequiredFrom } = policy.rules.foodPermit;
  if (!enabled) return [];
  const today = witaDate(context.now);
  const halalRequired = today >= halalRequiredFrom;
  const findings: Finding[] = [];
  for (const seller of sellersOf(request.lines.filter((l) => l.isFood))) {
    if (!holdsValid(seller, ["pirt", "bpom"], today)) {
      findings.push({
        rule: "FOOD_PERMIT",
        severity: "block",
        params: { businessId: seller.businessId, seller: seller.name, missing: "pirt_or_bpom" },
        message: {
          id: `${seller.name} belum memiliki izin pangan (PIRT atau BPOM) yang berlaku. Pilih penjual pangan lain yang izinnya berlaku.`,
          en: `${seller.name} has no valid food permit (PIRT or BPOM). Choose another food seller whose permit is valid.`,
        },
      });
    }
    if (halalRequired && !holdsValid(seller, ["halal"], today)) {
      findings.push({
        rule: "FOOD_PERMIT",
        severity: "block",
        params: { businessId: seller.businessId, seller: seller.name, missing: "halal", requiredFrom: halalRequiredFrom },
        message: {
          id: `Sejak ${halalRequiredFrom}, produk pangan wajib bersertifikat halal; ${seller.name} belum memilikinya. Pilih penjual pangan bersertifikat halal.`,
          en: `Since ${halalRequiredFrom}, food products must be halal-certified; ${seller.name} is not. Choose a halal-certified food seller.`,
        },
      });
    }
  }
  return findings;
};
