"use server";

import { revalidatePath } from "next/cache";
import { viewer } from "@/lib/auth/viewer";
import { retrySearchSyncNow } from "@/lib/services/search/search-sync-status";

export async function retrySearchSyncAction() {
  await retrySearchSyncNow(await viewer());
  revalidatePath("/admin/pencarian");
}
