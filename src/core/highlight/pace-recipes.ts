import type { Fact } from "../catalog/catalog";
import type { CalendarDate } from "../progress/dates";
import type { HeaderValue } from "../sheet/periods";
import { elapsedParts, PaceMethod, paceFrom } from "../progress/pace";

/**
 * How the pace figure follows from a target cell on the sheet: start + (target − start) × elapsed / whole. Kept in
 * parts rather than as a number so that the helper block writes it as a formula of the target cell: a target the user
 * edits re-colours at once, with no add-in running.
 *
 * Pace starts and ends in one source. The increment method's start is the catalog's previous year-end, which belongs
 * to the catalog's target for the year (`official`): it is used only while the target cell holds that same figure.
 * A sheet target of its own (40 where the document says 100) has no year-end of its own, so its pace is by days:
 * a start of 100 on the way to 40 would put pace above the year's target.
 */
export interface PaceRecipe {
  start: number;
  elapsed: number;
  whole: number;
  /** The catalog's target that `start` leads to; null when `start` is 0 (no increment). */
  official: number | null;
  /** The increment method was asked for, but the catalog has no previous year-end for the unit: by days instead. */
  fallback: boolean;
}

/**
 * `start` is the previous year-end and `official` the year's target of the same document (increment method only);
 * without them the increment method falls back to days.
 */
export function recipeFor(
  method: PaceMethod,
  asOf: CalendarDate,
  fullYear: boolean,
  start: number | null,
  official: number | null = null
): PaceRecipe {
  const plain = { start: 0, official: null, fallback: false };
  if (fullYear) return { ...plain, elapsed: 1, whole: 1 };
  if (method === "months") return { ...plain, ...elapsedParts(asOf, "months") };
  const days = elapsedParts(asOf, "days");
  if (method === "increment" && start !== null && official !== null)
    return { start, official, ...days, fallback: false };
  return { ...plain, ...days, fallback: method === "increment" };
}

/** Whether the recipe's increment applies to this target: the target is the figure its start leads to. */
function incrementApplies(recipe: PaceRecipe, target: number): boolean {
  return recipe.start !== 0 && recipe.official === target;
}

/** The same arithmetic, in the same order, as the formula `recipeFormula` writes. */
export function recipePace(recipe: PaceRecipe, target: number): number {
  const start = incrementApplies(recipe, target) ? recipe.start : 0;
  return paceFrom(start, target, recipe.elapsed, recipe.whole);
}

/** Whether the target gets its pace by days although the increment method was asked for. */
export function pacedByDays(recipe: PaceRecipe, target: number): boolean {
  return recipe.fallback || (recipe.official !== null && !incrementApplies(recipe, target));
}

/** The pace formula for a target cell reference such as "$E3"; empty when the target cell holds no number. */
export function recipeFormula(recipe: PaceRecipe, target: string): string {
  const share = recipe.elapsed === recipe.whole ? "" : `*${recipe.elapsed}/${recipe.whole}`;
  const byShare = `${target}${share}`;
  if (recipe.start === 0 || recipe.official === null)
    return `=IF(ISNUMBER(${target}),${byShare},"")`;
  const increment = `${recipe.start}+(${target}-${recipe.start})${share}`;
  return `=IF(ISNUMBER(${target}),IF(${target}=${recipe.official},${increment},${byShare}),"")`;
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
 * One actual cell whose target is a cell of the sheet. `catalog` is the catalog's target for its unit and year and
 * `yearEnd` the year-end of the same document, or null when the catalog has none (the row label matched no unit:
 * then nothing is compared, and the increment method has no start).
 */
export function sheetCellFigures(
  catalog: Fact | null,
  yearEnd: number | null,
  method: PaceMethod,
  period: { asOf: CalendarDate; fullYear: boolean },
  value: HeaderValue
): SheetCellFigures {
  const start = catalog && method === "increment" && !period.fullYear ? yearEnd : null;
  const recipe = recipeFor(
    method,
    period.asOf,
    period.fullYear,
    start,
    catalog?.figure.value ?? null
  );
  const target = typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;
  return { recipe, target, pace: target === null ? null : recipePace(recipe, target), catalog };
}
