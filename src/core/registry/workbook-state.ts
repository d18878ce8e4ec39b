import { setWorkbook } from "../catalog/embedded";
import { EMPTY_REGISTRY, WorkbookRegistry } from "./registry";

/*
 * The open workbook's registry, shared by the pane and the custom functions (one shared runtime): the Excel layer
 * installs it after reading the workbook's part and after every change. Installing hands its aliases and plans to the
 * shared catalog (setWorkbook), so PLAN.*, the highlighting, the fill and the submission sheets all answer with them
 * through planLookup(): official figures first, registered plans only where the official catalog has none.
 */

let current: WorkbookRegistry = EMPTY_REGISTRY;

export function installRegistry(registry: WorkbookRegistry): void {
  current = registry;
  setWorkbook({ aliases: registry.aliases, plans: registry.plans.map((entry) => entry.plan) });
}

export function installedRegistry(): WorkbookRegistry {
  return current;
}
