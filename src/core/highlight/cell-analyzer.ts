import type { Fact, UnitRef } from "../catalog/catalog";
import type { CalendarDate } from "../progress/dates";
import type { CellProblem, HighlightInput, TargetDifference } from "./analysis-types";
import type { HeaderValue, Period } from "../sheet/periods";
import { pacedByDays, PaceRecipe, sheetCellFigures } from "./pace-recipes";
import type { SheetTarget } from "./sheet-targets";
import { LookupError } from "../lookup/lookup-error";
import type { LookupProblem } from "../lookup/lookup-problem";
import { PlanLookup } from "../lookup/plan-lookup";
import { paceAt } from "../progress/pace";
import { documentArgument } from "../catalog/naming";

/* The per-cell half of analyzeHighlight (highlight.ts): one cell's target and pace, from the catalog or a sheet cell. */

const TARGET_EXPECTED = { zh: "大于 0 的目标值", en: "a target greater than 0" };

export function numberIn(value: HeaderValue): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function problemOf(error: unknown): LookupProblem {
  if (error instanceof LookupError) return error.problem;
  throw error;
}

interface Figures {
  target: number;
  pace: number;
  fact: Fact;
}

export interface CellFigures {
  target: number;
  pace: number;
}

/** A unit's catalog figures for one year: its target fact and, for the increment method, the year-end it starts from. */
interface YearFigures {
  fact: Fact;
  /** The previous year-end, or the LookupError saying there is none; null when the method needs none. */
  start: number | LookupError | null;
}

/** The catalog's figures of one unit (by its label) for a year; a LookupError when the catalog has none. */
function yearFigures(
  lookup: PlanLookup,
  input: HighlightInput,
  indicator: string,
  label: string,
  year: number
): YearFigures | LookupError {
  const asked = {
    region: input.region,
    indicator,
    unit: label,
    document: input.document ?? null,
    year,
  };
  try {
    const fact = lookup.target(asked);
    if ((input.method ?? "increment") !== "increment") return { fact, start: null };
    try {
      return { fact, start: lookup.yearEndBefore(fact).figure.value };
    } catch (error) {
      if (error instanceof LookupError) return { fact, start: error };
      throw error;
    }
  } catch (error) {
    if (error instanceof LookupError) return error;
    throw error;
  }
}

/** The target and pace of one cell, from its unit's figures for the year; throws a LookupError. */
function figuresFor(
  found: YearFigures | LookupError,
  method: HighlightInput["method"],
  period: Period & { asOf: CalendarDate }
): Figures {
  if (found instanceof LookupError) throw found;
  const { fact } = found;
  const target = fact.figure.value;
  if (target === null || !(target > 0)) {
    throw new LookupError({
      reason: "invalid",
      subject: "number",
      query: fact.figure.text,
      expected: TARGET_EXPECTED,
    });
  }
  if (period.fullYear) return { target, pace: target, fact };
  const chosen = method ?? "increment";
  if (found.start instanceof LookupError) throw found.start;
  return { target, pace: paceAt(chosen, period.asOf, target, found.start), fact };
}

function documentOf(fact: Fact): string {
  return documentArgument(fact.plan);
}

/** The per-cell work of `analyzeHighlight`: one cell's target and pace, from the catalog or from a sheet cell. */
export class CellAnalyzer {
  readonly documents = new Set<string>();
  /** Those of `documents` registered in the workbook rather than official: the legend says so. */
  readonly registered = new Set<string>();
  readonly problems: CellProblem[] = [];
  readonly differences: TargetDifference[] = [];
  readonly fallbackRows = new Set<number>();
  /** Cells whose catalog target the document prints as a floor ("≥15"): compared with the floor, and said so. */
  floorCells = 0;
  /**
   * Each row's catalog figures per year, looked up once: a grid of 10,000 units by 12 months asks the catalog 10,000
   * times, not 120,000, so the analysis stays linear in cells with a small constant.
   */
  private readonly years = new Map<number, Map<number, YearFigures | LookupError>>();

  constructor(
    private readonly lookup: PlanLookup,
    private readonly input: HighlightInput,
    private readonly indicator: string,
    private readonly units: (UnitRef | null | undefined)[]
  ) {}

  private cite(fact: Fact): void {
    this.documents.add(documentOf(fact));
    if (this.lookup.catalog.isRegistered(fact.plan)) this.registered.add(documentOf(fact));
  }

  figures(
    row: number,
    column: number,
    period: Period & { asOf: CalendarDate },
    target: SheetTarget | null
  ): { figures: CellFigures | null; recipe: PaceRecipe | null } {
    const label = String(this.input.labels[row]);
    if (target) return this.fromSheet(row, column, label, period, target);
    if (this.units[row] === undefined) return { figures: null, recipe: null };
    try {
      const found = figuresFor(this.yearly(row, label, period.year), this.input.method, period);
      this.cite(found.fact);
      if (found.fact.figure.bound === "at-least") this.floorCells++;
      return { figures: found, recipe: null };
    } catch (error) {
      this.problems.push({ row, column, problem: problemOf(error) });
      return { figures: null, recipe: null };
    }
  }

  private yearly(row: number, label: string, year: number): YearFigures | LookupError {
    let byYear = this.years.get(row);
    if (!byYear) {
      byYear = new Map();
      this.years.set(row, byYear);
    }
    let found = byYear.get(year);
    if (!found) {
      found = yearFigures(this.lookup, this.input, this.indicator, label, year);
      byYear.set(year, found);
    }
    return found;
  }

  private fromSheet(
    row: number,
    column: number,
    label: string,
    period: Period & { asOf: CalendarDate },
    target: SheetTarget
  ): { figures: CellFigures | null; recipe: PaceRecipe } {
    const yearly = this.units[row] === undefined ? null : this.yearly(row, label, period.year);
    const catalog = yearly instanceof LookupError || yearly === null ? null : yearly;
    const start = typeof catalog?.start === "number" ? catalog.start : null;
    const method = this.input.method ?? "increment";
    const found = sheetCellFigures(
      catalog?.fact ?? null,
      start,
      method,
      period,
      target.values[row]
    );
    const published = found.catalog?.figure.value ?? null;
    if (found.catalog && found.target !== null && published !== null && published !== found.target)
      this.differences.push({
        row,
        column,
        label: label.trim(),
        period: period.label,
        source: target.source,
        sheet: found.target,
        catalog: published,
        document: documentOf(found.catalog),
      });
    if (found.target !== null && pacedByDays(found.recipe, found.target))
      this.fallbackRows.add(row);
    else if (found.recipe.start !== 0 && found.catalog) this.cite(found.catalog);
    if (found.target === null && numberIn(this.input.actuals[row]?.[column]) !== null)
      this.problems.push({
        row,
        column,
        problem: {
          reason: "invalid",
          subject: "number",
          query: String(target.values[row] ?? ""),
          expected: TARGET_EXPECTED,
        },
      });
    const figures =
      found.target !== null && found.pace !== null
        ? { target: found.target, pace: found.pace }
        : null;
    return { figures, recipe: found.recipe };
  }
}
