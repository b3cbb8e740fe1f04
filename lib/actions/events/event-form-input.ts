import "server-only";
import { getTranslations } from "next-intl/server";
import { fieldError, type Locale } from "@/lib/errors";
import { rupiahFromInput } from "@/lib/validation/form-input";
import { parseInput } from "@/lib/validation/messages";
import { eventItemSchema } from "@/lib/validation/events";
import type { ActionContext } from "../steps";
import { textField } from "../to-form-state";

// How the event forms' fields become the events schemas' input; the schemas do the refusing.

export const eventIdOf = (formData: FormData, name = "eventId") => textField(formData, name);

const countOf = (value: string | undefined) => (/^\d+$/.test((value ?? "").trim()) ? Number(value!.trim()) : value);

/** A 422 on one form field, in one message (the texts come from the viewer's translations already). */
export const translatedFieldError = (path: string, message: string) => fieldError(path, { id: message, en: message });

/** The event fields shared by the create and edit forms, as the schemas expect them. */
export const eventFieldsFrom = (v: Record<string, string>) => ({
  title: v.title,
  type: v.type || undefined,
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  kabupaten: v.kabupaten,
  attendees: countOf(v.attendees),
  budgetIdr: rupiahFromInput(v.budgetIdr),
});

/** One item from the add-item (or amendment) fields: a platform business, or a declared off-platform supplier. */
export const itemFrom = async (v: Record<string, string>, locale: Locale) => {
  const t = await getTranslations("events.addItem");
  const base = { category: v.category || undefined, description: v.description, amountIdr: rupiahFromInput(v.amountIdr) };
  if (v.supplierKind === "platform") {
    if (!v.businessId) throw translatedFieldError("businessId", t("pickBusiness"));
    return parseInput(eventItemSchema, { ...base, businessId: v.businessId }, locale);
  }
  if (v.supplierKind !== "declared") throw translatedFieldError("supplierKind", t("pickKind"));
  return parseInput(
    eventItemSchema,
    { ...base, supplierName: v.supplierName || undefined, nib: v.nib?.trim() || undefined, isUmk: v.isUmk === "on", isLocal: v.isLocal === "on" },
    locale,
  );
};

/** Every page that shows an event (and the auditor's list), revalidated after any change to it. */
export const eventPages = (eventId: string) => ["/kegiatan", `/kegiatan/${eventId}`, `/kegiatan/${eventId}/laporan`, "/audit/kegiatan"];

/** After a form posted from an event's page: revalidate its pages and go back there, with a notice flag or an anchor. */
export const backToEvent = (suffix: string | ((formData: FormData) => string)) => ({
  revalidate: (_result: unknown, _input: unknown, { formData }: ActionContext) => eventPages(eventIdOf(formData)),
  redirect: (_result: unknown, _input: unknown, { formData }: ActionContext) =>
    `/kegiatan/${eventIdOf(formData)}${typeof suffix === "string" ? suffix : suffix(formData)}`,
});
