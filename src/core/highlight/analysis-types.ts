import type { UnitRef } from "../catalog/catalog";
import type { IndicatorDef } from "../catalog/plan-types";
import type { LookupProblem } from "../lookup/lookup-problem";
import type { CalendarDate } from "../progress/dates";
import type { PaceMethod } from "../progress/pace";
import type { Status } from "../progress/status";
import type { HeaderValue, Period } from "../sheet/periods";
import type { PaceRecipe } from "./pace-recipes";
import type { SheetTarget, TargetSource } from "./sheet-targets";

/* What the highlighting analysis is asked and what it answers: shared by the analysis, its cells and its readers. */

/** What the user says about the selected cells, and what the sheet shows around them. */
export interface HighlightInput {
  region: string;
  indicator: string;
  document?: string | null;
  reporting: CalendarDate;
  method?: PaceMethod;
  farBehindPoints?: number;
  /** The row label of every selected row (the unit names). */
  labels: readonly HeaderValue[];
  /** The header of every selected column (a year, a month, or nothing for a single column). */
  headers: readonly HeaderValue[];
  /** The selected cells' values, rows × columns. Read only: nothing the user typed is ever rewritten. */
  actuals: readonly (readonly HeaderValue[])[];
  /** Per selected column, the target cells found on the sheet (`findSheetTargets`); null or absent: the catalog. */
  sheetTargets?: readonly (SheetTarget | null)[];
}

/** Where a problem is, as offsets in the selection; a null column means the whole row, a null row the whole column. */
export interface CellProblem {
  row: number | null;
  column: number | null;
  problem: LookupProblem;
}

/**
 * A selected column whose header names a target (目标/任务/计划/Target): its figures were compared as actual figures,
 * which colours a target against itself. Reported so the user selects only the actual figures.
 */
export interface TargetColumnProblem {
  column: number;
  header: string;
}

export interface LaggingCell {
  row: number;
  column: number;
  label: string;
  /** The unit's name as the catalog prints it, or null for the whole region. */
  unit: string | null;
  period: string;
  target: number;
  pace: number;
  actual: number;
  /** Percentage points of the target below pace. */
  gap: number;
  /** actual / target, 1 = 100%. */
  rate: number;
  status: Extract<Status, "behind" | "far-behind">;
  source: TargetSource;
}

/** A target typed on the sheet that differs from the catalog's for the same unit and year. Reported, never changed. */
export interface TargetDifference {
  row: number;
  column: number;
  label: string;
  period: string;
  source: TargetSource;
  sheet: number;
  catalog: number;
  document: string;
}

export interface HighlightAnalysis {
  region: string;
  indicator: IndicatorDef;
  /** The document the targets come from (the newest one unless the user named one). */
  documents: string[];
  /** Those of `documents` registered in the workbook, not official: cited with words that say so. */
  registeredDocuments: string[];
  reporting: CalendarDate;
  method: PaceMethod;
  farBehindPoints: number;
  units: (UnitRef | null | undefined)[];
  periods: (Period | null)[];
  /** The selected figures that are numbers (null for blank or text cells), rows × columns. */
  actuals: (number | null)[][];
  /** Per selected cell: the year's target and the pace figure; null where there is none (not due, no match). */
  targets: (number | null)[][];
  paces: (number | null)[][];
  statuses: (Status | null)[][];
  counts: Record<Status | "blank", number>;
  lagging: LaggingCell[];
  problems: CellProblem[];
  /** Per selected column, where its targets come from. */
  sources: TargetSource[];
  /** Per cell whose target is a sheet cell and whose period is due: how its pace follows from that cell. */
  recipes: (PaceRecipe | null)[][];
  differences: TargetDifference[];
  /** Selected columns headed as targets rather than actuals. */
  targetColumns: TargetColumnProblem[];
  /**
   * Rows whose sheet target got pace by days under the increment method: the catalog has no previous year-end for
   * them, or the sheet's target is not the catalog's, so the catalog's year-end is not its start.
   */
  fallbackRows: number;
  /** Cells whose catalog target is printed as a floor ("≥15"): the figure compared is the floor. */
  floorTargets: number;
}
