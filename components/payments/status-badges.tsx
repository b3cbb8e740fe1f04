import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { InvoiceStatus, PaymentStatus } from "@/lib/validation/views/payments";

const invoiceTone: Record<InvoiceStatus, BadgeTone> = { open: "warning", paid: "success", cancelled: "neutral" };
const paymentTone: Record<PaymentStatus, BadgeTone> = { pending: "info", succeeded: "success", failed: "danger", expired: "neutral", refunded: "warning" };

export async function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = await getTranslations("payments.common.invoiceStatus");
  return (
    <span data-testid="invoice-status" data-status={status}>
      <Badge tone={invoiceTone[status]}>{t(status)}</Badge>
    </span>
  );
}

export async function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const t = await getTranslations("payments.common.paymentStatus");
  return (
    <span data-testid="payment-status" data-status={status}>
      <Badge tone={paymentTone[status]}>{t(status)}</Badge>
    </span>
  );
}
