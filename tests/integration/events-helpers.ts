// Shared by the events-* integration tests.

export { minimalPdf } from "../setup/upload-fixtures";
