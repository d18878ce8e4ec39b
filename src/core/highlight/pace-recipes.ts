import type { Fact } from "../catalog/catalog";
import { CalendarDate, dayOfYear, daysInYear } from "../progress/dates";
import type { HeaderValue } from "../sheet/periods";
import { LookupError } from "../lookup/lookup-error";
import type { PlanLookup, YearQuery } from "../lookup/plan-lookup";
import type { PaceMethod } from "../progress/pace";

/**
 * How the pace figure follows from a target cell on the sheet: start + (target − start) × elapsed / whole. Kept in
 * parts rather than as a number so that the helper block writes it as a formula of the target cell: a target the user
 * edits re-colours at once, with no add-in running.
 */
export interface PaceRecipe {
  start: number;
  elapsed: number;
  whole: number;
  /** The increment method was asked for, but the catalog has no previous year-end for the unit: by days instead. */
  fallback: boolean;
}

/** `start` is the previous year-end (increment method only); without it the increment method falls back to days. */
export function recipeFor(
  method: PaceMethod,
  asOf: CalendarDate,
  fullYear: boolean,
  start: number | null
): PaceRecipe {
  if (fullYear) return { start: 0, elapsed: 1, whole: 1, fallback: false };
  if (method === "months") return { start: 0, elapsed: asOf.month, whole: 12, fallback: false };
  const days = { elapsed: dayOfYear(asOf), whole: daysInYear(asOf.year) };
  if (method === "increment" && start !== null) return { start, ...days, fallback: false };
  return { start: 0, ...days, fallback: method === "increment" };
}

/** The same arithmetic, in the same order, as the formula `recipeFormula` writes. */
export function recipePace(recipe: PaceRecipe, target: number): number {
  return recipe.start + ((target - recipe.start) * recipe.elapsed) / recipe.whole;
}

/** The pace formula for a target cell reference such as "$E3"; empty when the target cell holds no number. */
export function recipeFormula(recipe: PaceRecipe, target: string): string {
  const share = recipe.elapsed === recipe.whole ? "" : `*${recipe.elapsed}/${recipe.whole}`;
  const pace =
    recipe.start === 0
      ? `${target}${share}`
      : `${recipe.start}+(${target}-${recipe.start})${share}`;
  return `=IF(ISNUMBER(${target}),${pace},"")`;
}

function attempt<T>(find: () => T): T | null {
  try {
    return find();
  } catch (error) {
    if (error instanceof LookupError) return null;
    throw error;
  }
}

export interface SheetCellFigures {
  recipe: PaceRecipe;
  /** The target cell's figure, or null when it holds no number greater than 0. */
  target: number | null;
  pace: number | null;
  /** The catalog's target for the unit and year, to compare with; null when the unit or year is not in the catalog. */
  catalog: Fact | null;
}

/**
 * One actual cell whose target is a cell of the sheet. `asked` is the catalog query of its unit and year, or null when
 * the row label matched no unit: then nothing is compared, and the increment method has no start.
 */
export function sheetCellFigures(
  lookup: PlanLookup,
  asked: YearQuery | null,
  method: PaceMethod,
  period: { asOf: CalendarDate; fullYear: boolean },
  value: HeaderValue
): SheetCellFigures {
  const catalog = asked ? attempt(() => lookup.target(asked)) : null;
  const start =
    asked && catalog && method === "increment" && !period.fullYear
      ? (attempt(() => lookup.previousYearEnd(asked, catalog.plan))?.figure.value ?? null)
      : null;
  const recipe = recipeFor(method, period.asOf, period.fullYear, start);
  const target = typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
  return { recipe, target, pace: target === null ? null : recipePace(recipe, target), catalog };
}
