/** The cells of a laid-out table: published values, or live PLAN.* formulas that reproduce them. */

/** A live formula: the catalog function, its arguments, and the published figure it reproduces. */
export interface FormulaCell {
  fn: "TARGET" | "BASELINE";
  args: (string | number)[];
  value: number;
}

export type LayoutCell = string | number | FormulaCell;

/** The text format: what Excel must not reinterpret ("30%" as 0.3, "2-3" as a date). */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

export function isFormula(cell: LayoutCell): cell is FormulaCell {
  return typeof cell === "object";
}

/** The figure a cell shows: a formula's published value, else the cell itself. */
export function cellValue(cell: LayoutCell): string | number {
  return isFormula(cell) ? cell.value : cell;
}

/** As many decimals as the document prints, and thousands separators for money, so the cell reads as published. */
export function numberFormatFor(published: string, measure: string): string {
  const decimals = published.split(".")[1]?.length ?? 0;
  const base = measure.endsWith("元") ? "#,##0" : "0";
  return decimals > 0 ? `${base}.${"0".repeat(decimals)}` : base;
}
