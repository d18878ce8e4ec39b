import { join } from "path";
import { loadCatalog } from "../../src/core/catalog/load-catalog";
import type { PlanDocument } from "../../src/core/catalog/plan-types";
import { readSeeds, readSource } from "../../src/node/read-seeds";

export const SEEDS_DIR = join(__dirname, "..", "..", "seeds");

/** The data files as a maintainer ships them, loaded and validated. */
export function shippedCatalog() {
  return loadCatalog(readSeeds(SEEDS_DIR));
}

export function sourceOf(plan: PlanDocument): string {
  return readSource(SEEDS_DIR, plan.source);
}

/** A deep copy, so a test can damage it without touching the shipped data. */
export function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
