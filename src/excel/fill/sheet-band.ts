import { SelectionError } from "../../core/sheet/selection-error";
import { Box, cellA1, parseAddress } from "../../core/sheet/a1";
import type { Band } from "../../core/fill/free-columns";

/** A fill's names and what lies right of them: contents (formulas as Excel reports them), values and formats. */
export interface BandRead {
  worksheet: Excel.Worksheet;
  sheet: string;
  /** The name cells: the selection's first column, clipped to the used range. */
  names: Box;
  values: Band;
  contents: Band;
  formats: Band;
}

/** Whole columns (B:B) reach a million rows; this many is far more than any submission sheet and far under 5 MB. */
export const MAX_ROWS = 5_000;

/** Columns read right of the used range, so that the first free ones are always inside the band. */
const SPARE_COLUMNS = 4;

function clipRows(selection: Box, used: Box): Box | null {
  const top = Math.max(selection.row, used.row);
  const bottom = Math.min(selection.row + selection.rows, used.row + used.rows);
  return bottom > top
    ? { row: top, column: selection.column, rows: bottom - top, columns: 1 }
    : null;
}

/**
 * Reads the band of a fill in two syncs: first where the names and the used range are, then the rows of the names
 * (and the row above, for headers) from the names' column to past the used range's right edge. Queues no writes.
 */
export async function readBand(
  context: Excel.RequestContext,
  target: { sheet: string; names: Box } | null,
  reach = 0
): Promise<BandRead> {
  const selected = target ? null : context.workbook.getSelectedRange().load("address");
  const worksheet = target
    ? context.workbook.worksheets.getItem(target.sheet)
    : context.workbook.worksheets.getActiveWorksheet();
  const used = worksheet.getUsedRangeOrNullObject().load("address");
  await context.sync();
  if (used.isNullObject) throw new SelectionError("empty");
  const { sheet, box: usedBox } = parseAddress(used.address);
  const chosen = target ? target.names : parseAddress((selected as Excel.Range).address).box;
  const names = clipRows(chosen, usedBox);
  if (!names) throw new SelectionError("empty");
  if (names.rows > MAX_ROWS) throw new SelectionError("too-large");
  const top = Math.max(0, names.row - 1);
  const right = Math.max(usedBox.column + usedBox.columns, names.column + 1, reach) + SPARE_COLUMNS;
  const band = worksheet
    .getRange(`${cellA1(top, names.column)}:${cellA1(names.row + names.rows - 1, right - 1)}`)
    .load(["values", "formulas", "numberFormat"]);
  await context.sync();
  const at = (cells: unknown[][]): Band => ({ top, left: names.column, cells });
  return {
    worksheet,
    sheet,
    names,
    values: at(band.values),
    contents: at(band.formulas),
    formats: at(band.numberFormat),
  };
}
