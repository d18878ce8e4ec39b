import { Catalog } from "../catalog/catalog";
import { planLookup } from "../catalog/embedded";
import { AliasBook } from "./aliases";
import { LayeredLookup } from "./layered-lookup";
import { EMPTY_REGISTRY, WorkbookRegistry } from "./registry";
import { WorkbookLookup } from "./workbook-lookup";

/*
 * The open workbook's registry, shared by the pane and the custom functions (one shared runtime): the Excel layer
 * installs it after reading the workbook's part and after every change, and lookups are rebuilt from it.
 */

let current: WorkbookRegistry = EMPTY_REGISTRY;
let lookup: LayeredLookup | undefined;

export function installRegistry(registry: WorkbookRegistry): void {
  current = registry;
  lookup = undefined;
}

export function installedRegistry(): WorkbookRegistry {
  return current;
}

/** The official catalog with this workbook's aliases, over the plans registered in it. */
export function workbookLookup(): LayeredLookup {
  if (!lookup) {
    const official = planLookup().catalog;
    const aliases = new AliasBook(current.aliases);
    const registered =
      current.plans.length > 0
        ? new WorkbookLookup(
            new Catalog(
              [...official.indicators],
              current.plans.map((entry) => entry.plan)
            ),
            aliases
          )
        : null;
    lookup = new LayeredLookup(new WorkbookLookup(official, aliases), registered);
  }
  return lookup;
}
