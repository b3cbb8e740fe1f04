import { eventActions, eventItemActions, isOpenEvent, type EventActions } from "@/lib/domain/events/event-actions";
import { admin, approver, auditor, buyer, NTB, OPD, otherOpdBuyer, seller, treasurer } from "./helpers/viewers";

const event = (status: "open" | "closed") => ({ status, opdId: OPD, regionId: NTB });
const readOnly: EventActions = { edit: false, addItem: false, removeItem: false, close: false, amend: false, print: true };

describe("eventActions", () => {
  it("lets the OPD's buyer edit, add, remove and close an open event, and only amend a closed one", () => {
    expect(eventActions(buyer, event("open"))).toEqual({ edit: true, addItem: true, removeItem: true, close: true, amend: false, print: true });
    expect(eventActions(buyer, event("closed"))).toEqual({ ...readOnly, amend: true });
  });

  it("leaves every other reader (and other OPDs) with the printable report only", () => {
    for (const viewer of [approver, treasurer, auditor, admin, seller, otherOpdBuyer, null]) {
      for (const status of ["open", "closed"] as const) expect(eventActions(viewer, event(status))).toEqual(readOnly);
    }
  });

  it("knows an open event from a closed one", () => {
    expect(isOpenEvent("open")).toBe(true);
    expect(isOpenEvent("closed")).toBe(false);
  });
});

describe("eventItemActions", () => {
  const item = (source: "platform" | "order" | "declared", extra: { addedByAmendmentId?: string | null; voidedByAmendmentId?: string | null } = {}) => ({
    source, addedByAmendmentId: null, voidedByAmendmentId: null, ...extra,
  });
  const open = eventActions(buyer, event("open"));
  const closed = eventActions(buyer, event("closed"));

  it("removes items by hand while open, never the ones a BAST added", () => {
    expect(eventItemActions(event("open"), open, item("declared"))).toEqual({ remove: true, attachEvidence: true });
    expect(eventItemActions(event("open"), open, item("order"))).toEqual({ remove: false, attachEvidence: true });
    expect(eventItemActions(event("closed"), closed, item("declared")).remove).toBe(false);
  });

  it("takes evidence after closing only for items an amendment added, never for voided ones", () => {
    expect(eventItemActions(event("closed"), closed, item("declared")).attachEvidence).toBe(false);
    expect(eventItemActions(event("closed"), closed, item("declared", { addedByAmendmentId: "a1" })).attachEvidence).toBe(true);
    expect(eventItemActions(event("open"), open, item("declared", { voidedByAmendmentId: "a1" })).attachEvidence).toBe(false);
    expect(eventItemActions(event("open"), eventActions(approver, event("open")), item("declared")).attachEvidence).toBe(false);
  });
});
