import type { Box } from "../sheet/a1";
import { Band, isEmptyCell } from "./free-columns";
import type { FillPlan } from "./fill-plan";

/** Everything a fill writes, as arrays for a few range writes: never cell by cell. */
export interface FillWrites {
  /** The data rows under the names' header, across the destination columns. */
  block: Box;
  entries: (string | number)[][];
  /**
   * "@" over figures kept as printed text ("2-3" must not become a date), the cell's own format elsewhere; null when
   * no figure is text, so that nothing but the figures is sent.
   */
  formats: string[][] | null;
  /** Header cells of destination columns that are empty: the column's heading goes there. */
  headers: { row: number; column: number; text: string }[];
  /** The size of what is sent, as JSON: Excel on the web refuses requests over 5 MB. */
  bytes: number;
}

/**
 * Lays a fill plan out on the sheet: `columns` are the destination columns (adjacent), `formats` the band of their
 * current number formats. A header is written only into an empty header cell; the caller has checked the data rows.
 */
export function fillWrites(
  plan: FillPlan,
  names: { row: number; rows: number; hasHeader: boolean },
  columns: readonly number[],
  contents: Band,
  formats: Band
): FillWrites {
  const top = names.row + (names.hasHeader ? 1 : 0);
  const block = {
    row: top,
    column: columns[0],
    rows: names.rows - (top - names.row),
    columns: columns.length,
  };
  const byRow = new Map(plan.rows.map((row) => [row.row, row]));
  const entries: (string | number)[][] = [];
  const formatGrid: string[][] = [];
  for (let row = top; row < top + block.rows; row++) {
    const planned = byRow.get(row);
    entries.push(columns.map((_, index) => planned?.cells[index].entry ?? ""));
    formatGrid.push(
      columns.map((column, index) =>
        planned?.cells[index].text
          ? "@"
          : String(formats.cells[row - formats.top]?.[column - formats.left] ?? "General")
      )
    );
  }
  const headers = names.hasHeader
    ? columns
        .map((column, index) => ({ row: names.row, column, text: plan.columns[index].header }))
        .filter(({ row, column }) =>
          isEmptyCell(contents.cells[row - contents.top]?.[column - contents.left])
        )
    : [];
  const anyText = plan.rows.some((row) => row.cells.some((cell) => cell.text));
  const bytes = utf8Length(JSON.stringify([entries, anyText ? formatGrid : null, headers]));
  return { block, entries, formats: anyText ? formatGrid : null, headers, bytes };
}

/** UTF-8 length: a Chinese character is three bytes on the wire, not one. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
