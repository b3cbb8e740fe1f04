"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentLocale } from "@/components/procurement/localize";
import { viewer } from "@/lib/auth/viewer";
import { toAppError } from "@/lib/errors";
import { addHoliday, removeHoliday } from "@/lib/services/procurement/manage-holidays";
import { addHolidaySchema } from "@/lib/validation/holidays";

const back = async (run: () => Promise<unknown>) => {
  let problem: string | null = null;
  try {
    await run();
  } catch (error) {
    problem = toAppError(error).localized[await currentLocale()];
  }
  revalidatePath("/admin/libur");
  redirect(problem ? `/admin/libur?galat=${encodeURIComponent(problem)}` : "/admin/libur");
};

export async function addHolidayAction(formData: FormData) {
  await back(async () => addHoliday(await viewer(), addHolidaySchema.parse(Object.fromEntries(formData))));
}

export async function removeHolidayAction(formData: FormData) {
  await back(async () => removeHoliday(await viewer(), { id: String(formData.get("id")), regionId: String(formData.get("regionId")) }));
}
