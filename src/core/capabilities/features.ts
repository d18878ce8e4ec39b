import { NEEDS, Requirement, SupportCheck } from "./requirements";

/**
 * What the pane can do in the running host:
 * - insertTable: the full insert (Excel table, header frozen, updated in place when inserted again);
 * - insertValues: the fallback for older Excel: values, number formats and row styles with ExcelApi 1.1 alone;
 * - formulas: the PLAN.* custom functions, and inserting PLAN.TARGET / PLAN.BASELINE formulas instead of values;
 * - check: the highlighting tab's check of actual figures against plan;
 * - highlight: colouring them with conditional formats (and the chart beside them);
 * - fill: filling targets beside the user's own names;
 * - register: remembering names and registering a pasted table in the workbook's registry;
 * - submission: writing a submission sheet into a new worksheet (outside Excel the viewer downloads it instead), and
 *   修复公式, entering again the PLAN.* formulas that show #NAME?;
 * - freeze: 发送前固化, a copy of the active sheet with every PLAN.* formula replaced by its value.
 */
export type FeatureId =
  | "insertTable"
  | "insertValues"
  | "formulas"
  | "check"
  | "highlight"
  | "fill"
  | "register"
  | "submission"
  | "freeze";

/**
 * A gate: the requirement sets a feature needs, and the code that runs only behind it. An entry is a file of src/
 * (all of it), or `file#name` (a top-level function or constant), or `file#name.member` (one member of a constant
 * object of actions). test/architecture/office-audit.test.ts walks the code from each entry and fails on any Office.js
 * member whose requirement set the gate does not ask for.
 */
export interface FeatureGate {
  needs: readonly Requirement[];
  entries: readonly string[];
}

/** What the pane asks before it runs anything in Excel: the code connecting to Office runs with ExcelApi 1.1 alone. */
export const EXCEL_GATE: FeatureGate = {
  needs: [NEEDS.excel],
  entries: ["src/excel/host/office-host.ts#connectOffice"],
};

/** The one map of features to what they need and where they run: decideFeatures and the Office.js audit read it. */
export const FEATURE_GATES: Record<FeatureId, FeatureGate> = {
  // insertPlanTable freezes the header, so the full insert waits for 1.7; older hosts get the values insert.
  insertTable: {
    needs: [NEEDS.tableMarkers, NEEDS.freezePanes],
    entries: ["src/excel/tables/table-actions.ts#excelTableInsert"],
  },
  insertValues: {
    needs: [NEEDS.excel],
    entries: ["src/excel/tables/table-actions.ts#excelValuesInsert"],
  },
  // The functions' bundle registers them; a formula insert is the table insert with PLAN.* cells.
  formulas: {
    needs: [NEEDS.sharedRuntime, NEEDS.customFunctions],
    entries: ["src/functions/functions.ts"],
  },
  check: {
    needs: [NEEDS.check],
    entries: [
      "src/excel/highlight/highlight-actions.ts#excelHighlightActions.check",
      "src/excel/highlight/highlight-actions.ts#excelHighlightActions.select",
    ],
  },
  highlight: {
    needs: [NEEDS.conditionalFormats],
    entries: [
      "src/excel/highlight/highlight-actions.ts#excelHighlightActions.apply",
      "src/excel/highlight/highlight-actions.ts#excelHighlightActions.remove",
      "src/excel/highlight/highlight-actions.ts#excelHighlightActions.chart",
    ],
  },
  fill: { needs: [NEEDS.fill], entries: ["src/excel/fill/fill-actions.ts#excelFillActions"] },
  register: {
    needs: [NEEDS.customXmlParts],
    entries: [
      "src/excel/registry/register-actions.ts#excelRegisterActions",
      "src/excel/host/office-host.ts#readRegistryAtStart",
    ],
  },
  submission: {
    needs: [NEEDS.dataValidation],
    entries: [
      "src/excel/submission/submission-actions.ts#excelSubmissionActions.insert",
      "src/excel/submission/submission-actions.ts#excelSubmissionActions.repair",
    ],
  },
  freeze: {
    needs: [NEEDS.spill],
    entries: ["src/excel/submission/submission-actions.ts#excelSubmissionActions.freeze"],
  },
};

/**
 * Checks made inside a gated path that raise the gate for the code they guard (`if (pageLayoutSupported()) …`, or an
 * early return when it is false): the function, as an entry, and what it asks the host.
 */
export const RUNTIME_GUARDS: Record<string, Requirement> = {
  "src/excel/presentation/requirements.ts#pageLayoutSupported": NEEDS.pageLayout,
  "src/excel/fill/fill-actions.ts#registrySupported": NEEDS.customXmlParts,
};

/** offered; disabled (shown, with what it misses); hidden (another feature stands in, or nothing to show). */
export interface Availability {
  state: "offered" | "disabled" | "hidden";
  /** The requirements the host lacks, to tell the user why; empty when offered or outside Excel. */
  missing: Requirement[];
}

export type Features = Record<FeatureId, Availability>;

const OFFERED: Availability = { state: "offered", missing: [] };
const HIDDEN: Availability = { state: "hidden", missing: [] };

/** Outside Excel (a plain browser, another Office application, office.js never loaded): the viewer alone. */
export const VIEWER_ONLY: Features = {
  insertTable: HIDDEN,
  insertValues: HIDDEN,
  formulas: HIDDEN,
  check: HIDDEN,
  highlight: HIDDEN,
  fill: HIDDEN,
  register: HIDDEN,
  submission: HIDDEN,
  freeze: HIDDEN,
};

/** Decides every feature from what the host supports; null when the pane is not running in Excel. */
export function decideFeatures(supports: SupportCheck | null): Features {
  if (!supports || EXCEL_GATE.needs.some((need) => !supports(need.set, need.version)))
    return VIEWER_ONLY;
  const lacking = (id: FeatureId) =>
    FEATURE_GATES[id].needs.filter((need) => !supports(need.set, need.version));
  const offeredOrHidden = (missing: Requirement[]): Availability =>
    missing.length === 0 ? OFFERED : { state: "hidden", missing };

  const tableMissing = lacking("insertTable");
  const table = tableMissing.length === 0;
  const checkMissing = lacking("check");
  const highlightMissing = lacking("highlight");
  return {
    insertTable: offeredOrHidden(tableMissing),
    insertValues: table ? HIDDEN : offeredOrHidden(lacking("insertValues")),
    // Formulas are inserted by the table insert, so they need its sets too.
    formulas: offeredOrHidden([...lacking("formulas"), ...tableMissing]),
    check: offeredOrHidden(checkMissing),
    highlight:
      highlightMissing.length === 0
        ? OFFERED
        : { state: checkMissing.length === 0 ? "disabled" : "hidden", missing: highlightMissing },
    fill: offeredOrHidden(lacking("fill")),
    register: offeredOrHidden(lacking("register")),
    submission: offeredOrHidden(lacking("submission")),
    freeze: offeredOrHidden(lacking("freeze")),
  };
}
