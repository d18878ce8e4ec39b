import { FillInspection, inspectFill } from "./inspect-fill";
import { loadWorkbookRegistry } from "../registry/registry-part";
import { FillOutcome, FillRequest, fillTargets } from "./write-fill";

/** What the fill panel asks of Excel; the panel gets these as a prop and never calls Office itself. */
export interface FillActions {
  inspect(): Promise<FillInspection>;
  fill(request: FillRequest): Promise<FillOutcome>;
}

/**
 * Custom XML parts need ExcelApi 1.5 (Microsoft: "Excel JavaScript API requirement set 1.5"), which Excel 2016
 * without Microsoft 365 lacks: there the fill still works, with the catalog's names only, and nothing is remembered.
 */
export function registrySupported(): boolean {
  return Office.context?.requirements?.isSetSupported("ExcelApi", "1.5") ?? false;
}

export const excelFillActions: FillActions = {
  inspect: () =>
    Excel.run(async (context) => {
      if (registrySupported()) await loadWorkbookRegistry(context);
      return inspectFill(context);
    }),
  fill: (request) => Excel.run((context) => fillTargets(context, request)),
};
