import Link from "next/link";
import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { CheckoutForm } from "@/components/procurement/checkout-form";
import { complianceLabels } from "@/components/procurement/compliance-labels";
import { localizeCompliance } from "@/lib/i18n/localize-compliance";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { HomeTitle } from "@/components/ui/home-title";
import { JUSTIFICATION_CODES } from "@/lib/domain/compliance/policy";
import { witaYear, formatWitaDate } from "@/lib/domain/time/wita";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { getCart } from "@/lib/services/procurement/get-cart";
import { getPurchaseRequest } from "@/lib/services/procurement/get-purchase-request";
import { listBudgetLines } from "@/lib/services/procurement/list-budget-lines";
import { updateCartItemAction } from "@/lib/actions/procurement/cart-actions";
import { checkoutAction } from "@/lib/actions/procurement/checkout";
import { opdsWhere } from "@/lib/auth/scopes";
import { listLinkableEvents } from "@/lib/services/events";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.cart"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PROBLEMS = ["quantity", "forbidden", "not_found", "conflict"] as const;
const problemKey = (v: string) => (PROBLEMS as readonly string[]).includes(v) ? (v as (typeof PROBLEMS)[number]) : "other";

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function CartPage({ searchParams }: { searchParams: SearchParams }) {
  const current = await requireViewer("/keranjang");
  const buyerOpds = new Set(opdsWhere(current, "purchase_request.create"));
  if (buyerOpds.size === 0) forbidden();
  const params = await searchParams;
  const [t, tRoot, tc, locale] = await Promise.all([getTranslations("procurement.cart"), getTranslations(), getTranslations("procurement.compliance"), getLocale()]);

  const budgetLines = (await listBudgetLines(current, { fiscalYear: witaYear(new Date()) })).filter((b) => buyerOpds.has(b.opdId));
  // Revising a draft or returned request: its fields prefill the form and submit updates that request.
  const revisionId = one(params.revisi);
  const revision = revisionId
    ? await getPurchaseRequest(current, revisionId).then(
        (r) => (r.actions.revise ? r : null),
        () => null,
      )
    : null;
  const wanted = one(params.anggaran) || revision?.budgetLineId || "";
  const budgetLineId = budgetLines.find((b) => b.id === wanted)?.id ?? budgetLines.find((b) => b.availableIdr > 0)?.id ?? budgetLines[0]?.id ?? "";
  const cart = await getCart(current, budgetLineId ? { budgetLineId } : {});
  // The OPD's open events the purchase may be for; the request service checks the link again on submit.
  const eventOpds = opdsWhere(current, "event.write").filter((opdId) => buyerOpds.has(opdId));
  const linkable = (await Promise.all(eventOpds.map((opdId) => listLinkableEvents(current, opdId)))).flat();
  const tEvents = await getTranslations("events.checkout");
  const itemCount = cart.sellers.reduce((n, s) => n + s.items.length, 0);
  const problem = one(params.galat);
  // The checkout form re-mounts whenever the cart's contents change, so its preview is never stale.
  const cartKey = cart.sellers.flatMap((s) => s.items.map((i) => `${i.productId}:${i.quantity}`)).join("|") + `#${budgetLineId}`;

  return (
    <section data-testid="cart-page" aria-labelledby="home-title" className="space-y-6">
      <HomeTitle lead={t("lead")}>{t("title")}</HomeTitle>
      {problem ? (
        <p role="alert" data-testid="cart-problem" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {t(`problems.${problemKey(problem)}`)}
        </p>
      ) : null}

      {revision ? (
        <div role="status" data-testid="cart-revision" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">{t("revising", { number: revision.number })}</p>
          {revision.decisionNote ? <p>{t("ppkNote", { note: revision.decisionNote })}</p> : null}
        </div>
      ) : null}
      {itemCount === 0 && cart.unavailable.length === 0 ? (
        <EmptyState>
          {t("empty")}{" "}
          <Link href="/katalog" className="font-semibold text-emerald-800 underline underline-offset-4">
            {t("toCatalog")}
          </Link>
        </EmptyState>
      ) : null}

      {cart.sellers.map((seller) => (
        <section key={seller.businessId} data-testid="cart-seller" data-business-id={seller.businessId} aria-labelledby={`seller-${seller.businessId}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`seller-${seller.businessId}`} className="text-lg font-semibold text-slate-900">
              {seller.name}
            </h2>
            <div className="flex flex-wrap gap-1">
              {seller.isUmk ? <Badge tone="success">{t("umk")}</Badge> : <Badge tone="danger">{t("notUmk")}</Badge>}
              <Badge>{tRoot(`scale.${seller.scale}`)}</Badge>
              <Badge tone="info">{seller.kabupaten}</Badge>
            </div>
          </div>
          <p className="text-sm text-slate-600">{t("oneOrderPerSeller")}</p>
          <ul className="divide-y divide-slate-200">
            {seller.items.map((item) => (
              <li key={item.productId} data-testid="cart-line" data-product-id={item.productId} className="space-y-2 py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link href={`/produk/${item.productId}`} className="font-medium text-slate-900 underline-offset-4 hover:underline">
                    {item.title}
                  </Link>
                  <span className="tabular-nums font-semibold text-slate-900" data-testid="cart-line-total">
                    {formatIdr(item.lineTotalIdr)}
                  </span>
                </div>
                <p className="text-sm text-slate-600">
                  {t("unitPrice", { price: formatIdr(item.unitPriceIdr), unit: item.unit })} · {t("minOrder", { count: formatCount(item.minOrder, locale), unit: item.unit })} ·{" "}
                  {t("stock", { count: formatCount(item.stock, locale) })}
                </p>
                {item.belowMinOrder ? (
                  <p className="text-sm font-medium text-red-800" data-testid="cart-line-below-min">
                    {t("belowMin", { count: formatCount(item.minOrder, locale), unit: item.unit })}
                  </p>
                ) : null}
                {item.quantity > item.stock ? (
                  <p className="text-sm font-medium text-red-800">{t("overStock", { count: formatCount(item.stock, locale) })}</p>
                ) : null}
                <form action={updateCartItemAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="productId" value={item.productId} />
                  <input type="hidden" name="budgetLineId" value={budgetLineId} />
                  {revision ? <input type="hidden" name="revisi" value={revision.id} /> : null}
                  <div className="space-y-1">
                    <label htmlFor={`qty-${item.productId}`} className="block text-sm font-semibold text-slate-800">
                      {t("quantity", { unit: item.unit })}
                    </label>
                    <input
                      id={`qty-${item.productId}`}
                      name="quantity"
                      type="number"
                      inputMode="numeric"
                      min={item.minOrder}
                      max={item.stock}
                      defaultValue={item.quantity}
                      data-testid="cart-quantity"
                      className="block min-h-11 w-28 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
                    />
                  </div>
                  <button type="submit" name="intent" value="update" data-testid="cart-update" className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50">
                    {t("update")}
                  </button>
                  <button type="submit" name="intent" value="remove" formNoValidate data-testid="cart-remove" className="min-h-11 rounded-md border border-red-300 bg-white px-4 font-semibold text-red-800 hover:bg-red-50">
                    {t("remove")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <p className="text-right text-sm text-slate-700">
            {t("subtotal")}: <span className="font-semibold tabular-nums text-slate-900">{formatIdr(seller.subtotalIdr)}</span>
          </p>
        </section>
      ))}

      {cart.unavailable.length > 0 ? (
        <section aria-labelledby="unavailable-title" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="unavailable-title" className="font-semibold text-amber-950">
            {t("unavailableTitle")}
          </h2>
          <ul className="space-y-2">
            {cart.unavailable.map((u) => (
              <li key={u.productId} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>{u.title ?? t("unknownProduct")}</span>
                <form action={updateCartItemAction}>
                  <input type="hidden" name="productId" value={u.productId} />
                  <input type="hidden" name="budgetLineId" value={budgetLineId} />
                  <button type="submit" name="intent" value="remove" className="min-h-11 rounded-md border border-red-300 bg-white px-3 font-semibold text-red-800">
                    {t("remove")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {itemCount > 0 ? (
        <>
          <p className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-lg">
            <span className="font-semibold text-slate-900">{t("total")}</span>
            <span data-testid="cart-total" className="font-bold tabular-nums text-slate-900">
              {formatIdr(cart.totalIdr)}
            </span>
          </p>
          <section aria-labelledby="checkout-title" className="space-y-3">
            <h2 id="checkout-title" className="text-xl font-semibold text-slate-900">
              {t("checkoutTitle")}
            </h2>
            {budgetLines.length === 0 ? <EmptyState>{t("noBudgetLines")}</EmptyState> : null}
            <CheckoutForm
              key={cartKey}
              action={checkoutAction}
              initial={{
                values: {
                  requestId: revision?.id ?? "",
                  budgetLineId,
                  purpose: revision?.purpose ?? "",
                  neededBy: revision?.neededBy ?? "",
                  eventId: revision?.eventId ?? "",
                  justificationCode: revision?.justification?.code ?? "",
                  justificationText: revision?.justification?.text ?? "",
                },
                compliance: await localizeCompliance(cart.compliance),
              }}
              budgetOptions={budgetLines.map((b) => ({
                value: b.id,
                label: t("budgetOption", { code: b.code, name: b.name, available: formatIdr(b.availableIdr) }),
              }))}
              eventOptions={linkable.map((e) => ({ value: e.id, label: `${e.title} · ${formatWitaDate(e.startsAt, locale)}` }))}
              justificationOptions={JUSTIFICATION_CODES.map((code) => ({ value: code, label: tc(`justificationCodes.${code}`) }))}
              labels={{
                budgetLine: t("form.budgetLine"),
                budgetLineHint: t("form.budgetLineHint"),
                purpose: t("form.purpose"),
                purposeHint: t("form.purposeHint"),
                neededBy: t("form.neededBy"),
                eventId: tEvents("event"),
                eventIdHint: tEvents("eventHint"),
                noEvent: tEvents("none"),
                justificationHeading: t("form.justificationHeading"),
                justificationIntro: t("form.justificationIntro"),
                justificationCode: t("form.justificationCode"),
                justificationText: t("form.justificationText"),
                justificationTextHint: t("form.justificationTextHint"),
                preview: t("form.preview"),
                checking: t("form.checking"),
                draft: t("form.draft"),
                submit: t("form.submit"),
                blockedReason: t("form.blockedReason"),
                noBudgetReason: t("form.noBudgetReason"),
                required: t("form.required"),
              }}
              complianceLabels={await complianceLabels(t("previewHeading"))}
            />
          </section>
        </>
      ) : null}
    </section>
  );
}
