"use server";

import { closeEvent, createEvent, updateEvent } from "@/lib/services/events";
import { createEventSchema, updateEventSchema } from "@/lib/validation/events";
import { formAction } from "../form-action";
import { formObject } from "../to-form-state";
import { backToEvent, eventFieldsFrom, eventIdOf, eventPages } from "./event-form-input";

export const createEventAction = formAction({
  input: (formData) => {
    const v = formObject(formData);
    return { ...eventFieldsFrom(v), opdId: v.opdId || undefined };
  },
  schema: createEventSchema,
  run: (viewer, input) => createEvent(viewer, input),
  revalidate: (event) => eventPages(event.id),
  redirect: (event) => `/kegiatan/${event.id}?baru=1`,
});

export const updateEventAction = formAction({
  input: (formData) => eventFieldsFrom(formObject(formData)),
  schema: updateEventSchema,
  run: (viewer, input, { formData }) => updateEvent(viewer, eventIdOf(formData), input),
  ...backToEvent("?diubah=1"),
});

export const closeEventAction = formAction({
  run: (viewer, _input, { formData }) => closeEvent(viewer, eventIdOf(formData)),
  ...backToEvent("?ditutup=1"),
  keepValues: false,
});
