import { Box, contains } from "./a1";
import type { CalendarDate } from "../progress/dates";
import { HeaderValue, periodOf } from "./periods";

/** The sheet's used range as read: its position and values. */
export interface SheetCells {
  box: Box;
  values: readonly (readonly HeaderValue[])[];
}

/** Any date: `headerAt` only asks whether a cell names a period, not whether it is due. */
const PERIOD_PROBE: CalendarDate = { year: 2000, month: 1, day: 1 };

export function valueAt(sheet: SheetCells, row: number, column: number): HeaderValue {
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

/** The header row: the nearest row above the selection with anything in the selected columns; null when none. */
export function headerRow(sheet: SheetCells, selection: Box): number | null {
  for (let row = selection.row - 1; row >= sheet.box.row; row--) {
    for (let column = selection.column; column < selection.column + selection.columns; column++)
      if (isFilled(valueAt(sheet, row, column))) return row;
  }
  return null;
}

/**
 * A column's header in `row`. When it names no period ("目标" | "实际完成" under a merged "2025年"), the year is taken
 * from the row above: the nearest filled cell at or left of the column, where a merged cell keeps its value.
 */
export function headerAt(sheet: SheetCells, row: number, column: number): HeaderValue {
  const own = valueAt(sheet, row, column);
  if (periodOf(own, PERIOD_PROBE) !== null || row <= sheet.box.row) return own;
  for (let left = column; left >= sheet.box.column; left--) {
    const above = valueAt(sheet, row - 1, left);
    if (!isFilled(above)) continue;
    if (periodOf(above, PERIOD_PROBE) === null) return own;
    return isFilled(own) ? `${String(above).trim()} ${String(own).trim()}` : above;
  }
  return own;
}

/** The column headers of the selection, each read by `headerAt` in the header row. */
export function columnHeaders(sheet: SheetCells, selection: Box): HeaderValue[] {
  const row = headerRow(sheet, selection);
  return Array.from({ length: selection.columns }, (_, offset) =>
    row === null ? "" : headerAt(sheet, row, selection.column + offset)
  );
}

/**
 * The first column right of every filled cell, not counting cells inside `ignore` (a block being replaced), and right
 * of every `occupied` box: what we placed that the cells do not show, such as the area under a floating chart.
 */
export function firstFreeColumn(
  sheet: SheetCells,
  selection: Box,
  ignore: readonly Box[],
  occupied: readonly Box[] = []
): number {
  let free = Math.max(
    selection.column + selection.columns,
    ...occupied.map((box) => box.column + box.columns)
  );
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
