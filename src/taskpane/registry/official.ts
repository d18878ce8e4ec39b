import { officialLookup } from "../../core/catalog/embedded";
import type { PlanLookup } from "../../core/lookup/plan-lookup";

/** The shipped catalog alone: registered plans are checked against it, never against themselves. */
export function officialPlanLookup(): PlanLookup {
  return officialLookup();
}
