"use server";

import { addHoliday, removeHoliday } from "@/lib/services/procurement/manage-holidays";
import { addHolidaySchema } from "@/lib/validation/holidays";
import { backWithProblem, plainAction } from "../plain-action";
import { textField } from "../to-form-state";

const HOLIDAYS = "/admin/libur";
const backToHolidays = { revalidate: [HOLIDAYS], redirect: () => HOLIDAYS, onError: backWithProblem(HOLIDAYS) };

export const addHolidayAction = plainAction({
  // The schema's own messages (not the shared field keys) are what this page shows.
  input: (formData) => addHolidaySchema.parse(Object.fromEntries(formData)),
  run: (viewer, input) => addHoliday(viewer, input),
  ...backToHolidays,
});

export const removeHolidayAction = plainAction({
  input: (formData) => ({ id: textField(formData, "id"), regionId: textField(formData, "regionId") }),
  run: (viewer, input) => removeHoliday(viewer, input),
  ...backToHolidays,
});
