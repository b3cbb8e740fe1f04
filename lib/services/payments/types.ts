// The payments views are defined once, as zod schemas, in lib/validation/views/payments.ts (the OpenAPI
// document uses the same schemas). This re-export keeps the services' `./types` imports unchanged.
export type {
  CheckoutSessionView, ClosedRemainderView, InvoiceDetailView, InvoiceStatus, InvoiceView, OrderPaymentsView, PaymentClockOpdRow, PaymentClockView, PaymentMethod,
  PaymentStatus, PaymentView, PayoutAccount, PayoutClockView, PayoutQueueRow, PayoutView, RecordedPaymentView, RecordedPayoutView, TreasuryQueueRow,
} from "@/lib/validation/views/payments";
