import * as answers from "./answers";
import type { CellValue } from "./answers";
import { respond } from "./respond";
import { displayLocale } from "./display-locale";

/* STATUS and SOURCE answer in the display language, which the answer cache keys on. */
function statusHere(
  actual: CellValue,
  region: CellValue,
  indicator: CellValue,
  date: CellValue,
  unit: CellValue,
  document: CellValue
): string {
  return answers.status(actual, region, indicator, date, unit, document, displayLocale());
}

function sourceHere(
  region: CellValue,
  indicator: CellValue,
  year: CellValue,
  unit: CellValue,
  document: CellValue
): string {
  return answers.source(region, indicator, year, unit, document, displayLocale());
}

/* Parameters that Excel may fill with a number, text or a date are typed `any`, the metadata's only type for
   "whatever the cell holds"; answers.ts narrows each of them before use. */

/**
 * The target of a district, or of one of its towns, streets or parks, for a year. Without a unit: the breakdown
 * table's 合计, else the indicator table's row, else the target stated in the text. The newest document wins unless
 * one is named. A target the text states without a year (每年…) has no year to look up: PLAN.SOURCE quotes it.
 * @customfunction TARGET
 * @param region District or county, e.g. 江北区 or 江北.
 * @param indicator Indicator, e.g. 高新技术企业, 高企, 科技型企业, 研发投入.
 * @param year Year: 2025, "2025年", or a date.
 * @param [unit] Town, street or park, e.g. 观音桥街道 or 观音桥; leave out for the whole district.
 * @param [document] Document number (文号) to use instead of the newest document, e.g. 永川府办发〔2021〕66号.
 * @returns The target figure, in the document's unit of measure.
 */
export function target(
  region: string,
  indicator: string,
  year: any,
  unit?: string,
  document?: string
): number {
  return respond("TARGET", answers.target, region, indicator, year, unit, document);
}

/**
 * The base-year actual figure a breakdown table starts from, e.g. 2022年实际数.
 * @customfunction BASELINE
 * @param region District or county, e.g. 江北区.
 * @param indicator Indicator, e.g. 高新技术企业.
 * @param [unit] Town, street or park; leave out for the whole district.
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns The base-year actual figure.
 */
export function baseline(
  region: string,
  indicator: string,
  unit?: string,
  document?: string
): number {
  return respond("BASELINE", answers.baseline, region, indicator, unit, document);
}

/**
 * Every year's target from one document, spilled as two rows: the years, then the targets.
 * @customfunction TARGETS
 * @param region District or county, e.g. 永川区.
 * @param indicator Indicator, e.g. 科技型企业.
 * @param [unit] Town, street or park; leave out for the whole district.
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns Two rows: years and targets.
 */
export function targets(
  region: string,
  indicator: string,
  unit?: string,
  document?: string
): number[][] {
  return respond("TARGETS", answers.targets, region, indicator, unit, document);
}

/**
 * The whole breakdown table, header included, exactly as published.
 * @customfunction TABLE
 * @param region District or county, e.g. 江北区.
 * @param indicator Indicator whose table to spill, e.g. 高新技术企业.
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns The table: header row, then every row as printed.
 */
export function table(region: string, indicator: string, document?: string): any[][] {
  return respond("TABLE", answers.table, region, indicator, document);
}

/**
 * The names of the units (towns, streets, parks) of a breakdown table, in the document's order, spilled down.
 * @customfunction UNITS
 * @param region District or county, e.g. 江北区.
 * @param indicator Indicator of the breakdown table, e.g. 科技型企业.
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns One unit name a row.
 */
export function units(region: string, indicator: string, document?: string): string[][] {
  return respond("UNITS", answers.units, region, indicator, document);
}

/**
 * The pace figure (序时进度) at a date. Method "increment" (default): last year-end figure + (this year's target −
 * last year-end) × days elapsed ÷ days in the year. "days": target × days elapsed ÷ days in the year. "months":
 * target × month ÷ 12. The date itself counts as elapsed.
 * @customfunction PACE
 * @param region District or county, e.g. 江北区.
 * @param indicator Indicator, e.g. 高新技术企业.
 * @param date Reporting date, e.g. a date cell or "2025-06-30".
 * @param [unit] Town, street or park; leave out for the whole district.
 * @param [method] "increment" (增量, default), "days" (按天) or "months" (按月).
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns The figure the unit should have reached by the date.
 */
export function pace(
  region: string,
  indicator: string,
  date: any,
  unit?: string,
  method?: string,
  document?: string
): number {
  return respond("PACE", answers.pace, region, indicator, date, unit, method, document);
}

/**
 * Completion rate: actual ÷ the year's target (1 = 100%).
 * @customfunction RATE
 * @param actual Actual figure so far.
 * @param region District or county, e.g. 江北区.
 * @param indicator Indicator, e.g. 高新技术企业.
 * @param year Year: 2025, "2025年", or a date.
 * @param [unit] Town, street or park; leave out for the whole district.
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns The completion rate; format the cell as a percentage.
 */
export function rate(
  actual: any,
  region: string,
  indicator: string,
  year: any,
  unit?: string,
  document?: string
): number {
  return respond("RATE", answers.rate, actual, region, indicator, year, unit, document);
}

/**
 * Status of an actual figure at a date: 达标 (at or above the year's target), 序时达标 (at or above pace), 落后
 * (below pace by under 10 percentage points of the target), 严重落后 (10 points or more below pace).
 * Pace by the default "increment" method.
 * @customfunction STATUS
 * @param actual Actual figure at the date.
 * @param region District or county, e.g. 江北区.
 * @param indicator Indicator, e.g. 高新技术企业.
 * @param date Reporting date, e.g. a date cell or "2025-06-30".
 * @param [unit] Town, street or park; leave out for the whole district.
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns A status word.
 */
export function status(
  actual: any,
  region: string,
  indicator: string,
  date: any,
  unit?: string,
  document?: string
): string {
  return respond("STATUS", statusHere, actual, region, indicator, date, unit, document);
}

/**
 * Where a target is published: document number, date, table, row and column, or the sentence of the text.
 * @customfunction SOURCE
 * @param region District or county, e.g. 江北区.
 * @param indicator Indicator, e.g. 高新技术企业.
 * @param [year] Year; leave out to cite the document and table.
 * @param [unit] Town, street or park; leave out for the whole district.
 * @param [document] Document number (文号) to use instead of the newest document.
 * @returns A citation.
 */
export function source(
  region: string,
  indicator: string,
  year?: any,
  unit?: string,
  document?: string
): string {
  return respond("SOURCE", sourceHere, region, indicator, year, unit, document);
}
