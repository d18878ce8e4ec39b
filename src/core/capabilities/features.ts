import { NEEDS, Requirement, SupportCheck } from "./requirements";

/**
 * What the pane can do in the running host:
 * - insertTable: the full insert (Excel table, header frozen, updated in place when inserted again);
 * - insertValues: the fallback for older Excel: values, number formats and row styles with ExcelApi 1.1 alone;
 * - formulas: inserting PLAN.TARGET / PLAN.BASELINE formulas instead of values;
 * - check: the highlighting tab's check of actual figures against plan;
 * - highlight: colouring them with conditional formats (and the chart beside them);
 * - fill: filling targets beside the user's own names;
 * - register: remembering names and registering a pasted table in the workbook's registry;
 * - submission: writing a submission sheet into a new worksheet (outside Excel the viewer downloads it instead).
 */
export type FeatureId =
  | "insertTable"
  | "insertValues"
  | "formulas"
  | "check"
  | "highlight"
  | "fill"
  | "register"
  | "submission";

/** offered; disabled (shown, with what it misses); hidden (another feature stands in, or nothing to show). */
export interface Availability {
  state: "offered" | "disabled" | "hidden";
  /** The requirements the host lacks, to tell the user why; empty when offered or outside Excel. */
  missing: Requirement[];
}

export type Features = Record<FeatureId, Availability>;

const OFFERED: Availability = { state: "offered", missing: [] };

/** Outside Excel (a plain browser, another Office application, office.js never loaded): the viewer alone. */
export const VIEWER_ONLY: Features = {
  insertTable: { state: "hidden", missing: [] },
  insertValues: { state: "hidden", missing: [] },
  formulas: { state: "hidden", missing: [] },
  check: { state: "hidden", missing: [] },
  highlight: { state: "hidden", missing: [] },
  fill: { state: "hidden", missing: [] },
  register: { state: "hidden", missing: [] },
  submission: { state: "hidden", missing: [] },
};

/** Decides every feature from what the host supports; null when the pane is not running in Excel. */
export function decideFeatures(supports: SupportCheck | null): Features {
  if (!supports || !supports(NEEDS.excel.set, NEEDS.excel.version)) return VIEWER_ONLY;
  const lacking = (...needs: Requirement[]) =>
    needs.filter((need) => !supports(need.set, need.version));

  // insertPlanTable freezes the header, so the full insert waits for 1.7; older hosts get the values insert.
  const tableMissing = lacking(NEEDS.tableMarkers, NEEDS.freezePanes);
  const table = tableMissing.length === 0;
  const formulasMissing = [
    ...lacking(NEEDS.sharedRuntime, NEEDS.customFunctions),
    ...(table ? [] : tableMissing),
  ];
  const checkMissing = lacking(NEEDS.check);
  const highlightMissing = lacking(NEEDS.conditionalFormats);
  const offeredOrHidden = (missing: Requirement[]): Availability =>
    missing.length === 0 ? OFFERED : { state: "hidden", missing };
  return {
    insertTable: table ? OFFERED : { state: "hidden", missing: tableMissing },
    insertValues: table ? { state: "hidden", missing: [] } : OFFERED,
    formulas:
      formulasMissing.length === 0 ? OFFERED : { state: "hidden", missing: formulasMissing },
    check: checkMissing.length === 0 ? OFFERED : { state: "hidden", missing: checkMissing },
    highlight:
      highlightMissing.length === 0
        ? OFFERED
        : { state: checkMissing.length === 0 ? "disabled" : "hidden", missing: highlightMissing },
    fill: offeredOrHidden(lacking(NEEDS.fill)),
    register: offeredOrHidden(lacking(NEEDS.customXmlParts)),
    submission: offeredOrHidden(lacking(NEEDS.dataValidation)),
  };
}
