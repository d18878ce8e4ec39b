import type { Locale } from "../../core/i18n/locale";
import type { SheetLayout } from "../../core/tables/sheet-layout";
import { uniqueSheetName } from "../../core/sheet/sheet-name";
import { blockName, excelTableName } from "./block-names";
import { queueBlock } from "./write-block";

export type Destination = "selection" | "new-sheet";

export interface InsertRequest {
  layout: SheetLayout;
  destination: Destination;
  formulas: boolean;
  locale: Locale;
}

export type InsertOutcome =
  | { status: "inserted"; address: string; updated: boolean }
  /** The target area holds something: nothing was written; the user picks another place. */
  | { status: "occupied"; address: string };

function isEmpty(formulas: unknown[][]): boolean {
  return formulas.every((row) => row.every((cell) => cell === "" || cell === null));
}

/** Cells of `grid` (anchored at the old block's top left) that lie outside the old block and are not empty. */
function occupiedOutside(grid: unknown[][], rows: number, columns: number): boolean {
  return grid.some((row, r) => row.some((cell, c) => (r >= rows || c >= columns) && cell !== ""));
}

function sized(anchor: Excel.Range, layout: SheetLayout): Excel.Range {
  return anchor.getCell(0, 0).getResizedRange(layout.cells.length - 1, layout.width - 1);
}

/**
 * Inserts a laid-out table, never over anything: at the selected cell or into a new sheet, or where it was inserted
 * before (found by its workbook name), which it replaces. At most three syncs: what is there, (for an update) what
 * lies where the new block would grow, then every write in one batch, so a failure while queueing writes nothing.
 */
export async function insertPlanTable(
  context: Excel.RequestContext,
  request: InsertRequest
): Promise<InsertOutcome> {
  const { layout } = request;
  const marker = context.workbook.names.getItemOrNullObject(blockName(layout.key));
  const previous = marker.getRangeOrNullObject();
  previous.load("address,rowIndex,rowCount,columnCount");
  const oldTable = context.workbook.tables.getItemOrNullObject(excelTableName(layout.key));
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const selected =
    request.destination === "selection" ? sized(context.workbook.getSelectedRange(), layout) : null;
  selected?.load("address,rowIndex,formulas");
  await context.sync();

  const writeOptions = { formulas: request.formulas, locale: request.locale };
  if (!previous.isNullObject) {
    const area = sized(previous, layout);
    area.load("address,rowIndex,formulas");
    await context.sync();
    if (occupiedOutside(area.formulas, previous.rowCount, previous.columnCount)) {
      return { status: "occupied", address: area.address };
    }
    if (!oldTable.isNullObject) oldTable.convertToRange();
    previous.clear();
    marker.delete();
    queueBlock(context, area, layout, { ...writeOptions, freeze: area.rowIndex === 0 });
    await context.sync();
    return { status: "inserted", address: area.address, updated: true };
  }

  // A name left over from a deleted sheet, or a table whose name was kept after its block was moved, would
  // make names.add or the table's renaming fail in the final batch.
  if (!marker.isNullObject) marker.delete();
  if (!oldTable.isNullObject) oldTable.convertToRange();
  if (selected === null) {
    const name = uniqueSheetName(
      layout.name,
      sheets.items.map((sheet) => sheet.name)
    );
    const sheet = sheets.add(name);
    const area = sized(sheet.getRange("A1"), layout);
    area.load("address");
    queueBlock(context, area, layout, { ...writeOptions, freeze: true });
    sheet.activate();
    await context.sync();
    return { status: "inserted", address: area.address, updated: false };
  }
  if (!isEmpty(selected.formulas)) return { status: "occupied", address: selected.address };
  queueBlock(context, selected, layout, { ...writeOptions, freeze: selected.rowIndex === 0 });
  await context.sync();
  return { status: "inserted", address: selected.address, updated: false };
}
