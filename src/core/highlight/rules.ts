import { Box, cellA1 } from "../sheet/a1";
import type { Status } from "../progress/status";
import type { TargetSource } from "./sheet-targets";

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

/** One set of four rules: the columns it covers, and the target and pace references for its top-left cell. */
export interface RuleGroup {
  box: Box;
  target: string;
  pace: string;
}

/**
 * The actual columns that share one set of rules. A run of columns whose targets come from the catalog shares one
 * set with relative references to the helper targets. A column whose targets are cells of the sheet gets its own set
 * with "$E3": the row follows each cell, the column stays on the sheet's targets, so an edited target re-colours at
 * once. Every set references the pace helper column too, which is how the add-in recognises the rules as its own.
 */
export function ruleGroups(
  actual: Box,
  layout: HelperLayout,
  sources: readonly TargetSource[]
): RuleGroup[] {
  const groups: RuleGroup[] = [];
  sources.forEach((source, offset) => {
    const box: Box = { ...actual, column: actual.column + offset, columns: 1 };
    const pace = cellA1(actual.row, layout.paces.column + offset);
    const last = groups[groups.length - 1];
    if (source.kind !== "catalog") {
      groups.push({ box, target: `$${cellA1(actual.row, source.column)}`, pace });
    } else if (
      last &&
      !last.target.startsWith("$") &&
      last.box.column + last.box.columns === box.column
    ) {
      last.box.columns++;
    } else {
      groups.push({ box, target: cellA1(actual.row, layout.targets.column + offset), pace });
    }
  });
  return groups;
}

/**
 * The four rules of a group, written for its top-left actual cell with relative references so that Excel shifts them
 * to every cell of the range. They exclude each other, so the result does not depend on rule priority or "stop if
 * true", which Excel, WPS and LibreOffice handle differently; a blank or text cell, or one with no target, gets no
 * colour. The far-behind test mirrors `gapPoints` in progress.ts: (pace − actual) / target × 100 ≥ points.
 */
export function ruleFormulas(group: RuleGroup, farBehindPoints: number): Record<Status, string> {
  const a = cellA1(group.box.row, group.box.column);
  const { target: t, pace: p } = group;
  const known = `ISNUMBER(${a}),ISNUMBER(${t}),ISNUMBER(${p})`;
  const gap = `(${p}-${a})/${t}*100`;
  return {
    met: `=AND(${known},${a}>=${t})`,
    "on-pace": `=AND(${known},${a}<${t},${a}>=${p})`,
    behind: `=AND(${known},${a}<${p},${gap}<${farBehindPoints})`,
    "far-behind": `=AND(${known},${a}<${p},${gap}>=${farBehindPoints})`,
  };
}
