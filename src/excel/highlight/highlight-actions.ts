import { ChartRequest, ChartResult, insertChart } from "../chart/chart";
import type { EditedBlock } from "./edited-block";
import { checkSelection, HighlightRequest, HighlightResult, selectCell } from "./highlight";
import { applyHighlight } from "./apply-highlight";
import { removeHighlight, RemoveRequest } from "./remove-highlight";

/** What the highlighting panel asks of Excel; the panel gets these as a prop and never calls Office itself. */
export interface HighlightActions {
  /**
   * Whether this Excel can colour and chart: conditional formats need ExcelApi 1.6, which Excel 2016 without
   * Microsoft 365 lacks. Asked at run time rather than required in the manifest, so those hosts still get the functions
   * and the tables.
   */
  supported(): boolean;
  /** Colours the selection; answers "edited" (writing nothing) when our earlier helper block holds the user's edits. */
  apply(request: HighlightRequest): Promise<HighlightResult | EditedBlock>;
  check(request: HighlightRequest): Promise<HighlightResult>;
  /** Removes our highlighting of the active sheet: how many, or "edited" as for apply. */
  remove(request: RemoveRequest): Promise<number | EditedBlock>;
  select(sheet: string, row: number, column: number): Promise<void>;
  /** Draws a chart; answers "edited" as for apply when our earlier chart block holds the user's edits. */
  chart(request: ChartRequest): Promise<ChartResult | EditedBlock>;
}

/** The actions against the running Excel, one Excel.run each; whether colouring is offered is the capability check's. */
export const excelHighlightActions: Omit<HighlightActions, "supported"> = {
  apply: (request) => Excel.run((context) => applyHighlight(context, request)),
  check: (request) => Excel.run((context) => checkSelection(context, request)),
  remove: (request) => Excel.run((context) => removeHighlight(context, request)),
  select: (sheet, row, column) => Excel.run((context) => selectCell(context, sheet, row, column)),
  chart: (request) => Excel.run((context) => insertChart(context, request)),
};
