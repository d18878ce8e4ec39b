import type { CalendarDate } from "../progress/dates";
import type { PaceMethod } from "../progress/pace";

/**
 * What a submission sheet (月调度表, 季度通报) is built from: the district, its indicators side by side, the date it
 * reports up to, which units, how pace is counted and how it is coloured.
 */
export interface SubmissionRequest {
  region: string;
  /** Indicator ids (or names staff type), in the order their column blocks appear. */
  indicators: string[];
  date: CalendarDate;
  /** Every unit, or one group of the table (as the table groups them; 江北区 has two). */
  units: "all" | { group: string };
  pace: PaceMethod;
  /** "traffic": 红黄绿 as bureaus colour; "colour-blind": the four-level Okabe–Ito scheme of the highlighting. */
  scheme: "traffic" | "colour-blind";
  thresholds: Thresholds;
  /** Lock every cell but the inputs (no password: it keeps slips out, not people). */
  protect: boolean;
  /**
   * "values": the published targets as numbers, cited in the 注 line, so the sheet works without the add-in;
   * "formulas": =PLAN.TARGET(…) of the unit, for a workbook that stays with the add-in (Excel only).
   */
  targets: "values" | "formulas";
  /**
   * Which figure a 小计 or 合计 whose document states one other than its rows' sum carries, and so its rates:
   * "published", the document's (what the district is held to); "rows", the sum of the sheet's units. The other
   * figure is on the row below it, with the difference.
   */
  totals: "published" | "rows";
}

/** Percentage points below pace: green from -green up, red below -red, yellow between. */
export interface Thresholds {
  green: number;
  red: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { green: 0, red: 10 };

/** Month-end reports count pace in months, as bureaus do; the increment method follows PLAN.PACE (days). */
export function defaultRequest(
  region: string,
  indicators: string[],
  date: CalendarDate
): SubmissionRequest {
  return {
    region,
    indicators,
    date,
    units: "all",
    pace: "months",
    scheme: "traffic",
    thresholds: DEFAULT_THRESHOLDS,
    protect: false,
    targets: "values",
    totals: "published",
  };
}
