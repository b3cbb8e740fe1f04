import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { OrderTable } from "@/components/procurement/order-table";
import { HomeTitle } from "@/components/ui/home-title";
import { AppError } from "@/lib/errors";
import { listOrders } from "@/lib/services/procurement/list-orders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.orders"))("title") };
}

/** The OPD's orders (buyer, PPK, treasurer) — and a seller's, if the person also sells. */
export default async function OrdersPage() {
  const current = await requireViewer("/pesanan");
  const orders = await listOrders(current).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    throw error;
  });
  const t = await getTranslations("procurement.orders");
  return (
    <section data-testid="orders-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      <OrderTable orders={orders} counterparty="seller" labelledBy="home-title" />
    </section>
  );
}
