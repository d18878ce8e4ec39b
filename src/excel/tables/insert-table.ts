import type { Locale } from "../../core/i18n/locale";
import type { SheetLayout } from "../../core/tables/sheet-layout";
import { uniqueSheetName } from "../../core/sheet/sheet-name";
import { Box, boxA1, parseAddress } from "../../core/sheet/a1";
import { blockName, excelTableName } from "./block-names";
import { queueBlock } from "./write-block";
import { findCopies, freeCopy, TableCopy } from "./table-copies";
import { BeforeState, captureBefore, keepCells, keepFormats } from "../safe-write/before-state";
import { commitWrites } from "../safe-write/commit";
import { isBlank } from "../safe-write/fingerprint";
import { unchangedSince } from "../safe-write/write-record";

export type Destination = "selection" | "new-sheet";

export interface InsertRequest {
  layout: SheetLayout;
  destination: Destination;
  formulas: boolean;
  locale: Locale;
  /** The user agreed to replace their edits inside the earlier copy (asked after an "edited" outcome). */
  replaceEdits?: boolean;
}

export type InsertOutcome =
  | { status: "inserted"; address: string; updated: boolean }
  /** The target area holds something: nothing was written; the user picks another place. */
  | { status: "occupied"; address: string }
  /** The earlier copy holds cells the user changed since: nothing was written; the pane asks before replacing. */
  | { status: "edited"; address: string };

function sized(anchor: Excel.Range, layout: SheetLayout): Excel.Range {
  return anchor.getCell(0, 0).getResizedRange(layout.cells.length - 1, layout.width - 1);
}

/** The smallest box holding both. */
function union(a: Box, b: Box): Box {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rows: Math.max(a.row + a.rows, b.row + b.rows) - row,
    columns: Math.max(a.column + a.columns, b.column + b.columns) - column,
  };
}

/** Whether a cell of `grid` (read over `area`) outside `block` holds anything, a formula included. */
function occupiedOutside(grid: unknown[][], area: Box, block: Box): boolean {
  const outside = (row: number, column: number) =>
    row >= block.row + block.rows || column >= block.column + block.columns;
  return grid.some((line, r) =>
    line.some((cell, c) => outside(area.row + r, area.column + c) && !isBlank([[cell as string]]))
  );
}

/**
 * Replaces the earlier copy where it is, when it still holds exactly what the add-in wrote or the user agreed: one
 * sync reads the old block and the area the new one takes (bounded to both); a block that would grow over the user's
 * cells is refused; then the old block is cleared and the new one written in one batch, undone if it fails.
 */
async function updateCopy(
  context: Excel.RequestContext,
  request: InsertRequest,
  copy: TableCopy,
  before: BeforeState
): Promise<InsertOutcome> {
  const { layout } = request;
  const worksheet = context.workbook.worksheets.getItem(copy.sheet);
  const next: Box = { ...copy.box, rows: layout.cells.length, columns: layout.width };
  const whole = union(copy.box, next);
  const area = keepCells(before, worksheet, copy.sheet, whole);
  keepFormats(before);
  const oldBlock = worksheet.getRange(boxA1(copy.box)).load("address,formulas");
  const target = worksheet.getRange(boxA1(next)).load("address");
  const hasTable = before.tables.items.some((table) => table.name === copy.tableName);
  const table = hasTable ? context.workbook.tables.getItem(copy.tableName).load("style") : null;
  const tableRange = table?.getRange().load("address") ?? null;
  await context.sync();
  if (occupiedOutside(area.formulas, whole, copy.box))
    return { status: "occupied", address: target.address };
  if (!request.replaceEdits && !unchangedSince(copy.comment, oldBlock.formulas))
    return { status: "edited", address: oldBlock.address };
  if (table && tableRange) {
    const { sheet, box } = parseAddress(tableRange.address);
    before.removedTables.push({ name: copy.tableName, sheet, box, style: table.style });
    table.convertToRange();
  }
  oldBlock.clear();
  context.workbook.names.getItem(copy.name).delete();
  queueBlock(context, target, layout, {
    formulas: request.formulas,
    freeze: next.row === 0,
    names: { block: copy.name, table: copy.tableName },
  });
  await commitWrites(context, before, request.locale);
  return { status: "inserted", address: target.address, updated: true };
}

/**
 * Inserts a laid-out table, never over anything: at the selected cell (replacing the earlier copy there, if the table
 * was inserted before and the selection is the destination) or as a new copy in a new sheet. The first sync reads what
 * is there and what an undo needs; nothing is queued on a path that writes nothing (Excel.run would sync it); the
 * writes go in one batch, undone if it fails (commitWrites). Two syncs, three for an update.
 */
export async function insertPlanTable(
  context: Excel.RequestContext,
  request: InsertRequest
): Promise<InsertOutcome> {
  const { layout } = request;
  const before = captureBefore(context, null);
  const selected =
    request.destination === "selection" ? sized(context.workbook.getSelectedRange(), layout) : null;
  selected?.load("address,formulas");
  await context.sync();

  const copies = findCopies(before.names.items, layout.key);
  if (selected && copies.length > 0) return updateCopy(context, request, copies[0], before);
  const copy = freeCopy(before.names.items, before.tables.items, layout.key);
  const options = {
    formulas: request.formulas,
    names: { block: blockName(layout.key, copy), table: excelTableName(layout.key, copy) },
  };
  if (selected === null) {
    const name = uniqueSheetName(
      layout.name,
      before.sheets.items.map((sheet) => sheet.name)
    );
    const sheet = context.workbook.worksheets.add(name);
    const area = sized(sheet.getRange("A1"), layout);
    area.load("address");
    queueBlock(context, area, layout, { ...options, freeze: true });
    sheet.activate();
    await commitWrites(context, before, request.locale);
    return { status: "inserted", address: area.address, updated: false };
  }
  if (!isBlank(selected.formulas as string[][]))
    return { status: "occupied", address: selected.address };
  const { sheet, box } = parseAddress(selected.address);
  before.blank.push({ sheet, box });
  queueBlock(context, selected, layout, { ...options, freeze: box.row === 0 });
  await commitWrites(context, before, request.locale);
  return { status: "inserted", address: selected.address, updated: false };
}
