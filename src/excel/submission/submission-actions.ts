import type { Locale } from "../../core/i18n/locale";
import type { SheetSpec } from "../../core/presentation/sheet-spec";
import { freezePlanValues, FrozenCopy } from "./freeze-values";
import { repairPlanFormulas, RepairOutcome } from "./repair-formulas";
import { insertSubmissionSheet, SubmissionOutcome } from "./insert-submission";

/** What the submission panel asks of Excel; the panel gets these as a prop and never calls Office itself. */
export interface SubmissionActions {
  /**
   * What this Excel can do: a submission sheet needs data validation (ExcelApi 1.8); 发送前固化 needs
   * worksheet.copy (1.7) and spill ranges (1.12). Asked at run time so older hosts keep the rest of the pane.
   */
  supported(): { insert: boolean; freeze: boolean };
  insert(plan: SheetSpec, locale: Locale): Promise<SubmissionOutcome>;
  freeze(locale: Locale): Promise<FrozenCopy>;
  /** 修复公式: enters again every PLAN.* formula that shows #NAME?, on every sheet that is not protected. */
  repair(locale: Locale): Promise<RepairOutcome>;
}

/** The actions against the running Excel, one Excel.run each; what this Excel supports is submissionSupport's. */
export const excelSubmissionActions: Omit<SubmissionActions, "supported"> = {
  insert: (plan, locale) => Excel.run((context) => insertSubmissionSheet(context, plan, locale)),
  freeze: (locale) => Excel.run((context) => freezePlanValues(context, locale)),
  repair: (locale) => Excel.run((context) => repairPlanFormulas(context, locale)),
};
