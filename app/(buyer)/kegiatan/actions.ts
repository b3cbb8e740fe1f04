"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/components/procurement/localize";
import type { FormState } from "@/components/seller/form-state";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import { viewer } from "@/lib/auth/viewer";
import { AppError, type Locale } from "@/lib/errors";
import {
  addEventItem, amendEvent, attachEvidence, closeEvent, createEvent, removeEventItem, searchBusinessesForEvent, updateEvent,
} from "@/lib/services/events";
import { parseInput } from "@/lib/validation/messages";
import { amendEventSchema, createEventSchema, eventItemSchema, updateEventSchema } from "@/lib/validation/events";

// Thin entry points for the event pages: parse the form, call one service, revalidate, go back to the page.

const idOf = (formData: FormData, name = "eventId") => String(formData.get(name) ?? "");

/** "Rp 1.500.000", "1.500.000" or "1500000" → 1500000; anything else stays a string so zod names the field. */
const rupiahOf = (value: string | undefined) => {
  const digits = (value ?? "").replace(/^\s*Rp\s*/i, "").replace(/[.\s]/g, "");
  return /^\d+$/.test(digits) ? Number(digits) : value;
};
const countOf = (value: string | undefined) => (/^\d+$/.test((value ?? "").trim()) ? Number(value!.trim()) : value);

/** A 422 on one form field, in one message (the texts come from the viewer's translations already). */
const fieldError = (path: string, message: string) => new AppError("unprocessable", { id: message, en: message }, [{ path, message }]);

/** Where a successful form goes back to: the event's page, with a notice flag or an anchor. */
type Done = { eventId: string; suffix: string };

/**
 * The one shape of every event form: run the work; on an error return the form state in the viewer's
 * language (with what was typed when `formData` is given, so the form keeps it); on success revalidate
 * the event's pages and redirect back. redirect() throws, so it must stay outside the try.
 */
const submit = async (
  work: (locale: Locale) => Promise<Done>,
  options: { formData?: FormData; errorState?: (state: FormState) => FormState } = {},
): Promise<FormState> => {
  const locale = await currentLocale();
  let done: Done;
  try {
    done = await work(locale);
  } catch (error) {
    const state = toFormState(error, locale, options.formData);
    return options.errorState ? options.errorState(state) : state;
  }
  revalidatePath("/kegiatan");
  revalidatePath(`/kegiatan/${done.eventId}`);
  revalidatePath(`/kegiatan/${done.eventId}/laporan`);
  revalidatePath("/audit/kegiatan");
  redirect(`/kegiatan/${done.eventId}${done.suffix}`);
};

/** The event fields shared by the create and edit forms, as the schemas expect them. */
const eventFieldsFrom = (v: Record<string, string>) => ({
  title: v.title,
  type: v.type || undefined,
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  kabupaten: v.kabupaten,
  attendees: countOf(v.attendees),
  budgetIdr: rupiahOf(v.budgetIdr),
});

export async function createEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submit(async (locale) => {
    const v = formObject(formData);
    const input = parseInput(createEventSchema, { ...eventFieldsFrom(v), opdId: v.opdId || undefined }, locale);
    return { eventId: (await createEvent(await viewer(), input)).id, suffix: "?baru=1" };
  }, { formData });
}

export async function updateEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submit(async (locale) => {
    const eventId = idOf(formData);
    await updateEvent(await viewer(), eventId, parseInput(updateEventSchema, eventFieldsFrom(formObject(formData)), locale));
    return { eventId, suffix: "?diubah=1" };
  }, { formData });
}

/** One item from the add-item (or amendment) fields: a platform business, or a declared off-platform supplier. */
const itemFrom = async (v: Record<string, string>, locale: Locale) => {
  const t = await getTranslations("events.addItem");
  const base = { category: v.category || undefined, description: v.description, amountIdr: rupiahOf(v.amountIdr) };
  if (v.supplierKind === "platform") {
    if (!v.businessId) throw fieldError("businessId", t("pickBusiness"));
    return parseInput(eventItemSchema, { ...base, businessId: v.businessId }, locale);
  }
  if (v.supplierKind !== "declared") throw fieldError("supplierKind", t("pickKind"));
  return parseInput(
    eventItemSchema,
    { ...base, supplierName: v.supplierName || undefined, nib: v.nib?.trim() || undefined, isUmk: v.isUmk === "on", isLocal: v.isLocal === "on" },
    locale,
  );
};

export async function addEventItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submit(async (locale) => {
    const eventId = idOf(formData);
    await addEventItem(await viewer(), eventId, await itemFrom(formObject(formData), locale));
    return { eventId, suffix: "#barang" };
  }, { formData });
}

export async function removeEventItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submit(async () => {
    const eventId = idOf(formData);
    await removeEventItem(await viewer(), eventId, idOf(formData, "itemId"));
    return { eventId, suffix: "#barang" };
  });
}

/** The no-JavaScript path of the evidence upload; with JavaScript the form posts to the API to show progress. */
export async function uploadEvidenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submit(
    async () => {
      const eventId = idOf(formData);
      const itemId = idOf(formData, "itemId");
      const file = formData.get("file");
      if (!(file instanceof File) || file.size === 0) throw fieldError("file", (await getTranslations("events.evidence"))("noFile"));
      await attachEvidence(await viewer(), eventId, itemId, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
      return { eventId, suffix: `#item-${itemId}` };
    },
    // The upload form shows every refusal (type, size, closed event) next to its one field.
    { errorState: (state) => ({ ...state, fields: { ...state.fields, file: state.message ?? "" } }) },
  );
}

export async function closeEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submit(async () => {
    const eventId = idOf(formData);
    await closeEvent(await viewer(), eventId);
    return { eventId, suffix: "?ditutup=1" };
  });
}

export async function amendEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return submit(async (locale) => {
    const eventId = idOf(formData);
    const v = formObject(formData);
    const addsItem = Boolean(v.description?.trim() || v.amountIdr?.trim() || v.supplierName?.trim() || v.businessId);
    const input = parseInput(
      amendEventSchema,
      { reason: v.reason, voidItemIds: formData.getAll("voidItemIds").map(String), addItems: addsItem ? [await itemFrom(v, locale)] : [] },
      locale,
    );
    await amendEvent(await viewer(), eventId, input);
    return { eventId, suffix: "?amandemen=1#riwayat" };
  }, { formData });
}

/** The add-item form's live business search (with JavaScript); the same search runs as a GET without it. */
export async function searchBusinessesAction(q: string) {
  if (q.trim().length < 2) return [];
  return searchBusinessesForEvent(await viewer(), q.trim());
}
