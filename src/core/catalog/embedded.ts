import { loadCatalog, SeedInput } from "./load-catalog";
import { PlanLookup } from "../lookup/plan-lookup";

/** The data files, put into the bundle at build time (webpack DefinePlugin) or by the test setup. */
declare const PLAN_SEEDS: SeedInput;

let shared: PlanLookup | undefined;

/** The catalog shipped with the add-in, loaded once on first use; no network at run time. */
export function planLookup(): PlanLookup {
  shared ??= new PlanLookup(loadCatalog(PLAN_SEEDS));
  return shared;
}
