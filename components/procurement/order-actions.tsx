import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import {
  acceptOrderAction, cancelOrderAction, declineOrderAction, rateOrderAction, receiveOrderAction, shipOrderAction,
} from "@/lib/actions/procurement/order-actions";
import { ActionForm } from "@/components/seller/action-form";
import { formatCount } from "@/lib/domain/money/rupiah";
import type { OrderView } from "@/lib/validation/views/procurement";

type Props = { order: OrderView; back?: "seller" };

const panel = "space-y-2 rounded-lg border bg-white p-4";

/**
 * The actions this person may take on this order at its current stage (`order.actions`, from the domain), and
 * nothing else. The services check all of it again.
 */
export async function OrderActions({ order, back }: Props) {
  const [t, locale] = await Promise.all([getTranslations("procurement.order"), getLocale()]);
  const { actions } = order;
  const hidden = { orderId: order.id, ...(back ? { back } : {}) };
  // Lines cut by "close the rest" are no longer outstanding: another BAST for them would be refused.
  const outstanding = order.lines.filter((l) => l.outstandingQuantity > 0);
  const blocks: ReactNode[] = [];

  if (actions.accept) {
    blocks.push(
      <div key="accept" className={`${panel} border-emerald-300`}>
        <h3 className="font-semibold text-emerald-900">{t("accept")}</h3>
        <p className="text-sm text-slate-700">{t("acceptHint")}</p>
        <ActionForm action={acceptOrderAction} testId="accept-form" idPrefix={`accept-${order.id}`} hidden={hidden} fields={[]} submitLabel={t("accept")} pendingLabel={t("pending")} />
      </div>,
    );
  }
  if (actions.decline) {
    blocks.push(
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
  if (actions.ship) {
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
  if (!back && actions.receive) {
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
              hint: t("outstanding", { count: formatCount(l.outstandingQuantity, locale) }),
              type: "number" as const,
              defaultValue: String(l.outstandingQuantity),
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
  if (!back && actions.rate) {
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
  if (!back && actions.cancel) {
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
