import type { Locale } from "../../core/i18n/locale";
import { freezeRefusal, FreezeRefusal, MAX_SCAN_CELLS } from "../../core/submission/plan-cells";
import { readPlanCells } from "../sheet/read-plan-cells";
import { uniqueSheetName } from "../../core/sheet/sheet-name";
import { captureBefore } from "../safe-write/before-state";
import { WriteSession } from "../safe-write/commit";

export interface FrozenCopy {
  sheet: string;
  /** How many PLAN.* formulas were replaced by their values (spilled results counted once). */
  replaced: number;
}

/**
 * 发送前固化: a copy of the active sheet, placed after it, in which every formula that calls a PLAN.* function is
 * replaced by the value it shows, so colleagues without the add-in see figures and not #NAME?. A spilled result
 * (PLAN.TABLE, PLAN.TARGETS) is written whole. Every other formula, format, rule and validation is kept by the copy.
 * A sheet without PLAN.* formulas, or with one still showing #BUSY! or #NAME?, is a FreezeRefusal and nothing is
 * copied. The sheet is read in bands (readPlanCells: the used range's place, then a sync per 20,000 cells; a sheet over
 * MAX_SCAN_CELLS is refused); then two syncs through the safe-write session, so that a failure deletes the copy:
 * copy it and read the spills, write the values. Needs worksheet.copy (ExcelApi 1.7) and spill ranges (1.12).
 */
export async function freezePlanValues(
  context: Excel.RequestContext,
  locale: Locale
): Promise<FrozenCopy> {
  const source = context.workbook.worksheets.getActiveWorksheet();
  const before = captureBefore(context, null);
  const scanned = await readPlanCells(context, source, MAX_SCAN_CELLS);
  if (!scanned) throw new FreezeRefusal("too-large");
  const cells = scanned.cells;
  const refusal = freezeRefusal(cells);
  if (refusal) throw refusal;
  const spills = cells.map((cell) => {
    const spill = source.getCell(cell.row, cell.column).getSpillingToRangeOrNullObject();
    spill.load("rowIndex,columnIndex,values");
    return { cell, spill };
  });
  const name = uniqueSheetName(
    `${scanned.sheet} 固化`,
    before.sheets.items.map((sheet) => sheet.name)
  );
  const session = new WriteSession(context, before, locale);
  const copy = source.copy("After", source);
  copy.name = name;
  await session.commit();

  for (const { cell, spill } of spills) {
    if (spill.isNullObject) {
      copy.getCell(cell.row, cell.column).values = [[cell.value]];
    } else {
      const { values } = spill;
      copy
        .getCell(spill.rowIndex, spill.columnIndex)
        .getResizedRange(values.length - 1, values[0].length - 1).values = values;
    }
  }
  copy.activate();
  await session.commit();
  return { sheet: name, replaced: cells.length };
}
