/**
 * Everything the task pane may know of the Excel layer, in one place: the actions it is handed (as props, so that
 * components test without Office) and their requests and results. The pane imports from src/excel through this
 * module only; test/architecture/layers.test.ts enforces it.
 */
export type { ExcelHost } from "./host/excel-host";
export { connectOffice, viewerConnection } from "./host/office-host";
export type { OfficeConnection, OfficeScripts } from "./host/office-host";
export type { Destination, InsertOutcome, InsertRequest } from "./tables/insert-table";
export type { HighlightActions } from "./highlight/highlight-actions";
export type { HighlightRequest, HighlightResult } from "./highlight/highlight";
export type { EditedBlock } from "./highlight/edited-block";
export { isEdited } from "./highlight/edited-block";
export type { RemoveRequest } from "./highlight/remove-highlight";
export { WriteFailedError } from "./safe-write/write-failed";
export type { ChartRequest, ChartResult } from "./chart/chart";
export type { FillActions } from "./fill/fill-actions";
export type { FillInspection } from "./fill/inspect-fill";
export type { FillOutcome, FillRequest } from "./fill/write-fill";
export type { RegisterActions } from "./registry/register-actions";
export type { PastedTable } from "./registry/read-table";
export type { SubmissionActions } from "./submission/submission-actions";
export type { SubmissionOutcome } from "./submission/insert-submission";
export type { FrozenCopy } from "./submission/freeze-values";
export type { RepairOutcome } from "./submission/repair-formulas";
