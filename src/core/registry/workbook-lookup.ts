import type { Catalog, UnitRef } from "../catalog/catalog";
import { PlanLookup } from "../lookup/plan-lookup";
import { AliasBook } from "./aliases";

/**
 * The catalog's lookup, with the names this workbook's user has explained ("观音桥办" means 观音桥街道) tried before
 * the name itself. An alias only redirects to a name the catalog knows, so it can never invent a figure.
 */
export class WorkbookLookup extends PlanLookup {
  constructor(
    catalog: Catalog,
    readonly unitAliases: AliasBook
  ) {
    super(catalog);
  }

  unit(region: string, indicator: string, query: string | null | undefined): UnitRef | null {
    const meant = query ? this.unitAliases.meaning(region, query) : null;
    return super.unit(region, indicator, meant ?? query);
  }
}
