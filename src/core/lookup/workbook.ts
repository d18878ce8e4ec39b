import type { PlanDocument } from "../catalog/plan-types";
import type { Locale } from "../i18n/locale";

/*
 * What a workbook adds to the shipped catalog: names the user taught it ("this name means …") and plans the user
 * registered from a sheet. Kept in the workbook by the Excel layer; handed to `PlanLookup.withWorkbook` or to
 * `setWorkbook` (catalog/embedded.ts), which the functions, the pane and the highlighting all read.
 */

/**
 * "This name means …": `typed` is what the sheet says, `means` a name the catalog resolves exactly (its printed
 * name or one of its known short forms). A region alias holds everywhere; an indicator alias within `region`; a unit
 * alias within `region`, for one indicator when `indicator` is given, else for every indicator of the region.
 * `region` and `indicator` may be written any way the lookup understands (江北 or 江北区, 高企 …).
 */
export type WorkbookAlias =
  | { subject: "region"; typed: string; means: string }
  | { subject: "indicator"; region: string; typed: string; means: string }
  | { subject: "unit"; region: string; indicator?: string; typed: string; means: string };

export interface WorkbookData {
  aliases?: readonly WorkbookAlias[];
  /** Plans registered in the workbook, in the schema of seeds/plans/*.json; validated like the shipped files. */
  plans?: readonly PlanDocument[];
}

/**
 * Something of the workbook's data that was set aside, and why; the rest is used. `where` names the alias
 * (its typed name) or the plan (its id) and, for a plan, the place in it.
 */
export interface WorkbookProblem {
  kind: "alias" | "plan";
  where: string;
  message: Record<Locale, string>;
}
