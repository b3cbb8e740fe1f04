import "server-only";
import { getTranslations } from "next-intl/server";
import { EVENT_ITEM_CATEGORIES } from "@/lib/domain/events/event-compliance";
import type { EvidenceLabels } from "./evidence-upload";
import type { ItemFieldLabels } from "./types";

// Labels for the client forms, read on the server in the viewer's language.

export const itemFieldLabels = async (): Promise<ItemFieldLabels> => {
  const [t, tc] = await Promise.all([getTranslations("events.addItem"), getTranslations("events.common")]);
  return {
    category: t("category"), description: t("description"), descriptionHint: t("descriptionHint"), amount: t("amount"), amountHint: t("amountHint"),
    supplierKind: t("supplierKind"), platform: t("platform"), platformHint: t("platformHint"), offPlatform: t("offPlatform"), offPlatformHint: t("offPlatformHint"),
    search: t("search"), searchButton: t("searchButton"), searching: t("searching"), searchHint: t("searchHint"), results: t("results"), noResults: t("noResults"),
    supplierName: t("supplierName"), nib: t("nib"), isUmk: t("isUmk"), isLocal: t("isLocal"),
    umk: tc("umk"), notUmk: tc("notUmk"), local: tc("local"), notLocal: tc("notLocal"),
  };
};

export const categoryOptions = async () => {
  const t = await getTranslations("events.category");
  return EVENT_ITEM_CATEGORIES.map((c) => ({ value: c, label: t(c) }));
};

/** Placeholders stay in the strings: the client fills in the file's name and size. */
export const evidenceLabels = async (): Promise<EvidenceLabels> => {
  const t = await getTranslations("events.evidence");
  return {
    file: t("file"), fileHint: t("fileHint"), submit: t("submit"),
    uploading: t("uploading", { percent: "{percent}" }), uploadingPlain: t("uploadingPlain"), uploaded: t("uploaded"),
    tooLarge: t("tooLarge", { name: "{name}", size: "{size}" }), wrongType: t("wrongType", { name: "{name}" }),
    noFile: t("noFile"), failed: t("failed"),
  };
};
