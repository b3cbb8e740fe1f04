// The events (kegiatan) use-cases; pages, server actions and API routes import from here.
export { createEvent } from "./create-event";
export { updateEvent } from "./update-event";
export { listEvents } from "./list-events";
export { getEvent } from "./get-event";
export { addEventItem } from "./add-event-item";
export { removeEventItem } from "./remove-event-item";
export { attachEvidence } from "./attach-evidence";
export { closeEvent } from "./close-event";
export { amendEvent } from "./amend-event";
export { readEvidenceFile } from "./read-evidence-file";
export { listLinkableEvents, type LinkableEvent } from "./list-linkable-events";
export { searchBusinessesForEvent, type BusinessForEvent } from "./search-businesses-for-event";
export { eventFormOptions, type EventFormOptions } from "./event-form-options";
export { recordEventItemsForReceipt } from "./record-event-items-for-receipt";
export type * from "./types";
