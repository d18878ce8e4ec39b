import { useState } from "react";
import type { Catalog } from "../../core/catalog/catalog";
import type { Locale } from "../../core/i18n/locale";
import { tableChoices } from "../../core/tables/table-choice";

/** District, then document, then table: changing one picks the first of what it offers next. */
export function useTableSelection(catalog: Catalog, locale: Locale) {
  const [region, setRegionState] = useState(catalog.regions[0]);
  const plans = catalog.plansOf(region);
  const [planId, setPlanState] = useState(plans[0].id);
  const plan = plans.find((candidate) => candidate.id === planId) ?? plans[0];
  const tables = tableChoices(plan, locale);
  const [tableId, setTableId] = useState(tables[0].id);
  const table = tables.find((candidate) => candidate.id === tableId) ?? tables[0];

  const setPlan = (id: string): void => {
    const next = catalog.plans.find((candidate) => candidate.id === id);
    setPlanState(id);
    if (next) setTableId(tableChoices(next, locale)[0].id);
  };
  const setRegion = (next: string): void => {
    setRegionState(next);
    setPlan(catalog.plansOf(next)[0].id);
  };
  return { region, plans, plan, tables, table, setRegion, setPlan, setTableId };
}
