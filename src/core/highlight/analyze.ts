import type { UnitRef } from "../catalog/catalog";
import { HeaderValue, isTargetHeader, Period, periodsOf } from "../sheet/periods";
import { LookupError } from "../lookup/lookup-error";
import { PlanLookup } from "../lookup/plan-lookup";
import { DEFAULT_FAR_BEHIND_POINTS, gapPoints, Status, statusOf } from "../progress/status";
import type { PaceRecipe } from "./pace-recipes";
import { CellAnalyzer, numberIn, problemOf } from "./cell-analyzer";
import type {
  CellProblem,
  HighlightAnalysis,
  HighlightInput,
  LaggingCell,
  TargetColumnProblem,
} from "./analysis-types";
import type { TargetSource } from "./sheet-targets";

const NAME_EXPECTED = { zh: "单位名称（行标签）", en: "a unit name (row label)" };

function isBlank(value: HeaderValue): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** Matches every row label to a unit: undefined for a blank label, or when the name is unknown or ambiguous. */
function matchUnits(
  lookup: PlanLookup,
  region: string,
  indicator: string,
  input: HighlightInput,
  problems: CellProblem[]
): (UnitRef | null | undefined)[] {
  return input.labels.map((label, row) => {
    const hasFigures = input.actuals[row]?.some((value) => numberIn(value) !== null) ?? false;
    if (isBlank(label)) {
      if (hasFigures)
        problems.push({
          row,
          column: null,
          problem: { reason: "invalid", subject: "unit", query: "", expected: NAME_EXPECTED },
        });
      return undefined;
    }
    try {
      return lookup.unit(region, indicator, String(label));
    } catch (error) {
      problems.push({ row, column: null, problem: problemOf(error) });
      return undefined;
    }
  });
}

function targetColumnsOf(headers: readonly HeaderValue[]): TargetColumnProblem[] {
  return headers.flatMap((header, column) =>
    isTargetHeader(header) ? [{ column, header: String(header).trim() }] : []
  );
}

function byGap(a: LaggingCell, b: LaggingCell): number {
  return b.gap - a.gap || a.row - b.row || a.column - b.column;
}

/**
 * Compares the selected actual figures with their targets: from target cells on the sheet where `sheetTargets` names
 * them, else from the catalog. Per cell the target, the pace (序时进度) and the status, the cells behind plan sorted by
 * gap, sheet targets that differ from the catalog, and every name or header it could not match. A region or indicator
 * that does not resolve throws, since nothing can be compared then.
 */
export function analyzeHighlight(lookup: PlanLookup, input: HighlightInput): HighlightAnalysis {
  const region = lookup.region(input.region);
  const indicator = lookup.indicator(input.indicator);
  const farBehindPoints = input.farBehindPoints ?? DEFAULT_FAR_BEHIND_POINTS;
  const problems: CellProblem[] = [];
  const periods = periodsOf(input.headers, input.reporting).map((period, column) => {
    if (!(period instanceof LookupError)) return period;
    problems.push({ row: null, column, problem: period.problem });
    return null;
  });
  const sheetTargets = periods.map((_, column) => input.sheetTargets?.[column] ?? null);
  const sources: TargetSource[] = sheetTargets.map(
    (target) => target?.source ?? { kind: "catalog" }
  );
  // A row label only matters to the colours where the catalog gives the targets; elsewhere it is only compared.
  const unitProblems: CellProblem[] = [];
  const units = matchUnits(lookup, region, indicator.id, input, unitProblems);
  if (sources.some((source) => source.kind === "catalog")) problems.push(...unitProblems);
  const cells = new CellAnalyzer(lookup, { ...input, region }, indicator.id, units);
  const counts: HighlightAnalysis["counts"] = {
    met: 0,
    "on-pace": 0,
    behind: 0,
    "far-behind": 0,
    blank: 0,
  };
  const lagging: LaggingCell[] = [];
  const targets: (number | null)[][] = [];
  const paces: (number | null)[][] = [];
  const statuses: (Status | null)[][] = [];
  const recipes: (PaceRecipe | null)[][] = [];
  input.labels.forEach((label, row) => {
    targets.push([]);
    paces.push([]);
    statuses.push([]);
    recipes.push([]);
    periods.forEach((period, column) => {
      const found = period?.asOf
        ? cells.figures(row, column, { ...period, asOf: period.asOf }, sheetTargets[column])
        : { figures: null, recipe: null };
      const figures = found.figures;
      const actual = numberIn(input.actuals[row]?.[column]);
      const status =
        figures && actual !== null
          ? statusOf(actual, figures.target, figures.pace, farBehindPoints)
          : null;
      targets[row].push(figures?.target ?? null);
      paces[row].push(figures?.pace ?? null);
      statuses[row].push(status);
      recipes[row].push(found.recipe);
      if (figures && actual === null) counts.blank++;
      if (!figures || actual === null || !status) return;
      counts[status]++;
      if (status === "behind" || status === "far-behind") {
        lagging.push({
          row,
          column,
          label: String(label).trim(),
          unit: units[row]?.name ?? null,
          period: (period as Period).label,
          target: figures.target,
          pace: figures.pace,
          actual,
          gap: gapPoints(actual, figures.pace, figures.target),
          rate: actual / figures.target,
          status,
          source: sources[column],
        });
      }
    });
  });
  return {
    region,
    indicator,
    documents: [...cells.documents],
    registeredDocuments: [...cells.registered],
    reporting: input.reporting,
    method: input.method ?? "increment",
    farBehindPoints,
    units,
    periods,
    actuals: input.labels.map((_, row) =>
      periods.map((_, column) => numberIn(input.actuals[row]?.[column]))
    ),
    targets,
    paces,
    statuses,
    counts,
    lagging: lagging.sort(byGap),
    problems: [...problems, ...cells.problems],
    sources,
    recipes,
    differences: cells.differences,
    targetColumns: targetColumnsOf(input.headers),
    fallbackRows: cells.fallbackRows.size,
    floorTargets: cells.floorCells,
  };
}
