import type { SheetSpec } from "../../core/presentation/sheet-spec";
import type { Locale } from "../../core/i18n/locale";
import { boxA1 } from "../../core/sheet/a1";
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
  queueSheetSpec(sheet, plan);
  sheet.activate();
  await commitWrites(context, before, locale);
  // A quoted sheet name is valid in any reference, whatever characters the name holds.
  const box = { row: 0, column: 0, rows: plan.cells.length, columns: plan.cells[0].length };
  return { sheet: name, address: `'${name.replace(/'/g, "''")}'!${boxA1(box)}` };
}
