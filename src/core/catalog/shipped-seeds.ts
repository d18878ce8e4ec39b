import type { SeedInput } from "./load-catalog";

/** The data files, put into the bundle at build time (webpack DefinePlugin) or by the test setup. */
declare const PLAN_SEEDS: SeedInput;

/**
 * Puts the shipped data files where embedded.ts finds them. Only the functions bundle imports this module, so the
 * data is shipped once: the task pane page loads functions.js before taskpane.js (taskpane.html), and the pane reads
 * the same data, parsed and indexed once, from the page's shared state.
 */
const global = globalThis as { __planTargetsSeeds?: SeedInput };
// Outside a build (a script run with ts-node) PLAN_SEEDS may come later, on the global object: embedded.ts reads it.
if (typeof PLAN_SEEDS !== "undefined") global.__planTargetsSeeds ??= PLAN_SEEDS;
