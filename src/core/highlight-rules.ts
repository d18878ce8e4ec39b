import { Box, cellA1 } from "./highlight-a1";
import type { Status } from "./progress";

/**
 * Where the helper block goes. Conditional-format rules cannot call PLAN.* functions (office-js #6135), so the
 * targets and pace figures are written as plain numbers on the same sheet, right of everything the sheet already
 * uses (one empty column between), row-aligned with the actual cells. Same sheet rather than a hidden "_计划参照"
 * sheet because rules that reference other sheets fail in Excel 2007 and some WPS versions, and because staff can
 * then see, print and audit the figures their cells are coloured against.
 */
export interface HelperLayout {
  /** Everything we write, for clearing it when highlighting is applied again or removed. */
  block: Box;
  /** The row holding the helper columns' headers, or null when the selection starts on row 1. */
  headerRow: number | null;
  targets: Box;
  paces: Box;
  legend: Box;
}

export const LEGEND_ROWS = 8;
export const LEGEND_COLUMNS = 2;

/** `firstFreeColumn` is the first column right of every used cell of the sheet (ignoring a block being replaced). */
export function helperLayout(actual: Box, firstFreeColumn: number): HelperLayout {
  const start = firstFreeColumn + 1;
  const headerRow = actual.row > 0 ? actual.row - 1 : null;
  const top = headerRow ?? actual.row;
  const targets: Box = {
    row: actual.row,
    column: start,
    rows: actual.rows,
    columns: actual.columns,
  };
  const paces: Box = { ...targets, column: start + actual.columns + 1 };
  const legend: Box = {
    row: top,
    column: paces.column + actual.columns + 1,
    rows: LEGEND_ROWS,
    columns: LEGEND_COLUMNS,
  };
  const bottom = Math.max(actual.row + actual.rows, legend.row + legend.rows);
  const block: Box = {
    row: top,
    column: start,
    rows: bottom - top,
    columns: legend.column + legend.columns - start,
  };
  return { block, headerRow, targets, paces, legend };
}

/**
 * The four rules, written for the top-left actual cell with relative references so that Excel shifts them to every
 * cell of the range. They exclude each other, so the result does not depend on rule priority or "stop if true",
 * which Excel, WPS and LibreOffice handle differently; a blank or text cell, or one with no target, gets no colour.
 * The far-behind test mirrors `gapPoints` in progress.ts: (pace − actual) / target × 100 ≥ points.
 */
export function ruleFormulas(
  actual: Box,
  layout: HelperLayout,
  farBehindPoints: number
): Record<Status, string> {
  const a = cellA1(actual.row, actual.column);
  const t = cellA1(layout.targets.row, layout.targets.column);
  const p = cellA1(layout.paces.row, layout.paces.column);
  const known = `ISNUMBER(${a}),ISNUMBER(${t}),ISNUMBER(${p})`;
  const gap = `(${p}-${a})/${t}*100`;
  return {
    met: `=AND(${known},${a}>=${t})`,
    "on-pace": `=AND(${known},${a}<${t},${a}>=${p})`,
    behind: `=AND(${known},${a}<${p},${gap}<${farBehindPoints})`,
    "far-behind": `=AND(${known},${a}<${p},${gap}>=${farBehindPoints})`,
  };
}
