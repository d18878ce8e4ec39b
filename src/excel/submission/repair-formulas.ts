import type { Locale } from "../../core/i18n/locale";
import { MAX_REPAIR_CELLS, planCells } from "../../core/submission/plan-cells";
import { captureBefore } from "../safe-write/before-state";
import { commitWrites } from "../safe-write/commit";

export interface RepairOutcome {
  /** PLAN.* formulas entered again. */
  repaired: number;
  /** Sheets that are protected: reported, never touched. */
  protectedSheets: string[];
  /** Sheets whose used range is over MAX_REPAIR_CELLS: reported, not read. */
  tooLarge: string[];
}

/**
 * 修复公式: a workbook opened before the add-in loaded (or where it is missing) shows #NAME? in PLAN.* cells and Excel
 * does not recalculate them when the functions register later (office-js issues #4487, #6611, #6355); entering each
 * formula again makes Excel look the function up anew. Every sheet that is not protected is read; each PLAN.* cell
 * showing #NAME? gets its own formula back, unchanged, in one batch through the safe-write session. Protected sheets
 * are listed and left alone. Three reads (sheets, used-range sizes, their formulas and values) and one write.
 */
export async function repairPlanFormulas(
  context: Excel.RequestContext,
  locale: Locale
): Promise<RepairOutcome> {
  const before = captureBefore(context, null);
  const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  await context.sync();

  const open = sheets.items.filter((sheet) => !sheet.protection.protected);
  const used = open.map(({ name }) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const range = sheet.getUsedRangeOrNullObject();
    return { name, sheet, range: range.load("rowIndex,columnIndex,rowCount,columnCount") };
  });
  await context.sync();

  const present = used.filter(({ range }) => !range.isNullObject);
  const fits = present.filter(
    ({ range }) => range.rowCount * range.columnCount <= MAX_REPAIR_CELLS
  );
  for (const { range } of fits) range.load("formulas,values");
  await context.sync();

  let repaired = 0;
  for (const { sheet, range } of fits)
    for (const cell of planCells(range.formulas, range.values, range.rowIndex, range.columnIndex)) {
      if (cell.value !== "#NAME?") continue;
      sheet.getCell(cell.row, cell.column).formulas = [[cell.formula]];
      repaired++;
    }
  if (repaired > 0) await commitWrites(context, before, locale);
  return {
    repaired,
    protectedSheets: sheets.items
      .filter((sheet) => sheet.protection.protected)
      .map((sheet) => sheet.name),
    tooLarge: present.filter((entry) => !fits.includes(entry)).map(({ name }) => name),
  };
}
