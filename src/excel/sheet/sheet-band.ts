import { SelectionError } from "../../core/sheet/selection-error";
import { Box, boxA1, parseAddress } from "../../core/sheet/a1";
import type { SheetCells } from "../../core/sheet/sheet-cells";
import type { HeaderValue } from "../../core/sheet/periods";
import type { Band } from "../../core/fill/free-columns";

/*
 * Reads of the sheet bounded to the rows an action needs, never the whole used range: a sheet of 60,000 rows with a
 * 100-cell selection costs a few hundred rows, and Excel on the web refuses requests or responses over 5 MB. The fill
 * reads one band (readBand); highlighting and charts read several, cut around our own blocks (bandsFor …).
 */

/** Whole columns (B:B) reach a million rows; a fill reads this many at most, far under 5 MB. */
export const MAX_ROWS = 5_000;
/** Columns a fill reads right of the used range, so that the first free ones are always inside the band. */
const SPARE_COLUMNS = 4;
/** Rows read at the top of the used range: titles and header rows, wherever the selection is. */
export const TOP_ROWS = 10;
/** Rows read above the selection: its header rows (a year over 目标 | 实际). */
export const ROWS_ABOVE = 10;

/** The rows of `box` that lie inside the used range, or null when none do. */
export function rowsWithin(box: Box, used: Box): { row: number; rows: number } | null {
  const top = Math.max(box.row, used.row);
  const bottom = Math.min(box.row + box.rows, used.row + used.rows);
  return bottom > top ? { row: top, rows: bottom - top } : null;
}

/** Queues the reads of the bands (no sync). */
export function queueBands(
  worksheet: Excel.Worksheet,
  bands: readonly Box[],
  properties: string | string[]
): Excel.Range[] {
  return bands.map((band) => worksheet.getRange(boxA1(band)).load(properties));
}

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
  const rows = rowsWithin(chosen, usedBox);
  if (!rows) throw new SelectionError("empty");
  const names = { ...rows, column: chosen.column, columns: 1 };
  if (names.rows > MAX_ROWS) throw new SelectionError("too-large");
  const top = Math.max(0, names.row - 1);
  const right = Math.max(usedBox.column + usedBox.columns, names.column + 1, reach) + SPARE_COLUMNS;
  const box = {
    row: top,
    column: names.column,
    rows: names.row + names.rows - top,
    columns: right - names.column,
  };
  const [band] = queueBands(worksheet, [box], ["values", "formulas", "numberFormat"]);
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

/**
 * The bands of whole used-range rows to read for `area` (the selection, clipped): the top rows, the rows above it and
 * its own rows down to `below` rows past it (where a helper block or a chart goes), merged where they touch.
 */
export function bandsFor(used: Box, area: Box, below: number): Box[] {
  const wanted = [
    { ...used, rows: TOP_ROWS },
    { ...used, row: area.row - ROWS_ABOVE, rows: ROWS_ABOVE + area.rows + below },
  ].flatMap((box) => {
    const rows = rowsWithin(box, used);
    return rows ? [{ ...used, ...rows }] : [];
  });
  return wanted
    .sort((a, b) => a.row - b.row)
    .reduce<Box[]>((merged, box) => {
      const last = merged[merged.length - 1];
      if (last && box.row <= last.row + last.rows) {
        last.rows = Math.max(last.rows, box.row + box.rows - last.row);
        return merged;
      }
      return [...merged, { ...box }];
    }, []);
}

/**
 * The bands cut into pieces that leave out the columns of our own blocks (helper blocks, chart bands) where they cross
 * a band: their cells are never the user's figures or labels, the caller counts them as occupied, and a highlighting
 * applied again would otherwise read its own 10,000-row helper block.
 */
export function withoutBlocks(bands: readonly Box[], blocks: readonly Box[]): Box[] {
  return bands.flatMap((band) => {
    const crossing = blocks
      .filter((box) => box.row < band.row + band.rows && band.row < box.row + box.rows)
      .sort((a, b) => a.column - b.column);
    const pieces: Box[] = [];
    let column = band.column;
    for (const box of crossing) {
      if (box.column > column) pieces.push({ ...band, column, columns: box.column - column });
      column = Math.max(column, box.column + box.columns);
    }
    const end = band.column + band.columns;
    if (end > column) pieces.push({ ...band, column, columns: end - column });
    return pieces;
  });
}

/**
 * The pieces as the sheet's cells: a sparse grid over the used range whose unread rows and cells are absent, which the
 * core reads as empty (SheetCells' readers take a missing cell as blank, and skip it when they walk the grid).
 */
export function bandCells(
  used: Box,
  pieces: readonly Box[],
  grids: readonly (readonly (readonly unknown[])[])[]
): SheetCells {
  const values: HeaderValue[][] = new Array(used.rows);
  pieces.forEach((piece, index) =>
    grids[index].forEach((row, offset) => {
      const line = (values[piece.row - used.row + offset] ??= new Array(used.columns));
      row.forEach((value, column) => {
        line[piece.column - used.column + column] = value as HeaderValue;
      });
    })
  );
  return { box: used, values };
}
