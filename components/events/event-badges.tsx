import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { complianceBucket } from "@/lib/domain/events/event-rules";
import type { EventComplianceView, EventItemView, EventStatus } from "@/lib/validation/views/events";

const STATUS_TONE = { open: "info", closed: "neutral" } as const satisfies Record<EventStatus, string>;

export async function EventStatusBadge({ status }: { status: EventStatus }) {
  const t = await getTranslations("events.status");
  return (
    <span data-testid="event-status" data-status={status}>
      <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>
    </span>
  );
}

export async function ComplianceStateBadge({ compliance }: { compliance: EventComplianceView }) {
  const t = await getTranslations("events.complianceState");
  const state = complianceBucket(compliance);
  const tone = state === "meets" ? "success" : state === "below" ? "warning" : "neutral";
  return (
    <span data-testid="event-compliance-state" data-state={state}>
      <Badge tone={tone}>{t(state)}</Badge>
    </span>
  );
}

/** Where the item's UMK/local status comes from (verified platform snapshot vs the organizer's word) and what it is. */
export async function ItemBadges({ item }: { item: EventItemView }) {
  const t = await getTranslations("events");
  return (
    <span className="flex flex-wrap gap-1" data-testid="item-badges" data-declared={item.declared} data-source={item.source}>
      {item.declared ? <Badge tone="warning">{t("common.declared")}</Badge> : <Badge tone="info">{t(`source.${item.source}`)}</Badge>}
      {item.isUmk ? <Badge tone="success">{t("common.umk")}</Badge> : <Badge tone="danger">{t("common.notUmk")}</Badge>}
      {item.isLocal ? <Badge tone="success">{t("common.local")}</Badge> : <Badge tone="danger">{t("common.notLocal")}</Badge>}
      {item.voidedByAmendmentId ? <Badge tone="danger">{t("common.voided")}</Badge> : null}
      {item.addedByAmendmentId ? <Badge>{t("common.addedByAmendment")}</Badge> : null}
      {item.needsEvidence ? <Badge tone="danger">{t("common.needsEvidence")}</Badge> : null}
    </span>
  );
}
