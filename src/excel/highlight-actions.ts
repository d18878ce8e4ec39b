import {
  applyHighlight,
  checkSelection,
  HighlightRequest,
  HighlightResult,
  removeHighlight,
  selectCell,
} from "./highlight";

/** What the highlighting panel asks of Excel; the panel gets these as a prop and never calls Office itself. */
export interface HighlightActions {
  apply(request: HighlightRequest): Promise<HighlightResult>;
  check(request: HighlightRequest): Promise<HighlightResult>;
  remove(): Promise<number>;
  select(sheet: string, row: number, column: number): Promise<void>;
}

/** The actions against the running Excel, one Excel.run each. */
export const excelHighlightActions: HighlightActions = {
  apply: (request) => Excel.run((context) => applyHighlight(context, request)),
  check: (request) => Excel.run((context) => checkSelection(context, request)),
  remove: () => Excel.run((context) => removeHighlight(context)),
  select: (sheet, row, column) => Excel.run((context) => selectCell(context, sheet, row, column)),
};
