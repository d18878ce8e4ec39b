/**
 * Where targets may go. A column is free for a fill only if every cell of it in the filled rows is empty, judged by
 * the formulas Excel reports: a formula that returns "" shows nothing but is someone's work, so it occupies its cell.
 */

/** Formulas of a band of the sheet: `cells[r][c]` is row `top + r`, column `left + c`; outside the band is empty. */
export interface Band {
  top: number;
  left: number;
  cells: readonly (readonly unknown[])[];
}

/** A cell in the way of a fill, as 0-based sheet coordinates with what it holds. */
export interface OccupiedCell {
  row: number;
  column: number;
  content: string;
}

function cellAt(band: Band, row: number, column: number): unknown {
  return band.cells[row - band.top]?.[column - band.left];
}

export function isEmptyCell(content: unknown): boolean {
  return content === null || content === undefined || content === "";
}

/** The cells of `column` in `rows` that hold anything, formulas returning "" included. */
export function occupiedIn(band: Band, column: number, rows: readonly number[]): OccupiedCell[] {
  return rows
    .map((row) => ({ row, column, content: cellAt(band, row, column) }))
    .filter((cell) => !isEmptyCell(cell.content))
    .map((cell) => ({ ...cell, content: String(cell.content) }));
}

/** The first run of `count` adjacent free columns at or right of `from`. */
export function firstFreeColumns(
  band: Band,
  from: number,
  count: number,
  rows: readonly number[]
): number[] {
  let start = from;
  for (let column = from; column < start + count; column++) {
    if (occupiedIn(band, column, rows).length > 0) start = column + 1;
  }
  return Array.from({ length: count }, (_, offset) => start + offset);
}
