import type { FakeBook, FakeRequestContext } from "./excel";

/* The recording fake as an Excel that has ExcelApi 1.1 and nothing newer, as Excel 2016 volume-licensed
   (requirement-sets/excel/excel-api-requirement-sets). Every member read, called or set must be in ExcelApi 1.1;
   the lists below are the members of each class in Microsoft's ExcelApi 1.1 reference (OfficeDev/
   office-js-docs-reference, docs/docs-ref-autogen/excel_1_1/excel/excel.<class>.yml). Anything else throws, as
   an older host answers a member it lacks with ApiNotFound. Classes not listed are not reachable in 1.1 here. */

const COMMON = ["load", "set", "toJSON", "context"];
const EXCEL_API_1_1: Record<string, string[]> = {
  RequestContext: ["workbook", "application", "sync", "trackedObjects"],
  Workbook: ["application", "bindings", "getSelectedRange", "names", "tables", "worksheets"],
  WorksheetCollection: ["add", "getActiveWorksheet", "getItem", "items"],
  Worksheet: ["activate", "charts", "delete", "getCell", "getRange", "id", "name", "position"],
  Range: [
    "address",
    "addressLocal",
    "cellCount",
    "clear",
    "columnCount",
    "columnIndex",
    "delete",
    "format",
    "formulas",
    "formulasLocal",
    "getBoundingRect",
    "getCell",
    "getColumn",
    "getEntireColumn",
    "getEntireRow",
    "getIntersection",
    "getLastCell",
    "getLastColumn",
    "getLastRow",
    "getOffsetRange",
    "getRow",
    "insert",
    "numberFormat",
    "rowCount",
    "rowIndex",
    "select",
    "text",
    "valueTypes",
    "values",
    "worksheet",
  ],
  RangeFormat: ["borders", "fill", "font", "horizontalAlignment", "verticalAlignment", "wrapText"],
  RangeFont: ["bold", "color", "italic", "name", "size", "underline"],
  RangeFill: ["clear", "color"],
};

/** The fake's class for an Excel class: FakeRange → Range, FakeFont → RangeFont. */
const FAKE_CLASSES: Record<string, string> = {
  FakeRequestContext: "RequestContext",
  FakeWorkbook: "Workbook",
  FakeWorksheetCollection: "WorksheetCollection",
  FakeWorksheet: "Worksheet",
  FakeRange: "Range",
  FakeRangeFormat: "RangeFormat",
  FakeFont: "RangeFont",
  FakeFill: "RangeFill",
};

export class ApiNotFoundError extends Error {
  constructor(member: string) {
    super(`ApiNotFound: ${member} is not in ExcelApi 1.1`);
    this.name = "ApiNotFound";
  }
}

function excelClass(value: object): string | null {
  const name = value.constructor?.name ?? "";
  if (name in FAKE_CLASSES) return FAKE_CLASSES[name];
  return name.startsWith("Fake") ? name : null;
}

function allowed(className: string, member: string): boolean {
  return COMMON.includes(member) || (EXCEL_API_1_1[className] ?? []).includes(member);
}

function guard<T extends object>(target: T): T {
  const className = excelClass(target);
  if (className === null) return target;
  const check = (member: string | symbol) => {
    if (typeof member === "symbol" || allowed(className, member)) return;
    throw new ApiNotFoundError(`Excel.${className}.${member}`);
  };
  return new Proxy(target, {
    get(object, member) {
      check(member);
      const value = Reflect.get(object, member, object) as unknown;
      if (typeof value === "function") {
        return (...args: unknown[]) =>
          wrap((value as (...a: unknown[]) => unknown).apply(object, args));
      }
      return wrap(value);
    },
    set(object, member, value) {
      check(member);
      return Reflect.set(object, member, value, object);
    },
  });
}

function wrap(value: unknown): unknown {
  return value !== null && typeof value === "object" ? guard(value) : value;
}

/** Runs a batch as Excel.run would in a host with ExcelApi 1.1 alone. */
export function runAsExcelApi11<T>(
  book: FakeBook,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  return book.run((context: FakeRequestContext) =>
    batch(guard(context) as unknown as Excel.RequestContext)
  );
}
