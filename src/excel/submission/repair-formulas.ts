import type { Locale } from "../../core/i18n/locale";
import { MAX_SCAN_CELLS } from "../../core/submission/plan-cells";
import { captureBefore } from "../safe-write/before-state";
import { commitWrites } from "../safe-write/commit";
import { readPlanCells } from "../sheet/read-plan-cells";

export interface RepairOutcome {
  /** PLAN.* formulas entered again. */
  repaired: number;
  /** Sheets that are protected: reported, never touched. */
  protectedSheets: string[];
  /** Sheets whose used range is over MAX_SCAN_CELLS: reported, not read. */
  tooLarge: string[];
}

/**
 * 修复公式: a workbook opened before the add-in loaded (or where it is missing) shows #NAME? in PLAN.* cells and Excel
 * does not recalculate them when the functions register later (office-js issues #4487, #6611, #6355); entering each
 * formula again makes Excel look the function up anew. Every sheet that is not protected is read in bands
 * (readPlanCells); each PLAN.* cell showing #NAME? gets its own formula back, unchanged, in one batch through the
 * safe-write session. Protected sheets are listed and left alone.
 */
export async function repairPlanFormulas(
  context: Excel.RequestContext,
  locale: Locale
): Promise<RepairOutcome> {
  const before = captureBefore(context, null);
  const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
  await context.sync();

  const outcome: RepairOutcome = { repaired: 0, protectedSheets: [], tooLarge: [] };
  const repairs: { sheet: Excel.Worksheet; row: number; column: number; formula: string }[] = [];
  for (const { name, protection } of sheets.items) {
    if (protection.protected) {
      outcome.protectedSheets.push(name);
      continue;
    }
    const sheet = context.workbook.worksheets.getItem(name);
    const scanned = await readPlanCells(context, sheet, MAX_SCAN_CELLS);
    if (!scanned) outcome.tooLarge.push(name);
    for (const cell of scanned?.cells ?? [])
      if (cell.value === "#NAME?") repairs.push({ sheet, ...cell });
  }
  for (const { sheet, row, column, formula } of repairs)
    sheet.getCell(row, column).formulas = [[formula]];
  if (repairs.length > 0) await commitWrites(context, before, locale);
  return { ...outcome, repaired: repairs.length };
}
