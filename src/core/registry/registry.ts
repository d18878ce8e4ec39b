import type { PlanDocument } from "../catalog/plan-types";
import type { UnitAlias } from "./aliases";

/** A plan a user registered from a table in this workbook: never official, always said to be theirs. */
export interface RegisteredPlan {
  plan: PlanDocument;
  /** Who registered it, as they gave their name in the pane (Office.js does not tell an add-in the Excel user). */
  registeredBy: string;
  /** When, as an ISO timestamp. */
  registeredAt: string;
  /** 1 for the first registration of this plan id, then one more for each correction. */
  revision: number;
}

/** Everything the add-in keeps in a workbook: the user's aliases and registered plans, with earlier revisions. */
export interface WorkbookRegistry {
  aliases: UnitAlias[];
  plans: RegisteredPlan[];
  /** Replaced revisions, kept so that a correction can be traced back. */
  history: RegisteredPlan[];
}

export const EMPTY_REGISTRY: WorkbookRegistry = { aliases: [], plans: [], history: [] };

/** Registers `plan`, or a new revision of it when its id is already registered; the old revision goes to history. */
export function registerPlan(
  registry: WorkbookRegistry,
  plan: PlanDocument,
  registeredBy: string,
  registeredAt: string
): WorkbookRegistry {
  const previous = registry.plans.find((entry) => entry.plan.id === plan.id);
  const entry: RegisteredPlan = {
    plan,
    registeredBy,
    registeredAt,
    revision: previous ? previous.revision + 1 : 1,
  };
  return {
    ...registry,
    plans: [...registry.plans.filter((known) => known !== previous), entry],
    history: previous ? [...registry.history, previous] : registry.history,
  };
}

export function addAlias(registry: WorkbookRegistry, alias: UnitAlias): WorkbookRegistry {
  const same = (known: UnitAlias) => known.region === alias.region && known.typed === alias.typed;
  return { ...registry, aliases: [...registry.aliases.filter((known) => !same(known)), alias] };
}
