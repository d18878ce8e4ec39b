import type { Fact, UnitRef } from "../catalog/catalog";
import type { IndicatorDef } from "../catalog/plan-types";
import { LookupError } from "../lookup/lookup-error";
import type { PlanLookup, PlanQuery, YearQuery } from "../lookup/plan-lookup";

/** What a fill asks of a lookup; PlanLookup answers it, and so does the official catalog layered over the workbook's. */
export type FillLookup = Pick<PlanLookup, "region" | "indicator" | "unit" | "target" | "baseline">;

/**
 * The official catalog first, the plans registered in this workbook second. A registered plan answers only what the
 * official catalog cannot (a district, an indicator or a unit it lacks), so it never replaces an official figure;
 * where both give one, `compareWithOfficial` reports the difference. Errors are the official catalog's unless the
 * workbook's plans know the district, in which case theirs says more.
 */
export class LayeredLookup implements FillLookup {
  constructor(
    readonly official: PlanLookup,
    readonly registered: PlanLookup | null
  ) {}

  get layers(): PlanLookup[] {
    return this.registered ? [this.official, this.registered] : [this.official];
  }

  region(query: string): string {
    return this.first((lookup) => lookup.region(query));
  }

  indicator(query: string): IndicatorDef {
    return this.official.indicator(query);
  }

  unit(region: string, indicator: string, query: string | null | undefined): UnitRef | null {
    return this.first((lookup) => lookup.unit(lookup.region(region), indicator, query));
  }

  target(query: YearQuery): Fact {
    return this.first((lookup) => lookup.target(query));
  }

  baseline(query: PlanQuery): Fact {
    return this.first((lookup) => lookup.baseline(query));
  }

  private first<T>(ask: (lookup: PlanLookup) => T): T {
    try {
      return ask(this.official);
    } catch (officialError) {
      if (!this.registered || !(officialError instanceof LookupError)) throw officialError;
      try {
        return ask(this.registered);
      } catch (registeredError) {
        const unknownThere =
          registeredError instanceof LookupError &&
          registeredError.problem.subject === "region" &&
          registeredError.problem.reason === "unknown";
        throw unknownThere ? officialError : registeredError;
      }
    }
  }
}
