import type { Fact } from "../catalog/catalog";
import type { HighlightAnalysis } from "../highlight/analysis-types";
import { LookupError } from "../lookup/lookup-error";
import type { PlanLookup } from "../lookup/plan-lookup";
import type { IndicatorDef } from "../catalog/plan-types";
import { documentArgument } from "../catalog/naming";

/** Which path to chart: one unit of a region, or the whole region (unit null). */
export interface ChartQuery {
  region: string;
  indicator: string;
  unit: string | null;
  document?: string | null;
}

/** One year of the chart; null where there is no figure (the line has a gap there). */
export interface ChartPoint {
  year: number;
  target: number | null;
  actual: number | null;
}

export interface ChartData {
  region: string;
  indicator: IndicatorDef;
  /** The unit's name as the catalog prints it, or null for the whole region. */
  unit: string | null;
  /** The document the targets (and the base-year actual) come from: its 文号, else its catalog id. */
  document: string;
  /** The year of the document's published actual (2022年实际数), or null when it gives none. */
  baseYear: number | null;
  points: ChartPoint[];
}

/** The document's published base-year actual, if the targets' own document gives one before its first target year. */
function baselineOf(lookup: PlanLookup, query: ChartQuery, targets: readonly Fact[]): Fact | null {
  let fact: Fact;
  try {
    fact = lookup.baseline({ ...query, document: query.document ?? targets[0].plan.id });
  } catch (error) {
    if (error instanceof LookupError) return null;
    throw error;
  }
  const firstYear = targets[0].year as number;
  return fact.figure.value !== null && fact.year !== null && fact.year < firstYear ? fact : null;
}

/**
 * The figures the user typed for the charted unit, by year: from the highlighted selection when it compared the same
 * region and indicator, only from columns headed by a year (a month or date column is part of a year, not the year),
 * and from the first row that names the unit. For the whole region that is the row matched to the region (合计, 全区):
 * the region's targets are the 合计 row's, so its actuals must be the sheet's own total too, never a sum of the rows
 * shown, which may leave out units or count a 小计 twice. The current year's column is the year so far.
 */
export function sheetActuals(
  analysis: HighlightAnalysis | null | undefined,
  region: string,
  indicator: string,
  unitKey: string | null
): Map<number, number> {
  const found = new Map<number, number>();
  if (!analysis || analysis.region !== region || analysis.indicator.id !== indicator) return found;
  analysis.units.forEach((unit, row) => {
    const matches = unitKey === null ? unit === null : unit?.key === unitKey;
    if (!matches) return;
    analysis.periods.forEach((period, column) => {
      const value = analysis.actuals[row]?.[column];
      if (
        period?.kind === "year" &&
        value !== null &&
        value !== undefined &&
        !found.has(period.year)
      )
        found.set(period.year, value);
    });
  });
  return found;
}

/**
 * A unit's (or the region's) target path by year against actuals. The years and targets are those of the one document
 * that takes precedence (PlanLookup.targets), so two documents' different targets are never mixed in one line. The
 * base year shows the document's published actual, kept as published even when the sheet gives another figure; the
 * later years show the sheet's figures. Throws a LookupError when a name does not resolve or there is no dated target.
 */
export function chartData(
  lookup: PlanLookup,
  query: ChartQuery,
  analysis?: HighlightAnalysis | null
): ChartData {
  const region = lookup.region(query.region);
  const indicator = lookup.indicator(query.indicator);
  const unit = lookup.unit(region, indicator.id, query.unit);
  const resolved: ChartQuery = { ...query, region, indicator: indicator.id };
  const targets = lookup.targets(resolved);
  const baseline = baselineOf(lookup, resolved, targets);
  const typed = sheetActuals(analysis, region, indicator.id, unit ? unit.key : null);
  const points: ChartPoint[] = targets.map((fact) => ({
    year: fact.year as number,
    target: fact.figure.value,
    actual: typed.get(fact.year as number) ?? null,
  }));
  if (baseline) {
    points.unshift({ year: baseline.year as number, target: null, actual: baseline.figure.value });
  }
  const plan = targets[0].plan;
  return {
    region,
    indicator,
    unit: unit ? unit.name : null,
    document: documentArgument(plan),
    baseYear: baseline ? baseline.year : null,
    points,
  };
}
