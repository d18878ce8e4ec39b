import { loadCatalog, SeedInput } from "./load-catalog";
import { PlanLookup } from "../lookup/plan-lookup";
import type { WorkbookData, WorkbookProblem } from "../lookup/workbook";

/**
 * The data files, put on the global object by plan-data.js (emitted by the build, loaded by taskpane.html before
 * either bundle runs) or by the test setup: one copy per page, shipped once, that both bundles read.
 */
function shippedSeeds(): SeedInput {
  const seeds = (globalThis as { PLAN_SEEDS?: SeedInput }).PLAN_SEEDS;
  if (!seeds) throw new Error("PLAN_SEEDS is missing: the page must load plan-data.js first");
  return seeds;
}

/**
 * What every part of the add-in reads in one page: the shipped catalog, loaded and indexed once, and the lookup in
 * use (the shipped one, or the one with the open workbook's aliases and registered plans). The custom functions
 * and the task pane share one JavaScript runtime (the manifest's SharedRuntime), so whichever bundle runs first
 * puts this object on the global object and the other one uses it: one catalog per page, parsed and indexed once.
 */
interface SharedState {
  official: PlanLookup;
  current: PlanLookup;
}

const STATE_KEY = "__planTargetsState";

/** This bundle's reference to the page's state: found once, then read without touching the global object. */
let found: SharedState | undefined;

function state(): SharedState {
  if (found) return found;
  const global = globalThis as { [STATE_KEY]?: SharedState };
  let shared = global[STATE_KEY];
  if (!shared) {
    const official = new PlanLookup(loadCatalog(shippedSeeds()));
    shared = { official, current: official };
    global[STATE_KEY] = shared;
  }
  found = shared;
  return shared;
}

/** The lookup in use: the shipped catalog, with the workbook's aliases and registered plans once they are set. */
export function planLookup(): PlanLookup {
  return state().current;
}

/** The shipped catalog alone, whatever the workbook adds. */
export function officialLookup(): PlanLookup {
  return state().official;
}

/**
 * Makes the workbook's aliases and registered plans part of every lookup from now on (functions, pane and
 * highlighting), replacing what was set before; `setWorkbook({})` goes back to the shipped catalog. Returns what
 * was set aside, and why.
 */
export function setWorkbook(data: WorkbookData): readonly WorkbookProblem[] {
  const shared = state();
  const hasData = (data.aliases?.length ?? 0) > 0 || (data.plans?.length ?? 0) > 0;
  shared.current = hasData ? shared.official.withWorkbook(data) : shared.official;
  return shared.current.workbookProblems;
}
