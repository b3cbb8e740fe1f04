export type PartnershipStatus = "proposed" | "accepted" | "declined" | "ended";
export type PartnershipEvent = "accept" | "decline" | "end";

const NEXT: Record<PartnershipStatus, Partial<Record<PartnershipEvent, PartnershipStatus>>> = {
  proposed: { accept: "accepted", decline: "declined", end: "ended" },
  accepted: { end: "ended" },
  declined: {},
  ended: {},
};

/** Pure: the status after an event, or null when the event is not allowed from this status. */
export const partnershipTransition = (from: PartnershipStatus, event: PartnershipEvent): PartnershipStatus | null =>
  NEXT[from][event] ?? null;

/**
 * What the viewer may do next with one partnership. The UMK decides a proposal; either side may end it
 * (the partner withdraws a proposal or closes the work). Only an accepted one opens the UMK's data.
 */
export const partnershipActions = (p: { status: PartnershipStatus }, viewer: { isBusinessOwner: boolean; isPartnerMember: boolean }) => ({
  accept: viewer.isBusinessOwner && partnershipTransition(p.status, "accept") !== null,
  decline: viewer.isBusinessOwner && partnershipTransition(p.status, "decline") !== null,
  end: (viewer.isBusinessOwner || viewer.isPartnerMember) && partnershipTransition(p.status, "end") !== null,
  readBusinessData: viewer.isPartnerMember && p.status === "accepted",
});
