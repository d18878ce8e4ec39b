import { SelectionError } from "../../core/sheet/selection-error";
import type { CalendarDate } from "../../core/progress/dates";
import { Box, intersects, parseAddress } from "../../core/sheet/a1";
import { headerRowCount, SheetCells } from "../../core/sheet/sheet-cells";
import { LEGEND_ROWS } from "../../core/highlight/rules";
import { BeforeState, captureBefore } from "../safe-write/before-state";
import { bandCells, bandsFor, queueBands, withoutBlocks } from "../sheet/sheet-band";
import { chartBands, helperBoxes, NamedBox, namedBoxes } from "./helper-blocks";

/** Larger selections are refused: 10,000 rows by 12 months and a little more, whose reads and writes stay bounded. */
const MAX_CELLS = 150_000;

/** What the first sync tells: where the selection is, how far the sheet is used, and the names. */
export interface FirstRead {
  worksheet: Excel.Worksheet;
  sheet: string;
  /** The selection clipped to the used range. */
  clipped: Box;
  selection: Box;
  used: Box;
  /** The workbook's names (inserted tables, our records) and the sheet's (our charts' blocks), with their comments. */
  names: readonly { name: string; type: string; value: unknown; comment: string }[];
  named: NamedBox[];
  /** What an undo needs, when the action writes. */
  before: BeforeState;
}

/** The bands of the sheet an action compares, read in its second sync. */
export interface SheetRead extends FirstRead {
  cells: SheetCells;
  /** The same bands' formulas, where a formula showing "" counts as occupied (for placing the helper block). */
  occupied: SheetCells | null;
  actual: Box;
}

function clip(selection: Box, used: Box): Box | null {
  const top = Math.max(selection.row, used.row);
  const left = Math.max(selection.column, used.column);
  const bottom = Math.min(selection.row + selection.rows, used.row + used.rows);
  const right = Math.min(selection.column + selection.columns, used.column + used.columns);
  return bottom > top && right > left
    ? { row: top, column: left, rows: bottom - top, columns: right - left }
    : null;
}

/**
 * The first sync: the selection's place, the used range's address (not its values), the names with their addresses
 * and comments, and (through captureBefore, in the same sync) the lists an undo compares with.
 */
export async function readSelection(context: Excel.RequestContext): Promise<FirstRead> {
  const selection = context.workbook.getSelectedRange().load("address");
  const worksheet = selection.worksheet.load("name");
  const used = worksheet.getUsedRangeOrNullObject(true).load("address");
  const before = captureBefore(context, worksheet, { charts: true });
  await context.sync();
  if (used.isNullObject) throw new SelectionError("empty");
  const usedBox = parseAddress(used.address).box;
  const selectionBox = parseAddress(selection.address).box;
  const clipped = clip(selectionBox, usedBox);
  if (!clipped) throw new SelectionError("empty");
  const names = [...before.names.items, ...(before.sheetNames?.items ?? [])];
  return {
    worksheet,
    sheet: worksheet.name,
    clipped,
    selection: selectionBox,
    used: usedBox,
    names,
    named: namedBoxes(names),
    before,
  };
}

/** Queues the second read (no sync): the rows the action needs, values and, for placing blocks, formulas. */
export function queueBandRead(first: FirstRead, withFormulas: boolean) {
  const ours = [
    ...helperBoxes(first.named, first.sheet),
    ...chartBands(first.named, first.sheet),
  ].filter((box) => !intersects(box, first.clipped));
  const bands = withoutBlocks(bandsFor(first.used, first.clipped, LEGEND_ROWS + 1), ours);
  return {
    bands,
    ranges: queueBands(first.worksheet, bands, withFormulas ? "values,formulas" : "values"),
  };
}

/**
 * The figures of the selection: when the selection takes in the sheet's top used row (whole columns such as C:D, or a
 * selection dragged over the headers), without the header rows above the figures.
 */
export function bandRead(
  first: FirstRead,
  pending: ReturnType<typeof queueBandRead>,
  reporting: CalendarDate,
  withFormulas: boolean
): SheetRead {
  const cells = bandCells(
    first.used,
    pending.bands,
    pending.ranges.map((range) => range.values)
  );
  const occupied = withFormulas
    ? bandCells(
        first.used,
        pending.bands,
        pending.ranges.map((range) => range.formulas)
      )
    : null;
  const { clipped } = first;
  let actual: Box | null = clipped;
  if (first.selection.row <= first.used.row) {
    const headers = headerRowCount(cells, clipped, reporting);
    actual =
      headers < clipped.rows
        ? { ...clipped, row: clipped.row + headers, rows: clipped.rows - headers }
        : null;
  }
  if (!actual) throw new SelectionError("empty");
  if (actual.rows * actual.columns > MAX_CELLS) throw new SelectionError("too-large");
  return { ...first, cells, occupied, actual };
}
