import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import {
  acceptOrderAction, cancelOrderAction, declineOrderAction, rateOrderAction, receiveOrderAction, shipOrderAction,
} from "@/lib/actions/procurement/order-actions";
import { ActionForm } from "@/components/seller/action-form";
import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { isRateableOrder, type OrderStatus } from "@/lib/domain/procurement/state-machine";
import { formatCount } from "@/lib/format/money";
import type { OrderView } from "@/lib/services/procurement/get-order";

type Props = { viewer: Viewer; order: OrderView; back?: "seller" };

const panel = "space-y-2 rounded-lg border bg-white p-4";

/**
 * The actions this person may take on this order at its current stage, and nothing else: the seller accepts,
 * declines or ships; the buyer receives (BAST, partial allowed) and rates; the PPK may cancel before shipping.
 * The services check all of it again.
 */
export async function OrderActions({ viewer, order, back }: Props) {
  const [t, locale] = await Promise.all([getTranslations("procurement.order"), getLocale()]);
  const status = order.status as OrderStatus;
  const isSeller = can(viewer, "order.fulfil", { businessId: order.businessId });
  const isReceiver = can(viewer, "order.receive", { opdId: order.opdId });
  const canRate = can(viewer, "order.rate", { opdId: order.opdId });
  const canCancel = can(viewer, "order.cancel", { opdId: order.opdId });
  const hidden = { orderId: order.id, ...(back ? { back } : {}) };
  // Lines cut by "close the rest" are no longer outstanding: another BAST for them would be refused.
  const remaining = (l: (typeof order.lines)[number]) => l.quantity - l.receivedQuantity - l.closedQuantity;
  const outstanding = order.lines.filter((l) => remaining(l) > 0);
  const blocks: ReactNode[] = [];

  if (isSeller && status === "placed") {
    blocks.push(
      <div key="accept" className={`${panel} border-emerald-300`}>
        <h3 className="font-semibold text-emerald-900">{t("accept")}</h3>
        <p className="text-sm text-slate-700">{t("acceptHint")}</p>
        <ActionForm action={acceptOrderAction} testId="accept-form" idPrefix={`accept-${order.id}`} hidden={hidden} fields={[]} submitLabel={t("accept")} pendingLabel={t("pending")} />
      </div>,
      <div key="decline" className={`${panel} border-red-300`}>
        <h3 className="font-semibold text-red-900">{t("decline")}</h3>
        <p className="text-sm text-slate-700">{t("declineHint")}</p>
        <ActionForm
          action={declineOrderAction}
          testId="decline-form"
          idPrefix={`decline-${order.id}`}
          hidden={hidden}
          fields={[{ name: "reason", label: t("declineReason"), type: "textarea", required: true }]}
          submitLabel={t("decline")}
          pendingLabel={t("pending")}
        />
      </div>,
    );
  }
  if (isSeller && status === "accepted") {
    blocks.push(
      <div key="ship" className={`${panel} border-emerald-300`}>
        <h3 className="font-semibold text-emerald-900">{t("ship")}</h3>
        <p className="text-sm text-slate-700">{t("shipHint")}</p>
        <ActionForm
          action={shipOrderAction}
          testId="ship-form"
          idPrefix={`ship-${order.id}`}
          hidden={hidden}
          fields={[{ name: "note", label: t("shipNote"), hint: t("shipNoteHint") }]}
          submitLabel={t("ship")}
          pendingLabel={t("pending")}
        />
      </div>,
    );
  }
  if (!back && isReceiver && (status === "shipped" || status === "received" || status === "invoiced") && outstanding.length > 0) {
    blocks.push(
      <div key="receive" className={`${panel} border-emerald-300 lg:col-span-2`}>
        <h3 className="font-semibold text-emerald-900">{t("receive")}</h3>
        <p className="text-sm text-slate-700">{t("receiveHint")}</p>
        <ActionForm
          action={receiveOrderAction}
          testId="receive-form"
          idPrefix={`receive-${order.id}`}
          hidden={hidden}
          fields={[
            ...outstanding.map((l) => ({
              name: `qty_${l.id}`,
              label: t("receiveLine", { title: l.title }),
              hint: t("outstanding", { count: formatCount(remaining(l), locale) }),
              type: "number" as const,
              defaultValue: String(remaining(l)),
              testId: "receive-quantity",
            })),
            { name: "note", label: t("receiveNote"), type: "textarea" as const },
          ]}
          submitLabel={t("signBast")}
          pendingLabel={t("pending")}
        />
      </div>,
    );
  }
  if (!back && canRate && isRateableOrder(status) && !order.rating) {
    blocks.push(
      <div key="rate" className={`${panel} border-slate-300`}>
        <h3 className="font-semibold text-slate-900">{t("rate")}</h3>
        <p className="text-sm text-slate-700">{t("rateHint")}</p>
        <ActionForm
          action={rateOrderAction}
          testId="rate-form"
          idPrefix={`rate-${order.id}`}
          hidden={hidden}
          fields={[
            {
              name: "stars",
              label: t("stars"),
              type: "select",
              required: true,
              options: [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t("starsOption", { count: n }) })),
            },
            { name: "comment", label: t("comment"), type: "textarea" },
          ]}
          submitLabel={t("rate")}
          pendingLabel={t("pending")}
        />
      </div>,
    );
  }
  if (!back && canCancel && (status === "placed" || status === "accepted")) {
    blocks.push(
      <div key="cancel" className={`${panel} border-red-300`}>
        <h3 className="font-semibold text-red-900">{t("cancel")}</h3>
        <p className="text-sm text-slate-700">{t("cancelHint")}</p>
        <ActionForm
          action={cancelOrderAction}
          testId="cancel-form"
          idPrefix={`cancel-${order.id}`}
          hidden={hidden}
          fields={[{ name: "reason", label: t("cancelReason"), type: "textarea", required: true }]}
          submitLabel={t("cancel")}
          pendingLabel={t("pending")}
        />
      </div>,
    );
  }
  if (blocks.length === 0) return null;
  return (
    <section aria-label={t("actions")} data-testid="order-actions" className="grid gap-4 lg:grid-cols-2">
      {blocks}
    </section>
  );
}
