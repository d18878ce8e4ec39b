import type { SheetSpec } from "../../core/presentation/sheet-spec";
import { addSheet } from "../sheet/add-sheet";
import { queueSheetSpec } from "./queue-sheet-spec";

export interface SubmissionOutcome {
  sheet: string;
  address: string;
}

/**
 * Writes a submission sheet into a new worksheet, never over anything. Two syncs: the sheet names, then every
 * write in one batch. A failed batch is not rolled back by Excel (what was queued before the failing command stays),
 * so on failure a third sync deletes the new sheet: nothing half-written remains, and the error goes on to the pane.
 */
export async function insertSubmissionSheet(
  context: Excel.RequestContext,
  plan: SheetSpec
): Promise<SubmissionOutcome> {
  const { sheet, name } = await addSheet(context, plan.name);
  const area = sheet
    .getRange("A1")
    .getResizedRange(plan.cells.length - 1, plan.cells[0].length - 1);
  area.load("address");
  try {
    queueSheetSpec(sheet, plan);
    sheet.activate();
    await context.sync();
  } catch (error) {
    context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
    throw error;
  }
  return { sheet: name, address: area.address };
}
