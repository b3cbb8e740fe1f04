"use server";

import { retrySearchSyncNow } from "@/lib/services/search/search-sync-status";
import { plainAction } from "../plain-action";

export const retrySearchSyncAction = plainAction({
  run: (viewer) => retrySearchSyncNow(viewer),
  revalidate: ["/admin/pencarian"],
});
