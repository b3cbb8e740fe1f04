import { can } from "@/lib/domain/auth/can";
import type { Viewer } from "@/lib/domain/auth/roles";
import { mayAttachEvidence } from "./event-rules";

export type EventLifecycle = "open" | "closed";

/** Open events are edited directly; a closed one is a frozen report that only amendments change. */
export const isOpenEvent = (status: EventLifecycle) => status === "open";

export type EventForActions = { status: EventLifecycle; opdId: string; regionId: string };

export type EventActions = {
  edit: boolean;
  addItem: boolean;
  removeItem: boolean;
  close: boolean;
  amend: boolean;
  /** The report prints for every reader, open (marked provisional) or closed. */
  print: boolean;
};

/** What this viewer may do next with this event: the OPD's buyers write it while open and amend it once closed. */
export const eventActions = (viewer: Viewer | null, event: EventForActions): EventActions => {
  const mayWrite = can(viewer, "event.write", { opdId: event.opdId, regionId: event.regionId });
  const open = isOpenEvent(event.status);
  return { edit: mayWrite && open, addItem: mayWrite && open, removeItem: mayWrite && open, close: mayWrite && open, amend: mayWrite && !open, print: true };
};

export type ItemForActions = { source: "platform" | "order" | "declared"; addedByAmendmentId: string | null; voidedByAmendmentId: string | null };

export type EventItemActions = { remove: boolean; attachEvidence: boolean };

/** Per item: BAST items belong to their order and are never removed by hand; evidence follows mayAttachEvidence. */
export const eventItemActions = (event: { status: EventLifecycle }, actions: EventActions, item: ItemForActions): EventItemActions => ({
  remove: actions.removeItem && item.source !== "order",
  attachEvidence: (actions.edit || actions.amend) && mayAttachEvidence(event, { addedByAmendmentId: item.addedByAmendmentId, voided: item.voidedByAmendmentId !== null }),
});
