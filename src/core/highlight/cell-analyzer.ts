import type { Fact, UnitRef } from "../catalog/catalog";
import type { CalendarDate } from "../progress/dates";
import type { CellProblem, HighlightInput, TargetDifference } from "./analyze";
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

/** The target and pace of one unit (by its label) for one period, from the catalog; throws a LookupError. */
function figuresFor(
  lookup: PlanLookup,
  input: HighlightInput,
  indicator: string,
  label: string,
  period: Period & { asOf: CalendarDate }
): Figures {
  const asked = {
    region: input.region,
    indicator,
    unit: label,
    document: input.document ?? null,
    year: period.year,
  };
  const fact = lookup.target(asked);
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
  const method = input.method ?? "increment";
  const start =
    method === "increment" ? lookup.previousYearEnd(asked, fact.plan).figure.value : null;
  return { target, pace: paceAt(method, period.asOf, target, start), fact };
}

function documentOf(fact: Fact): string {
  return documentArgument(fact.plan);
}

/** The per-cell work of `analyzeHighlight`: one cell's target and pace, from the catalog or from a sheet cell. */
export class CellAnalyzer {
  readonly documents = new Set<string>();
  readonly problems: CellProblem[] = [];
  readonly differences: TargetDifference[] = [];
  readonly fallbackRows = new Set<number>();

  constructor(
    private readonly lookup: PlanLookup,
    private readonly input: HighlightInput,
    private readonly indicator: string,
    private readonly units: (UnitRef | null | undefined)[]
  ) {}

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
      const found = figuresFor(this.lookup, this.input, this.indicator, label, period);
      this.documents.add(documentOf(found.fact));
      return { figures: found, recipe: null };
    } catch (error) {
      this.problems.push({ row, column, problem: problemOf(error) });
      return { figures: null, recipe: null };
    }
  }

  private fromSheet(
    row: number,
    column: number,
    label: string,
    period: Period & { asOf: CalendarDate },
    target: SheetTarget
  ): { figures: CellFigures | null; recipe: PaceRecipe } {
    const asked =
      this.units[row] === undefined
        ? null
        : {
            region: this.input.region,
            indicator: this.indicator,
            unit: label,
            document: this.input.document ?? null,
            year: period.year,
          };
    const method = this.input.method ?? "increment";
    const found = sheetCellFigures(this.lookup, asked, method, period, target.values[row]);
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
    else if (found.recipe.start !== 0 && found.catalog)
      this.documents.add(documentOf(found.catalog));
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
