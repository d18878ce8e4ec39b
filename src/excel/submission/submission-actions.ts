import type { SheetSpec } from "../../core/presentation/sheet-spec";
import { freezePlanValues, FrozenCopy } from "./freeze-values";
import { insertSubmissionSheet, SubmissionOutcome } from "./insert-submission";

/** What the submission panel asks of Excel; the panel gets these as a prop and never calls Office itself. */
export interface SubmissionActions {
  /**
   * What this Excel can do: a submission sheet needs data validation (ExcelApi 1.8); 发送前固化 needs
   * worksheet.copy (1.10) and spill ranges (1.12). Asked at run time so older hosts keep the rest of the pane.
   */
  supported(): { insert: boolean; freeze: boolean };
  insert(plan: SheetSpec): Promise<SubmissionOutcome>;
  freeze(): Promise<FrozenCopy>;
}

function hasExcelApi(version: string): boolean {
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? false;
}

/** The actions against the running Excel, one Excel.run each. */
export const excelSubmissionActions: SubmissionActions = {
  supported: () => ({ insert: hasExcelApi("1.8"), freeze: hasExcelApi("1.12") }),
  insert: (plan) => Excel.run((context) => insertSubmissionSheet(context, plan)),
  freeze: () => Excel.run((context) => freezePlanValues(context)),
};
