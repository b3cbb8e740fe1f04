"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/components/procurement/localize";
import type { FormState } from "@/components/seller/form-state";
import { formObject, toFormState } from "@/components/seller/to-form-state";
import { viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
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

const finish = (eventId: string, suffix = "") => {
  revalidatePath("/kegiatan");
  revalidatePath(`/kegiatan/${eventId}`);
  revalidatePath(`/kegiatan/${eventId}/laporan`);
  revalidatePath("/audit/kegiatan");
  redirect(`/kegiatan/${eventId}${suffix}`);
};

export async function createEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  let id: string;
  try {
    const v = formObject(formData);
    const input = parseInput(
      createEventSchema,
      {
        title: v.title,
        type: v.type || undefined,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        kabupaten: v.kabupaten,
        attendees: countOf(v.attendees),
        budgetIdr: rupiahOf(v.budgetIdr),
        opdId: v.opdId || undefined,
      },
      locale,
    );
    id = (await createEvent(await viewer(), input)).id;
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(id, "?baru=1");
  return {};
}

export async function updateEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const eventId = idOf(formData);
  try {
    const v = formObject(formData);
    const input = parseInput(
      updateEventSchema,
      { title: v.title, type: v.type || undefined, startsAt: v.startsAt, endsAt: v.endsAt, kabupaten: v.kabupaten, attendees: countOf(v.attendees), budgetIdr: rupiahOf(v.budgetIdr) },
      locale,
    );
    await updateEvent(await viewer(), eventId, input);
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(eventId, "?diubah=1");
  return {};
}

/** One item from the add-item (or amendment) fields: a platform business, or a declared off-platform supplier. */
const itemFrom = async (v: Record<string, string>, locale: "id" | "en") => {
  const t = await getTranslations("events.addItem");
  const base = { category: v.category || undefined, description: v.description, amountIdr: rupiahOf(v.amountIdr) };
  if (v.supplierKind === "platform") {
    if (!v.businessId) throw new AppError("unprocessable", { id: t("pickBusiness"), en: t("pickBusiness") }, [{ path: "businessId", message: t("pickBusiness") }]);
    return parseInput(eventItemSchema, { ...base, businessId: v.businessId }, locale);
  }
  if (v.supplierKind !== "declared") throw new AppError("unprocessable", { id: t("pickKind"), en: t("pickKind") }, [{ path: "supplierKind", message: t("pickKind") }]);
  return parseInput(
    eventItemSchema,
    { ...base, supplierName: v.supplierName || undefined, nib: v.nib?.trim() || undefined, isUmk: v.isUmk === "on", isLocal: v.isLocal === "on" },
    locale,
  );
};

export async function addEventItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const eventId = idOf(formData);
  try {
    await addEventItem(await viewer(), eventId, await itemFrom(formObject(formData), locale));
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(eventId, "#barang");
  return {};
}

export async function removeEventItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const eventId = idOf(formData);
  try {
    await removeEventItem(await viewer(), eventId, idOf(formData, "itemId"));
  } catch (error) {
    return toFormState(error, locale);
  }
  finish(eventId, "#barang");
  return {};
}

/** The no-JavaScript path of the evidence upload; with JavaScript the form posts to the API to show progress. */
export async function uploadEvidenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const eventId = idOf(formData);
  const itemId = idOf(formData, "itemId");
  const file = formData.get("file");
  try {
    if (!(file instanceof File) || file.size === 0) {
      const t = await getTranslations("events.evidence");
      return { ok: false, message: t("noFile"), fields: { file: t("noFile") } };
    }
    await attachEvidence(await viewer(), eventId, itemId, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name });
  } catch (error) {
    const state = toFormState(error, locale);
    return { ...state, fields: { ...state.fields, file: state.message ?? "" } };
  }
  finish(eventId, `#item-${itemId}`);
  return {};
}

export async function closeEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const eventId = idOf(formData);
  try {
    await closeEvent(await viewer(), eventId);
  } catch (error) {
    return toFormState(error, locale);
  }
  finish(eventId, "?ditutup=1");
  return {};
}

export async function amendEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = await currentLocale();
  const eventId = idOf(formData);
  try {
    const v = formObject(formData);
    const addsItem = Boolean(v.description?.trim() || v.amountIdr?.trim() || v.supplierName?.trim() || v.businessId);
    const input = parseInput(
      amendEventSchema,
      {
        reason: v.reason,
        voidItemIds: formData.getAll("voidItemIds").map(String),
        addItems: addsItem ? [await itemFrom(v, locale)] : [],
      },
      locale,
    );
    await amendEvent(await viewer(), eventId, input);
  } catch (error) {
    return toFormState(error, locale, formData);
  }
  finish(eventId, "?amandemen=1#riwayat");
  return {};
}

/** The add-item form's live business search (with JavaScript); the same search runs as a GET without it. */
export async function searchBusinessesAction(q: string) {
  if (q.trim().length < 2) return [];
  return searchBusinessesForEvent(await viewer(), q.trim());
}
