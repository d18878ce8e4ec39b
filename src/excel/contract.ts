/**
 * Everything the task pane may know of the Excel layer, in one place: the actions it is handed (as props, so that
 * components test without Office) and their requests and results. The pane imports from src/excel through this
 * module only; test/architecture/layers.test.ts enforces it.
 */
export type { ExcelHost } from "./host/excel-host";
export { connectOffice } from "./host/office-host";
export type { OfficeConnection } from "./host/office-host";
export type { Destination, InsertOutcome, InsertRequest } from "./tables/insert-table";
export type { HighlightActions } from "./highlight/highlight-actions";
export type { EditedBlock, HighlightRequest, HighlightResult } from "./highlight/highlight";
export { isEdited } from "./highlight/highlight";
export type { RemoveRequest } from "./highlight/remove-highlight";
export { WriteFailedError } from "./safe-write/commit";
export type { ChartRequest, ChartResult } from "./chart/chart";
