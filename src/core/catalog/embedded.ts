import { loadCatalog, SeedInput } from "./load-catalog";
import { PlanLookup } from "../lookup/plan-lookup";
import type { WorkbookData, WorkbookProblem } from "../lookup/workbook";

/**
 * The shipped data files: put on the page by the functions bundle (shipped-seeds.ts), or by a test's setup as
 * PLAN_SEEDS. Read through the global object, never as a free name, so that no bundle but the functions' embeds them.
 */
function shippedSeeds(): SeedInput {
  const global = globalThis as { __planTargetsSeeds?: SeedInput; PLAN_SEEDS?: SeedInput };
  const seeds = global.__planTargetsSeeds ?? global.PLAN_SEEDS;
  if (!seeds)
    throw new Error(
      "The catalog data is not loaded: functions.js must be loaded before taskpane.js."
    );
  return seeds;
}

/**
 * What every part of the add-in reads in one page: the shipped catalog, loaded and indexed once, and the lookup in
 * use (the shipped one, or the one with the open workbook's aliases and registered plans). The custom functions
 * and the task pane share one JavaScript runtime (the manifest's SharedRuntime), so whichever bundle runs first
 * puts this object on the global object and the other one uses it: one catalog per page.
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
