import type { ExcelHost } from "../host/excel-host";
import { insertPlanTable } from "./insert-table";
import { insertValues } from "./insert-values";

/** The full insert: an Excel table, its header frozen, updated in place when inserted again (ExcelApi 1.7). */
export const excelTableInsert: ExcelHost = {
  insertTable: (request) => Excel.run((context) => insertPlanTable(context, request)),
};

/** The insert of older Excel: values, number formats and row styles, with ExcelApi 1.1 members alone. */
export const excelValuesInsert: ExcelHost = {
  insertTable: (request) => Excel.run((context) => insertValues(context, request)),
};
