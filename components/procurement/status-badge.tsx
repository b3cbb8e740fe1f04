import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OrderStatus, PurchaseRequestStatus } from "@/lib/domain/procurement/state-machine";

const requestTone: Record<string, BadgeTone> = {
  draft: "neutral",
  submitted: "info",
  returned: "warning",
  rejected: "danger",
  approved: "success",
  ordered: "success",
  cancelled: "neutral",
};

const orderTone: Record<string, BadgeTone> = {
  placed: "info",
  accepted: "info",
  declined: "danger",
  shipped: "warning",
  received: "success",
  invoiced: "success",
  paid: "success",
  closed: "neutral",
  cancelled: "neutral",
};

export async function RequestStatusBadge({ status }: { status: PurchaseRequestStatus }) {
  const t = await getTranslations("procurement.requestStatus");
  return (
    <span data-testid="request-status" data-status={status}>
      <Badge tone={requestTone[status] ?? "neutral"}>{t(status)}</Badge>
    </span>
  );
}

export async function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = await getTranslations("procurement.orderStatus");
  return (
    <span data-testid="order-status" data-status={status}>
      <Badge tone={orderTone[status] ?? "neutral"}>{t(status)}</Badge>
    </span>
  );
}
