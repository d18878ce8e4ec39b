/**
 * The requirement sets the add-in asks the host about, and what each feature needs. Versions are Microsoft's, from
 * the API reference of the members each feature calls (learn.microsoft.com/javascript/api/excel, "API set").
 */
export type RequirementSet = "ExcelApi" | "SharedRuntime" | "CustomFunctionsRuntime";

export interface Requirement {
  set: RequirementSet;
  version: string;
}

/** Whether the running host supports a requirement set at a version (Office.context.requirements.isSetSupported). */
export type SupportCheck = (set: RequirementSet, version: string) => boolean;

export const NEEDS = {
  /** Excel.run, ranges, values, number formats, fonts and fills, new sheets: ExcelApi 1.1. */
  excel: { set: "ExcelApi", version: "1.1" },
  /** Finding an inserted table again (names and tables getItemOrNullObject, names.add): ExcelApi 1.4. */
  tableMarkers: { set: "ExcelApi", version: "1.4" },
  /** worksheet.freezePanes, which the table insert calls for a header in row 1 or a new sheet: ExcelApi 1.7. */
  freezePanes: { set: "ExcelApi", version: "1.7" },
  /** The check of actual figures reads the selection and the sheet's used range (…OrNullObject): ExcelApi 1.4. */
  check: { set: "ExcelApi", version: "1.4" },
  /** The fill reads the selection and clips it to the sheet's used range (getUsedRangeOrNullObject): ExcelApi 1.4. */
  fill: { set: "ExcelApi", version: "1.4" },
  /** The workbook's registry is a custom XML part (workbook.customXmlParts, getByNamespace): ExcelApi 1.5. */
  customXmlParts: { set: "ExcelApi", version: "1.5" },
  /**
   * The submission sheet validates its input cells (range.dataValidation): ExcelApi 1.8, which covers the rest it
   * writes (conditional formats 1.6, frozen header 1.7, merges and protection 1.2). Its print setup needs 1.9 and
   * is skipped below that (src/excel/presentation/requirements.ts).
   */
  dataValidation: { set: "ExcelApi", version: "1.8" },
  /** The print setup of a block that owns its sheet (worksheet.pageLayout): ExcelApi 1.9; skipped below it. */
  pageLayout: { set: "ExcelApi", version: "1.9" },
  /** 发送前固化 copies the sheet (worksheet.copy, 1.7) and reads spilled results (getSpillingToRange): ExcelApi 1.12. */
  spill: { set: "ExcelApi", version: "1.12" },
  /** range.conditionalFormats: ExcelApi 1.6. */
  conditionalFormats: { set: "ExcelApi", version: "1.6" },
  /** The manifest registers the functions, the ribbon button and the shared runtime only with SharedRuntime 1.1. */
  sharedRuntime: { set: "SharedRuntime", version: "1.1" },
  /**
   * The functions answer errors with CustomFunctions.Error (CustomFunctionsRuntime 1.2) and its ErrorCode values
   * (1.3), so they need 1.3 (requirement-sets/excel/custom-functions-requirement-sets).
   */
  customFunctions: { set: "CustomFunctionsRuntime", version: "1.3" },
} as const satisfies Record<string, Requirement>;
