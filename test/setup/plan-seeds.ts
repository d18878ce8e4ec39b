import { join } from "path";
import { readSeeds } from "../../src/node/read-seeds";

/* The bundle gets the data files through webpack's DefinePlugin; tests get the same files from disk. */
(globalThis as { PLAN_SEEDS?: unknown }).PLAN_SEEDS = readSeeds(
  join(__dirname, "..", "..", "seeds")
);
