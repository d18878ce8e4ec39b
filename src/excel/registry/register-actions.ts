import type { Locale } from "../../core/i18n/locale";
import type { PlanDocument } from "../../core/catalog/plan-types";
import type { UnitAlias } from "../../core/registry/aliases";
import { addAlias, registerPlan, WorkbookRegistry } from "../../core/registry/registry";
import { installRegistry } from "../../core/registry/workbook-state";
import { PastedTable, readSelectedTable } from "./read-table";
import { readRegistry, updateRegistry } from "./registry-part";

/** What the registration panel asks of Excel; the panel gets these as a prop and never calls Office itself. */
export interface RegisterActions {
  readTable(): Promise<PastedTable>;
  /** The workbook's registry as stored, installed for the functions as it is read. */
  registry(): Promise<WorkbookRegistry>;
  /** Stores the plan (a new revision when it is already registered) and makes every lookup use it at once. */
  register(plan: PlanDocument, registeredBy: string, locale: Locale): Promise<WorkbookRegistry>;
  /**
   * Keeps "this name means …" (from the fill tab) in the registry; the functions and the highlighting use it at once.
   * The registry part needs ExcelApi 1.5, so where the workbook cannot keep one the fill tab offers no 记住.
   */
  remember(alias: UnitAlias, locale: Locale): Promise<void>;
}

/** Stores a plan in the workbook's registry part and installs the result: three syncs. */
export async function storePlan(
  context: Excel.RequestContext,
  plan: PlanDocument,
  registeredBy: string,
  now: Date,
  locale: Locale
): Promise<WorkbookRegistry> {
  const next = await updateRegistry(
    context,
    (registry) => registerPlan(registry, plan, registeredBy, now.toISOString()),
    locale
  );
  installRegistry(next);
  return next;
}

export const excelRegisterActions: RegisterActions = {
  readTable: () => Excel.run((context) => readSelectedTable(context)),
  registry: () =>
    Excel.run(async (context) => {
      const registry = await readRegistry(context);
      installRegistry(registry);
      return registry;
    }),
  register: (plan, registeredBy, locale) =>
    Excel.run((context) => storePlan(context, plan, registeredBy, new Date(), locale)),
  remember: (alias, locale) =>
    Excel.run(async (context) => {
      installRegistry(
        await updateRegistry(context, (registry) => addAlias(registry, alias), locale)
      );
    }),
};
