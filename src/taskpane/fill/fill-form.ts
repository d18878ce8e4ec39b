import type { FillChoice } from "../../core/fill/fill-request";
import type { PlanLookup } from "../../core/lookup/plan-lookup";
import type { Locale } from "../../core/i18n/locale";
import type { FillInspection, FillRequest } from "../../excel/contract";

/** The panel's choices; `column` null means the first free columns right of the names. */
export interface FillForm extends FillChoice {
  hasHeader: boolean;
  column: number | null;
}

/** The choices a fresh reading of the selection suggests: the best-matching district and indicator, a header's year. */
export function formFrom(
  inspection: FillInspection,
  previous: FillForm | null,
  today: Date
): FillForm {
  const best = inspection.recognised[0];
  return {
    region: best?.region ?? previous?.region ?? "",
    indicator: best?.indicator ?? previous?.indicator ?? "",
    year: inspection.years[0] ?? previous?.year ?? today.getFullYear(),
    baseline: previous?.baseline ?? false,
    previousYear: previous?.previousYear ?? false,
    output: previous?.output ?? "values",
    totals: previous?.totals ?? "leave",
    hasHeader: inspection.hasHeader,
    column: null,
  };
}

export function requestOf(inspection: FillInspection, form: FillForm, locale: Locale): FillRequest {
  const { hasHeader, column, ...choice } = form;
  return {
    locale,
    sheet: inspection.sheet,
    names: inspection.names,
    hasHeader,
    choice,
    ...(column === null ? {} : { column }),
  };
}

/** Every district the lookup knows: the official ones and those of plans registered in the workbook. */
export function regionChoices(lookup: PlanLookup): string[] {
  return [...lookup.catalog.regions];
}

/** The indicators with a breakdown by unit in the district, in the catalog's order. */
export function indicatorChoices(lookup: PlanLookup, region: string): string[] {
  return lookup.catalog.indicators
    .filter((indicator) => lookup.catalog.unitsOf(region, indicator.id).length > 0)
    .map((indicator) => indicator.zh);
}
