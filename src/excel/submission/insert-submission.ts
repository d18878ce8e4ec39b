import type { SheetSpec } from "../../core/presentation/sheet-spec";
import type { Locale } from "../../core/i18n/locale";
import { addSheet } from "../sheet/add-sheet";
import { captureBefore } from "../safe-write/before-state";
import { commitWrites } from "../safe-write/commit";
import { queueSheetSpec } from "./queue-sheet-spec";

export interface SubmissionOutcome {
  sheet: string;
  address: string;
}

/**
 * Writes a submission sheet into a new worksheet, never over anything. Two syncs: the sheet names, then every
 * write in one batch through the safe-write session: Excel does not roll a failed batch back, so the session's undo
 * deletes the new sheet (and anything else the batch added) and the pane says so in words.
 */
export async function insertSubmissionSheet(
  context: Excel.RequestContext,
  plan: SheetSpec,
  locale: Locale
): Promise<SubmissionOutcome> {
  const before = captureBefore(context, null);
  const { sheet, name } = await addSheet(context, plan.name);
  const area = sheet
    .getRange("A1")
    .getResizedRange(plan.cells.length - 1, plan.cells[0].length - 1);
  area.load("address");
  queueSheetSpec(sheet, plan);
  sheet.activate();
  await commitWrites(context, before, locale);
  return { sheet: name, address: area.address };
}
