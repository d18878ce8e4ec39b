import { Box, contains } from "./highlight-a1";
import type { CalendarDate } from "./dates";
import { HeaderValue, periodOf } from "./highlight-periods";

/** The sheet's used range as read: its position and values. */
export interface SheetCells {
  box: Box;
  values: readonly (readonly HeaderValue[])[];
}

function valueAt(sheet: SheetCells, row: number, column: number): HeaderValue {
  return sheet.values[row - sheet.box.row]?.[column - sheet.box.column];
}

function isText(value: HeaderValue): boolean {
  return typeof value === "string" && value.trim() !== "" && !Number.isFinite(Number(value));
}

function isFilled(value: HeaderValue): boolean {
  return value !== null && value !== undefined && value !== "";
}

/**
 * The row labels: the nearest column left of the selection whose filled cells (in the selected rows) are all text,
 * skipping 序号 columns of numbers. Empty labels where no such column exists.
 */
export function rowLabels(sheet: SheetCells, selection: Box): HeaderValue[] {
  const rows = Array.from({ length: selection.rows }, (_, offset) => selection.row + offset);
  for (let column = selection.column - 1; column >= sheet.box.column; column--) {
    const cells = rows.map((row) => valueAt(sheet, row, column));
    const filled = cells.filter(isFilled);
    if (filled.length > 0 && filled.every(isText)) return cells;
  }
  return rows.map(() => "");
}

/** The column headers: the nearest row above the selection with anything in the selected columns. */
export function columnHeaders(sheet: SheetCells, selection: Box): HeaderValue[] {
  const columns = Array.from(
    { length: selection.columns },
    (_, offset) => selection.column + offset
  );
  for (let row = selection.row - 1; row >= sheet.box.row; row--) {
    const cells = columns.map((column) => valueAt(sheet, row, column));
    if (cells.some(isFilled)) return cells;
  }
  return columns.map(() => "");
}

/** The first column right of every filled cell, not counting cells inside `ignore` (a helper block being replaced). */
export function firstFreeColumn(sheet: SheetCells, selection: Box, ignore: readonly Box[]): number {
  let free = selection.column + selection.columns;
  sheet.values.forEach((cells, rowOffset) =>
    cells.forEach((value, columnOffset) => {
      const row = sheet.box.row + rowOffset;
      const column = sheet.box.column + columnOffset;
      if (isFilled(value) && column >= free && !ignore.some((box) => contains(box, row, column)))
        free = column + 1;
    })
  );
  return free;
}

/**
 * How many rows at the top of `actual` are headers rather than figures: up to and including the first row whose
 * filled cells all name a period (2024, 2024年, 1-6月), with blank or title rows above it. 0 when a number that names
 * no period comes first, or no such row exists. For selections that take in the sheet's top rows (whole columns, C:D),
 * where the header row would otherwise be read as a row of figures.
 */
export function headerRowCount(sheet: SheetCells, actual: Box, reporting: CalendarDate): number {
  for (let offset = 0; offset < actual.rows; offset++) {
    const filled = Array.from({ length: actual.columns }, (_, column) =>
      valueAt(sheet, actual.row + offset, actual.column + column)
    ).filter(isFilled);
    if (filled.length === 0) continue;
    if (filled.every((value) => periodOf(value, reporting) !== null)) return offset + 1;
    if (filled.some((value) => typeof value === "number")) return 0;
  }
  return 0;
}
