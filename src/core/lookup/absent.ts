import type { PlanDocument } from "../catalog/plan-types";
import { Catalog, Fact, REGION_SLOT, UnitRef } from "../catalog/catalog";
import { documentLabel } from "../catalog/naming";
import { LookupError } from "./lookup-error";
import { unitDisplay } from "./name-resolver";

/** What the user typed, for the message (PlanQuery's names). */
interface Typed {
  indicator: string;
  unit?: string | null;
  document?: string | null;
}

/* The errors of a lookup whose names resolve but whose slot holds nothing of the kind wanted: built only when a
   lookup fails, with the names that do have something, so the message says what to type instead. */

/** A query's names resolved: region, indicator id, the document named (if any), the unit (null: whole region). */
export interface Slot {
  region: string;
  indicator: string;
  plan: PlanDocument | null;
  unit: UnitRef | null;
  facts: readonly Fact[];
}

/**
 * The candidates of each slot, once per catalog: a sheet of failing cells asks for the same lists again and again.
 * Keyed by catalog slots, not by what was typed, so the memory is bounded by the catalog's size.
 */
const remembered = new WeakMap<Catalog, Map<string, string[]>>();

function memo(catalog: Catalog, key: string, compute: () => string[]): string[] {
  let lists = remembered.get(catalog);
  if (!lists) {
    lists = new Map();
    remembered.set(catalog, lists);
  }
  let list = lists.get(key);
  if (!list) {
    list = compute();
    lists.set(key, list);
  }
  return list;
}

function holds(facts: readonly Fact[], kind: Fact["kind"], plan: PlanDocument | null): boolean {
  return facts.some((fact) => fact.kind === kind && (plan === null || fact.plan === plan));
}

/** No fact of the kind in the slot: the units (or indicators) that have one, in the region or the named document. */
export function absentFacts(
  catalog: Catalog,
  query: Typed,
  slot: Slot,
  kind: Fact["kind"]
): LookupError {
  const { region, indicator, plan, unit } = slot;
  const scope = plan ? documentLabel(plan) : region;
  const what = kind === "actual" ? "baseline" : "target";
  const key = `${region}\u0001${indicator}\u0001${unit ? "unit" : "region"}\u0001${kind}\u0001${plan?.id ?? ""}`;
  if (unit) {
    const units = catalog.unitsOf(region, indicator);
    return new LookupError({
      reason: "absent",
      subject: "unit",
      query: query.unit as string,
      scope,
      what,
      candidates: memo(catalog, key, () =>
        units
          .filter((other) => holds(catalog.factsAt(region, indicator, other.key), kind, plan))
          .map((other) => unitDisplay(other, units))
      ),
    });
  }
  return new LookupError({
    reason: "absent",
    subject: "indicator",
    query: query.indicator,
    scope,
    what,
    candidates: memo(catalog, key, () =>
      catalog.indicators
        .filter((other) => holds(catalog.factsAt(region, other.id, REGION_SLOT), kind, plan))
        .map((other) => other.zh)
    ),
  });
}

/** No table of the wanted layout: the indicators that have one, in the region or the named document. */
export function absentTable(
  catalog: Catalog,
  query: Typed,
  region: string,
  plans: readonly PlanDocument[],
  what: "table" | "unit-table"
): LookupError {
  const plan = plans.length === 1 && query.document ? plans[0] : null;
  const key = `${region}\u0001${what}\u0001${plan?.id ?? ""}`;
  const candidates = memo(catalog, key, () => {
    const tabled = new Set(
      plans.flatMap((plan) =>
        plan.tables
          .filter((table) =>
            what === "table" ? table.layout !== "text" : table.layout === "units"
          )
          .flatMap((table) => [table.indicator, ...table.rows.map((row) => row.indicator)])
      )
    );
    return catalog.indicators
      .filter((indicator) => tabled.has(indicator.id))
      .map((indicator) => indicator.zh);
  });
  return new LookupError({
    reason: "absent",
    subject: "indicator",
    query: query.indicator,
    scope: plan ? documentLabel(plan) : region,
    what,
    candidates,
  });
}
