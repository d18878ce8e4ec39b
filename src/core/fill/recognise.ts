import type { PlanLookup } from "../lookup/plan-lookup";
import { readHeader } from "./header-year";
import { sheetRowKind } from "./sheet-row";

/** A district and indicator whose breakdown table names the selected units, best first. */
export interface Recognition {
  region: string;
  indicator: string;
  /** How many of the selection's names are units of that table. */
  matched: number;
}

/**
 * Which districts' tables the selected names belong to: every region and indicator with a breakdown by unit,
 * ranked by how many names resolve there. A name that fails (unknown, ambiguous) simply does not count here.
 */
export function recogniseDistrict(
  lookups: readonly PlanLookup[],
  names: readonly unknown[]
): Recognition[] {
  const typed = names.filter((cell) => sheetRowKind(cell) === "name").map((cell) => String(cell));
  const found: Recognition[] = [];
  for (const lookup of lookups) found.push(...rank(lookup, typed));
  return found.sort((a, b) => b.matched - a.matched);
}

function rank(lookup: PlanLookup, typed: readonly string[]): Recognition[] {
  const found: Recognition[] = [];
  for (const region of lookup.catalog.regions) {
    for (const indicator of lookup.catalog.indicators) {
      if (lookup.catalog.unitsOf(region, indicator.id).length === 0) continue;
      let matched = 0;
      for (const name of typed) {
        try {
          if (lookup.unit(region, indicator.id, name) !== null) matched++;
        } catch {
          // Counted as not matched; the fill lists it with its candidates.
        }
      }
      if (matched > 0) found.push({ region, indicator: indicator.zh, matched });
    }
  }
  return found;
}

/** The years the sheet's headers name as targets ("2025年目标"), newest first, each once. */
export function yearsInHeaders(headers: readonly unknown[]): number[] {
  const years = headers
    .map(readHeader)
    .filter((reading) => reading !== null && reading.role !== "actual")
    .map((reading) => (reading as { year: number }).year);
  return [...new Set(years)].sort((a, b) => b - a);
}
