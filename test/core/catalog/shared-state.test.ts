import { loadCatalog } from "../../../src/core/catalog/load-catalog";
import { PlanLookup } from "../../../src/core/lookup/plan-lookup";
import { readSeeds } from "../../../src/node/read-seeds";
import { SEEDS_DIR } from "../../data/seeds";

/* Issue 15: one catalog per page. Whichever bundle runs first (pane or functions) loads the catalog and puts it on the
   page's global object; the other one uses that one instead of parsing and indexing its own copy. */

test("a bundle finds the catalog another bundle loaded, and both see the workbook's data", () => {
  const loadedByTheOtherBundle = new PlanLookup(loadCatalog(readSeeds(SEEDS_DIR)));
  Object.assign(globalThis, {
    __planTargetsState: { official: loadedByTheOtherBundle, current: loadedByTheOtherBundle },
  });
  const embedded =
    require("../../../src/core/catalog/embedded") as typeof import("../../../src/core/catalog/embedded");
  expect(embedded.planLookup()).toBe(loadedByTheOtherBundle);
  embedded.setWorkbook({ aliases: [{ subject: "region", typed: "北部", means: "江北区" }] });
  const state = (globalThis as unknown as { __planTargetsState: { current: PlanLookup } })
    .__planTargetsState;
  expect(state.current.region("北部")).toBe("江北区");
});
