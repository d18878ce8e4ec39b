/** What the user chose in the pane for a fill; the sheet's cells come separately. */
export interface FillChoice {
  region: string;
  /** The indicator as the user picked it; written as is into formulas. */
  indicator: string;
  year: number;
  /** Also fill the base-year actual (e.g. 2022年实际数) and last year's target, each in a column of its own. */
  baseline: boolean;
  previousYear: boolean;
  /** Plain figures, or PLAN.* formulas that reference each row's name cell (and so follow a renamed unit). */
  output: "values" | "formulas";
  /** 小计/合计 rows: left alone, or filled from the breakdown table's own 小计/合计. */
  totals: "leave" | "fill";
  /** A 文号 to use instead of the newest document. */
  document?: string | null;
}

/** The user's selection of names, read from the sheet. */
export interface NameColumn {
  sheet: string;
  /** 0-based sheet row of `names[0]`, and the column of the names. */
  row: number;
  column: number;
  names: readonly unknown[];
  /** Whether `names[0]` is the column's header rather than a unit. */
  hasHeader: boolean;
}

export type FillColumnKind = "target" | "baseline" | "previous";

export interface FillColumn {
  kind: FillColumnKind;
  /** The header written above it when the header cell is empty: "2025年目标", "2022年实际数". */
  header: string;
}
