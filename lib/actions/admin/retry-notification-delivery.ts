"use server";

import { retryNotificationDeliveryNow } from "@/lib/services/notifications/delivery-status";
import { plainAction } from "../plain-action";

export const retryNotificationDeliveryAction = plainAction({
  run: (viewer) => retryNotificationDeliveryNow(viewer),
  revalidate: ["/admin/pencarian"],
});
