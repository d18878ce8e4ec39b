import type { FillChoice } from "../../core/fill/fill-request";
import type { LayeredLookup } from "../../core/registry/layered-lookup";
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

export function requestOf(inspection: FillInspection, form: FillForm): FillRequest {
  const { hasHeader, column, ...choice } = form;
  return {
    sheet: inspection.sheet,
    names: inspection.names,
    hasHeader,
    choice,
    ...(column === null ? {} : { column }),
  };
}

/** Every district the lookup knows, official first, then those registered in the workbook. */
export function regionChoices(lookup: LayeredLookup): string[] {
  return [...new Set(lookup.layers.flatMap((layer) => [...layer.catalog.regions]))];
}

/** The indicators with a breakdown by unit in the district, in the catalog's order. */
export function indicatorChoices(lookup: LayeredLookup, region: string): string[] {
  return lookup.official.catalog.indicators
    .filter((indicator) =>
      lookup.layers.some((layer) => layer.catalog.unitsOf(region, indicator.id).length > 0)
    )
    .map((indicator) => indicator.zh);
}
