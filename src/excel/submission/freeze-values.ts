import { uniqueSheetName } from "../../core/sheet/sheet-name";

export interface FrozenCopy {
  sheet: string;
  /** How many PLAN.* formulas were replaced by their values (spilled results counted once). */
  replaced: number;
}

/** Any call of ours, in English or under a translated name (PLAN.目标): all live in the PLAN namespace. */
const PLAN_CALL = /(^|[^A-Za-z0-9_.])PLAN\./i;

/**
 * 发送前固化: a copy of the active sheet, placed after it, in which every formula that calls a PLAN.* function is
 * replaced by the value it shows, so colleagues without the add-in see figures and not #NAME?. A spilled result
 * (PLAN.TABLE, PLAN.TARGETS) is written whole. Every other formula, format, rule and validation is kept by the copy.
 * Three syncs: read the sheet, copy it and read the spills, write the values. Needs worksheet.copy (ExcelApi 1.10)
 * and spill ranges (ExcelApi 1.12).
 */
export async function freezePlanValues(context: Excel.RequestContext): Promise<FrozenCopy> {
  const source = context.workbook.worksheets.getActiveWorksheet();
  source.load("name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const used = source.getUsedRangeOrNullObject();
  used.load("formulas,values,rowIndex,columnIndex");
  await context.sync();

  const cells: { row: number; column: number; spill: Excel.Range; value: unknown }[] = [];
  if (!used.isNullObject)
    used.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (typeof formula !== "string" || !formula.startsWith("=") || !PLAN_CALL.test(formula))
          return;
        const row0 = used.rowIndex + r;
        const column0 = used.columnIndex + c;
        const spill = source.getCell(row0, column0).getSpillingToRangeOrNullObject();
        spill.load("rowIndex,columnIndex,values");
        cells.push({ row: row0, column: column0, spill, value: used.values[r][c] });
      })
    );
  const name = uniqueSheetName(
    `${source.name} 固化`,
    sheets.items.map((sheet) => sheet.name)
  );
  const copy = source.copy("After", source);
  copy.name = name;
  await context.sync();

  for (const cell of cells) {
    if (cell.spill.isNullObject) {
      copy.getCell(cell.row, cell.column).values = [[cell.value]];
    } else {
      const { values } = cell.spill;
      copy
        .getCell(cell.spill.rowIndex, cell.spill.columnIndex)
        .getResizedRange(values.length - 1, values[0].length - 1).values = values;
    }
  }
  copy.activate();
  await context.sync();
  return { sheet: name, replaced: cells.length };
}
