import { Box, boxA1, parseAddress } from "../../core/sheet/a1";
import { ROW_STYLES } from "../../core/tables/row-styles";
import { SheetLayout } from "../../core/tables/sheet-layout";
import { cellValue } from "../../core/tables/layout-cells";
import { WriteFailedError } from "../safe-write/write-failed";
import { addSheet } from "../sheet/add-sheet";
import type { InsertOutcome, InsertRequest } from "./insert-table";

/* The insert for Excel below ExcelApi 1.7 (Excel 2016 and 2019 volume-licensed, early Microsoft 365 builds): every
   member it calls is in ExcelApi 1.1. So no Excel table, no marker name to find the block again (names need 1.4),
   no frozen header (1.7); ranges are addressed in A1 because getResizedRange needs 1.2. Values only: these hosts
   run no custom functions. Never over anything, as the full insert, and never half of a table: a write that fails is
   undone (the new sheet deleted, or the area that was empty cleared) and the user told. */

function boxAt(row: number, column: number, layout: SheetLayout): Box {
  return { row, column, rows: layout.cells.length, columns: layout.width };
}

function isEmpty(formulas: unknown[][]): boolean {
  return formulas.every((row) => row.every((cell) => cell === "" || cell === null));
}

/** Queues every write of the block into `box` of `sheet`, and loads the block's address for the outcome. */
function queueValues(sheet: Excel.Worksheet, box: Box, layout: SheetLayout): Excel.Range {
  const area = sheet.getRange(boxA1(box));
  area.numberFormat = layout.numberFormats;
  area.values = layout.cells.map((row) => row.map(cellValue));
  layout.roles.forEach((role, index) => {
    const style = ROW_STYLES[role];
    if (!style) return;
    const format = sheet.getRange(boxA1({ ...box, row: box.row + index, rows: 1 })).format;
    if (style.bold) format.font.bold = true;
    if (style.italic) format.font.italic = true;
    if (style.fontColor) format.font.color = style.fontColor;
    if (style.fontSize) format.font.size = style.fontSize;
    if (style.fill) format.fill.color = style.fill;
  });
  area.select();
  area.load("address");
  return area;
}

/** Inserts the layout's values at the selected cell or into a new sheet: two syncs, three at the selection. */
export async function insertValues(
  context: Excel.RequestContext,
  request: InsertRequest
): Promise<InsertOutcome> {
  const { layout } = request;
  if (request.destination === "new-sheet") {
    const { sheet, name } = await addSheet(context, layout.name);
    const area = queueValues(sheet, boxAt(0, 0, layout), layout);
    sheet.activate();
    await commitOrUndo(context, request, () => context.workbook.worksheets.getItem(name).delete());
    return { status: "inserted", address: area.address, updated: false };
  }
  const selected = context.workbook.getSelectedRange();
  selected.load("address");
  await context.sync();
  const { sheet: sheetName, box: selection } = parseAddress(selected.address);
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const box = boxAt(selection.row, selection.column, layout);
  const target = sheet.getRange(boxA1(box));
  target.load("address,formulas");
  await context.sync();
  if (!isEmpty(target.formulas)) return { status: "occupied", address: target.address };
  const area = queueValues(sheet, box, layout);
  await commitOrUndo(context, request, () => sheet.getRange(boxA1(box)).clear());
  return { status: "inserted", address: area.address, updated: false };
}

/**
 * Sends the queued writes; if Excel refuses them part-way (it keeps the commands before the failing one), queues
 * `undo` in a batch of its own and tells the user whether the workbook is as it was.
 */
async function commitOrUndo(
  context: Excel.RequestContext,
  request: InsertRequest,
  undo: () => void
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    try {
      undo();
      await context.sync();
    } catch {
      throw new WriteFailedError(false, reason, request.locale);
    }
    throw new WriteFailedError(true, reason, request.locale);
  }
}
