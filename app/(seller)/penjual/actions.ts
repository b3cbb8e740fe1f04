"use server";

import { redirect } from "next/navigation";
import { viewer } from "@/lib/auth/viewer";
import { reopenRejectedApplication } from "@/lib/services/businesses/reopen-application";

/** A rejected seller reopens their registration and continues in the wizard with their data filled in. */
export async function reopenApplicationAction() {
  await reopenRejectedApplication(await viewer());
  redirect("/daftar-usaha");
}
