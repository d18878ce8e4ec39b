import { Box, intersects } from "../sheet/a1";
import type { CalendarDate } from "../progress/dates";
import { columnHeaders, headerAt, headerRow, SheetCells, valueAt } from "../sheet/sheet-cells";
import { HeaderValue, isTargetHeader, periodOf, periodsOf } from "../sheet/periods";
import { LookupError } from "../lookup/lookup-error";
import type { PlanDocument, TableDef } from "../catalog/plan-types";
import { documentArgument } from "../catalog/naming";

/** A table the pane inserted (found by its PlanBlock_ workbook name): where it sits and which catalog table it is. */
export interface InsertedBlock {
  box: Box;
  plan: PlanDocument;
  table: TableDef;
}

/** Where the targets of an actual column come from. `column` is the sheet column (0-based) of the target cells. */
export type TargetSource =
  | { kind: "catalog" }
  | { kind: "sheet"; column: number; header: string }
  | { kind: "table"; column: number; header: string; document: string };

export type CellSource = Exclude<TargetSource, { kind: "catalog" }>;

/** Target cells on the sheet for one actual column: their source and their values, one per selected row. */
export interface SheetTarget {
  source: CellSource;
  values: HeaderValue[];
}

/** Whether a column may hold targets: not a selected column, and not in one of our helper blocks. */
function usable(column: number, actual: Box, ignore: readonly Box[]): boolean {
  if (column >= actual.column && column < actual.column + actual.columns) return false;
  return !ignore.some((box) => intersects(box, { ...actual, column, columns: 1 }));
}

/** The inserted table's target column for the year, on rows shared with the actual cells. */
function blockTarget(
  blocks: readonly InsertedBlock[],
  year: number,
  actual: Box,
  ignore: readonly Box[]
): CellSource | null {
  for (const block of blocks) {
    if (block.box.row >= actual.row + actual.rows || actual.row >= block.box.row + block.box.rows)
      continue;
    const index = block.table.columns.findIndex(
      (column) => column.role === "target" && column.year === year
    );
    const column = block.box.column + index;
    if (index < 0 || !usable(column, actual, ignore)) continue;
    const header = block.table.columns[index].label;
    return { kind: "table", column, header, document: documentArgument(block.plan) };
  }
  return null;
}

function nearest(columns: number[], from: number): number | null {
  const sorted = [...columns].sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b);
  return sorted[0] ?? null;
}

/**
 * The target column beside an actual column, in the same header row: one whose header names 目标/任务/计划/Target for
 * the same year (or names no period when the actual header names none). A single actual column without such a match
 * takes the nearest column left of it whose header contains 目标 and names no year ("年度目标" beside "2024年实际").
 */
function headerTarget(
  sheet: SheetCells,
  actual: Box,
  offset: number,
  reporting: CalendarDate,
  year: number,
  named: boolean,
  ignore: readonly Box[]
): CellSource | null {
  // A single column without a header of its own is read against the row right above it.
  const row = headerRow(sheet, actual) ?? (actual.row > sheet.box.row ? actual.row - 1 : null);
  if (row === null) return null;
  const from = actual.column + offset;
  const columns = Array.from({ length: sheet.box.columns }, (_, index) => sheet.box.column + index)
    .filter((column) => usable(column, actual, ignore))
    .filter((column) => isTargetHeader(headerAt(sheet, row, column)));
  const yearOf = (column: number) => periodOf(headerAt(sheet, row, column), reporting)?.year;
  const samePeriod = columns.filter((column) => (yearOf(column) ?? (named ? null : year)) === year);
  // Another year's target is never a fallback: "2023年目标" beside "2024年实际" compares nothing.
  const left = columns.filter(
    (column) =>
      column < actual.column &&
      yearOf(column) === undefined &&
      /目标/.test(String(headerAt(sheet, row, column)))
  );
  const found =
    nearest(samePeriod, from) ?? (actual.columns === 1 ? (left[left.length - 1] ?? null) : null);
  return found === null
    ? null
    : { kind: "sheet", column: found, header: String(headerAt(sheet, row, found)).trim() };
}

/**
 * Per selected column, the target cells on the sheet, or null where the catalog gives the targets: first an inserted
 * official table on the same rows (its target column for the column's year), then a target column beside the actuals.
 * `blocks` are the inserted tables of the compared indicator; `ignore` are our helper blocks, whose "目标 2024" headers
 * would otherwise read as the user's targets.
 */
export function findSheetTargets(
  sheet: SheetCells,
  actual: Box,
  reporting: CalendarDate,
  blocks: readonly InsertedBlock[],
  ignore: readonly Box[]
): (SheetTarget | null)[] {
  const headers = columnHeaders(sheet, actual);
  return periodsOf(headers, reporting).map((period, offset) => {
    if (period instanceof LookupError) return null;
    const named = periodOf(headers[offset], reporting) !== null;
    const source =
      blockTarget(blocks, period.year, actual, ignore) ??
      headerTarget(sheet, actual, offset, reporting, period.year, named, ignore);
    if (!source) return null;
    const values = Array.from({ length: actual.rows }, (_, row) =>
      valueAt(sheet, actual.row + row, source.column)
    );
    return { source, values };
  });
}
