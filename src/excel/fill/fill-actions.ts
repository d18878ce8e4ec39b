import type { UnitAlias } from "../../core/registry/aliases";
import { addAlias } from "../../core/registry/registry";
import { installRegistry } from "../../core/registry/workbook-state";
import { FillInspection, inspectFill } from "./inspect-fill";
import { readRegistry, updateRegistry } from "../registry/registry-part";
import { FillOutcome, FillRequest, fillTargets } from "./write-fill";

/** What the fill panel asks of Excel; the panel gets these as a prop and never calls Office itself. */
export interface FillActions {
  inspect(): Promise<FillInspection>;
  fill(request: FillRequest): Promise<FillOutcome>;
  /** Keeps "this name means …" in the workbook; the functions and the highlighting use it at once. */
  explain(alias: UnitAlias): Promise<void>;
}

/** Reads the workbook's registry into the shared runtime, so functions and pane answer with its aliases and plans. */
export async function loadWorkbookRegistry(context: Excel.RequestContext): Promise<void> {
  installRegistry(await readRegistry(context));
}

export const excelFillActions: FillActions = {
  inspect: () =>
    Excel.run(async (context) => {
      await loadWorkbookRegistry(context);
      return inspectFill(context);
    }),
  fill: (request) => Excel.run((context) => fillTargets(context, request)),
  explain: (alias) =>
    Excel.run(async (context) => {
      installRegistry(await updateRegistry(context, (registry) => addAlias(registry, alias)));
    }),
};
