import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireViewer } from "@/app/_lib/require-viewer";
import { ComplianceFindings } from "@/components/procurement/compliance-findings";
import { loadOrRespond } from "@/components/procurement/load";
import { complianceLabels } from "@/components/procurement/compliance-labels";
import { localizeCompliance } from "@/lib/i18n/localize-compliance";
import { OrderStatusBadge, RequestStatusBadge } from "@/components/procurement/status-badge";
import { ActionForm } from "@/components/seller/action-form";
import { Badge } from "@/components/ui/badge";
import { HomeTitle } from "@/components/ui/home-title";
import { AmountTotalRow, RowTh, ScrollTable, Td, Th, Tr } from "@/components/ui/table";
import { can } from "@/lib/domain/auth/can";
import { regionsWhere } from "@/lib/auth/scopes";
import { formatWita, formatWitaDay } from "@/lib/domain/time/wita";
import { formatCount, formatIdr } from "@/lib/domain/money/rupiah";
import { getPurchaseRequest } from "@/lib/services/procurement/get-purchase-request";
import { approveRequestAction, rejectRequestAction, resubmitRequestAction, returnRequestAction, reviseRequestAction } from "@/lib/actions/procurement/request-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("procurement.request"))("metaTitle") };
}


export default async function PurchaseRequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const current = await requireViewer(`/permintaan/${id}`);
  const request = await loadOrRespond(() => getPurchaseRequest(current, id));
  const query = await searchParams;
  const [t, tRoot, locale] = await Promise.all([getTranslations("procurement.request"), getTranslations(), getLocale()]);
  const tc = await getTranslations("procurement.compliance");

  const isOwner = request.buyerId === current.userId;
  const isApproverHere = can(current, "purchase_request.approve", { opdId: request.opdId });
  const { actions } = request;
  // Back to where this reader works: own requests, the PPK inbox, or (auditors, treasurers) the compliance view.
  const back = isOwner
    ? { href: "/permintaan", label: t("backToList") }
    : isApproverHere
      ? { href: "/persetujuan", label: t("backToInbox") }
      : { href: `/audit/kepatuhan/${request.opdId}`, label: t("backToCompliance") };

  return (
    <article data-testid="request-page" data-request-id={request.id} data-status={request.status} aria-labelledby="home-title" className="space-y-6">
      <p>
        <Link href={back.href} className="text-sm font-semibold text-emerald-800 underline underline-offset-4">
          {back.label}
        </Link>
      </p>
      <HomeTitle lead={request.opdName}>{t("title", { number: request.number })}</HomeTitle>
      {query.baru ? (
        <p role="status" data-testid="request-submitted" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("submittedNotice")}
        </p>
      ) : null}
      {query.draf ? (
        <p role="status" data-testid="request-drafted" className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900">
          {t("draftNotice")}
        </p>
      ) : null}

      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div className="flex flex-wrap items-center gap-2">
          <dt className="text-slate-600">{t("status")}</dt>
          <dd>
            <RequestStatusBadge status={request.status} />
            {request.overdue ? (
              <span className="ml-1" data-testid="request-overdue">
                <Badge tone="danger">{t("overdue")}</Badge>
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("total")}</dt>
          <dd className="font-semibold tabular-nums text-slate-900" data-testid="request-total">{formatIdr(request.totalIdr)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-600">{t("purpose")}</dt>
          <dd className="whitespace-pre-line text-slate-900">{request.purpose}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("neededBy")}</dt>
          <dd className="text-slate-900">{request.neededBy ? formatWitaDay(request.neededBy, locale) : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("submittedAt")}</dt>
          <dd className="text-slate-900">{request.submittedAt ? formatWita(request.submittedAt, locale) : "—"}</dd>
        </div>
        {request.dueDate ? (
          <div>
            <dt className="text-slate-600">{t("dueDate")}</dt>
            <dd className="text-slate-900">{formatWitaDay(String(request.dueDate).slice(0, 10), locale)}</dd>
          </div>
        ) : null}
        {request.eventId ? (
          <div>
            <dt className="text-slate-600">{t("event")}</dt>
            <dd className="break-all text-slate-900">{request.eventId}</dd>
          </div>
        ) : null}
        {request.decidedAt ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-600">{t("decidedAt")}</dt>
            <dd className="text-slate-900">
              {formatWita(request.decidedAt, locale)}
              {request.decisionNote ? <span data-testid="decision-note"> — {request.decisionNote}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="lines-title" className="space-y-2">
        <h2 id="lines-title" className="text-lg font-semibold text-slate-900">{t("lines")}</h2>
        <ScrollTable labelledBy="lines-title" hint={t("scrollHint")}>
          <thead>
            <tr>
              <Th sticky>{t("product")}</Th>
              <Th>{t("seller")}</Th>
              <Th numeric>{t("quantity")}</Th>
              <Th numeric>{t("unitPrice")}</Th>
              <Th numeric>{t("lineTotal")}</Th>
            </tr>
          </thead>
          <tbody>
            {request.lines.map((l) => (
              <Tr key={l.id}>
                <RowTh>{l.title}</RowTh>
                <Td>
                  <div data-testid="seller-snapshot" className="space-y-1">
                    <p className="font-medium text-slate-900">{l.seller.name}</p>
                    <p className="flex flex-wrap gap-1">
                      {l.seller.isUmk ? <Badge tone="success">{t("umk")}</Badge> : <Badge tone="danger">{t("notUmk")}</Badge>}
                      <Badge>{tRoot(`scale.${l.seller.scale}`)}</Badge>
                      <Badge tone={l.isLocal ? "info" : "neutral"}>{l.seller.kabupaten}</Badge>
                    </p>
                    <p className="text-xs text-slate-600">NIB {l.seller.nib}</p>
                  </div>
                </Td>
                <Td numeric>{formatCount(l.quantity, locale)}</Td>
                <Td numeric>{formatIdr(l.unitPriceIdr)}</Td>
                <Td numeric>{formatIdr(l.lineTotalIdr)}</Td>
              </Tr>
            ))}
            <AmountTotalRow label={t("total")} blankCells={3} amount={formatIdr(request.totalIdr)} />
          </tbody>
        </ScrollTable>
      </section>

      <ComplianceFindings
        compliance={await localizeCompliance(request.compliance, { withHelp: false })}
        labels={await complianceLabels(t("storedDecision"), request.policyVersion)}
        testId="stored-decision"
        showRuleCode={regionsWhere(current, "audit.read").length > 0}
      />

      {request.justification ? (
        <section aria-labelledby="justification-title" data-testid="request-justification" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="justification-title" className="font-semibold text-amber-950">{t("justification")}</h2>
          <p className="text-sm font-semibold text-amber-950">{tc(`justificationCodes.${request.justification.code}`)}</p>
          <p className="whitespace-pre-line text-sm text-amber-950">{request.justification.text}</p>
        </section>
      ) : null}

      {request.orders.length > 0 ? (
        <section aria-labelledby="orders-title" className="space-y-2">
          <h2 id="orders-title" className="text-lg font-semibold text-slate-900">{t("orders")}</h2>
          <ul className="space-y-2">
            {request.orders.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2">
                <Link href={`/pesanan/${o.id}`} data-testid="request-order-link" className="font-semibold text-emerald-800 underline underline-offset-4">
                  {o.number}
                </Link>
                <OrderStatusBadge status={o.status} />
                <span className="ml-auto tabular-nums">{formatIdr(o.totalIdr)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {actions.ownRequestNotice ? (
        <p data-testid="own-request-notice" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("ownRequest")}
        </p>
      ) : null}

      {actions.approve || actions.return || actions.reject ? (
        <section aria-labelledby="decide-title" data-testid="decision-forms" className="space-y-4">
          <h2 id="decide-title" className="text-xl font-semibold text-slate-900">{t("decideTitle")}</h2>
          <div className="grid gap-4 lg:grid-cols-3">
            {/* Full class names per decision: Tailwind only ships classes it finds written out. */}
            {([
              { key: "approve", action: approveRequestAction, box: "border-emerald-300", title: "text-emerald-900", field: { name: "note", label: t("noteOptional") } },
              { key: "return", action: returnRequestAction, box: "border-amber-300", title: "text-amber-900", field: { name: "note", label: t("returnNote"), required: true } },
              { key: "reject", action: rejectRequestAction, box: "border-red-300", title: "text-red-900", field: { name: "reason", label: t("rejectReason"), required: true } },
            ] as const).filter((d) => actions[d.key]).map((d) => (
              <div key={d.key} className={`space-y-2 rounded-lg border ${d.box} bg-white p-4`}>
                <h3 className={`font-semibold ${d.title}`}>{t(d.key)}</h3>
                <p className="text-sm text-slate-700">{t(`${d.key}Hint`)}</p>
                <ActionForm
                  action={d.action}
                  testId={`${d.key}-form`}
                  idPrefix={d.key}
                  hidden={{ requestId: request.id }}
                  fields={[{ ...d.field, type: "textarea" }]}
                  submitLabel={t(d.key)}
                  pendingLabel={t("pending")}
                />
              </div>
            ))}
          </div>
        </section>
      ) : null}

      {actions.resubmit || actions.revise ? (
        <section aria-labelledby="resubmit-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="resubmit-title" className="font-semibold text-slate-900">{t("resubmitTitle")}</h2>
          {actions.resubmit ? (
            <>
              <p className="text-sm text-slate-700">{t("resubmitHint")}</p>
              <ActionForm
                action={resubmitRequestAction}
                testId="resubmit-form"
                idPrefix="resubmit"
                hidden={{ requestId: request.id }}
                fields={[]}
                submitLabel={t("resubmit")}
                pendingLabel={t("pending")}
              />
            </>
          ) : null}
          {actions.revise ? (
            <>
              <p className="text-sm text-slate-700">{t("reviseHint")}</p>
              <ActionForm
                action={reviseRequestAction}
                testId="revise-form"
                idPrefix="revise"
                hidden={{ requestId: request.id }}
                fields={[]}
                submitLabel={t("revise")}
                pendingLabel={t("pending")}
              />
            </>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
