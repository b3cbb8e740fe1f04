"use server";

import { getTranslations } from "next-intl/server";
import { viewer } from "@/lib/auth/viewer";
import { addEventItem, amendEvent, attachEvidence, removeEventItem, searchBusinessesForEvent } from "@/lib/services/events";
import { amendEventSchema } from "@/lib/validation/events";
import { formAction } from "../form-action";
import { formObject } from "../to-form-state";
import { backToEvent, eventIdOf, translatedFieldError, itemFrom } from "./event-form-input";

export const addEventItemAction = formAction({
  input: (formData, { locale }) => itemFrom(formObject(formData), locale),
  run: (viewer, item, { formData }) => addEventItem(viewer, eventIdOf(formData), item),
  ...backToEvent("#barang"),
});

export const removeEventItemAction = formAction({
  run: (viewer, _input, { formData }) => removeEventItem(viewer, eventIdOf(formData), eventIdOf(formData, "itemId")),
  ...backToEvent("#barang"),
  keepValues: false,
});

/** The no-JavaScript path of the evidence upload; with JavaScript the form posts to the API to show progress. */
export const uploadEvidenceAction = formAction({
  input: async (formData) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw translatedFieldError("file", (await getTranslations("events.evidence"))("noFile"));
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
  },
  run: (viewer, upload, { formData }) => attachEvidence(viewer, eventIdOf(formData), eventIdOf(formData, "itemId"), upload),
  ...backToEvent((formData) => `#item-${eventIdOf(formData, "itemId")}`),
  keepValues: false,
  // The upload form shows every refusal (type, size, closed event) next to its one field.
  onError: (state) => ({ ...state, fields: { ...state.fields, file: state.message ?? "" } }),
});

export const amendEventAction = formAction({
  input: async (formData, { locale }) => {
    const v = formObject(formData);
    const addsItem = Boolean(v.description?.trim() || v.amountIdr?.trim() || v.supplierName?.trim() || v.businessId);
    return { reason: v.reason, voidItemIds: formData.getAll("voidItemIds").map(String), addItems: addsItem ? [await itemFrom(v, locale)] : [] };
  },
  schema: amendEventSchema,
  run: (viewer, input, { formData }) => amendEvent(viewer, eventIdOf(formData), input),
  ...backToEvent("?amandemen=1#riwayat"),
});

/** The add-item form's live business search (with JavaScript); the same search runs as a GET without it. */
export async function searchBusinessesAction(q: string) {
  if (q.trim().length < 2) return [];
  return searchBusinessesForEvent(await viewer(), q.trim());
}
