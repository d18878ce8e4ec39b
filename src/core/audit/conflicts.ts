import { Catalog, Fact, REGION_SLOT } from "../catalog/catalog";

/** The same region, indicator and year given different targets, by two documents or by one document twice. */
export interface Conflict {
  region: string;
  indicator: string;
  year: number;
  /** Every differing figure, in precedence order: the first is what a lookup returns by default. */
  facts: Fact[];
}

/**
 * Finds whole-region targets that disagree. Only figures in the same unit of measure are compared: 46亿元 in the
 * text and 468932万元 in a table are two ways of writing one plan, not a conflict.
 */
export function findConflicts(catalog: Catalog): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const region of catalog.regions) {
    for (const indicator of catalog.indicators) {
      const byYear = new Map<string, Fact[]>();
      for (const fact of catalog.factsAt(region, indicator.id, REGION_SLOT)) {
        if (fact.kind !== "target" || fact.year === null || fact.figure.value === null) continue;
        const key = `${fact.year}|${fact.measure}`;
        byYear.set(key, [...(byYear.get(key) ?? []), fact]);
      }
      for (const facts of byYear.values()) {
        const values = new Set(facts.map((fact) => fact.figure.value));
        if (values.size > 1)
          conflicts.push({ region, indicator: indicator.id, year: facts[0].year as number, facts });
      }
    }
  }
  return conflicts;
}
