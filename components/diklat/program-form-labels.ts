import type { getTranslations } from "next-intl/server";

type T = Awaited<ReturnType<typeof getTranslations<"diklat.admin">>>;

/** The program form's labels from the diklat.admin namespace (one place for the new and the edit page). */
export const programFormLabels = (t: T) => ({
  title: t("fields.title"), module: t("fields.module"), organizerName: t("fields.organizerName"), organizerPartnerId: t("fields.organizerPartnerId"),
  noPartner: t("fields.noPartner"), kabupatenId: t("fields.kabupatenId"), categoryId: t("fields.categoryId"), noCategory: t("fields.noCategory"),
  startsAt: t("fields.startsAt"), endsAt: t("fields.endsAt"), seats: t("fields.seats"),
  prereq: t("prereq"), requiresVerified: t("requiresVerified"), requiresCertificates: t("requiresCertificates"), mustNotHave: t("mustNotHave"),
  target: t("target"), anyOfGaps: t("anyOfGaps"), foodKbliOnly: t("foodKbliOnly"), lacksCertificates: t("lacksCertificates"), save: t("save"),
  cert: { halal: t("cert.halal"), pirt: t("cert.pirt"), bpom: t("cert.bpom"), sni: t("cert.sni") },
});
