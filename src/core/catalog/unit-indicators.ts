import type { Catalog } from "./catalog";
import type { IndicatorDef } from "./plan-types";

/** The indicators a district breaks down by unit (town, street, park), in the catalog's order. */
export function unitIndicators(catalog: Catalog, region: string): IndicatorDef[] {
  const ids = new Set(
    catalog
      .plansOf(region)
      .flatMap((plan) => plan.tables)
      .filter((table) => table.layout === "units" && table.indicator)
      .map((table) => table.indicator as string)
  );
  return catalog.indicators.filter((indicator) => ids.has(indicator.id));
}
