import { FeatureId, Features, VIEWER_ONLY } from "../../core/capabilities/features";
import type { Locale } from "../../core/i18n/locale";
import type { ExcelHost } from "./excel-host";
import { excelHighlightActions, HighlightActions } from "../highlight/highlight-actions";
import { excelFillActions, FillActions, loadWorkbookRegistry } from "../fill/fill-actions";
import { excelRegisterActions, RegisterActions } from "../registry/register-actions";
import { excelSubmissionActions, SubmissionActions } from "../submission/submission-actions";
import { insertPlanTable } from "../tables/insert-table";
import { insertValues } from "../tables/insert-values";
import { officeFeatures } from "./capabilities";
import { loadScript } from "./load-script";
import { officeLocale } from "./locale";

export interface OfficeConnection {
  /** Null in a plain browser, or in an Office host other than Excel: the pane is then a viewer. */
  host: ExcelHost | null;
  /** The highlighting actions, where this Excel can at least check figures against plan. */
  highlight: HighlightActions | null;
  /** Filling targets beside the user's names; null outside Excel or where ExcelApi 1.4 is missing. */
  fill: FillActions | null;
  /** Registering a pasted table in the workbook; null outside Excel or where ExcelApi 1.5 is missing. */
  register: RegisterActions | null;
  /** Writing a submission sheet; null outside Excel (the viewer downloads it) or where ExcelApi 1.8 is missing. */
  submission: SubmissionActions | null;
  /** Why the workbook's registry could not be read at start-up, or null: it was read, or there is none to read. */
  registryError: string | null;
  /** Office's display language, or null outside Office. */
  locale: Locale | null;
  /** What this Excel can do; the viewer alone outside Excel. */
  features: Features;
  /** Whether office.js could be loaded at all (false: refused, or not loaded in time, see the entry point). */
  officeJs: boolean;
}

/** The pane as a viewer, when office.js is missing; `officeJs` says whether it loaded. */
export function viewerConnection(officeJs: boolean): OfficeConnection {
  return {
    host: null,
    highlight: null,
    fill: null,
    register: null,
    submission: null,
    registryError: null,
    locale: null,
    features: VIEWER_ONLY,
    officeJs,
  };
}

/** Where the page finds office.js (Microsoft's CDN in production) and the custom functions' bundle. */
export interface OfficeScripts {
  officeJs: string;
  functionsJs: string;
}

/** The insert this Excel can run: the full one, or values with ExcelApi 1.1 members alone. */
function excelHost(features: Features): ExcelHost | null {
  if (features.insertTable.state === "offered")
    return { insertTable: (request) => Excel.run((context) => insertPlanTable(context, request)) };
  if (features.insertValues.state === "offered")
    return { insertTable: (request) => Excel.run((context) => insertValues(context, request)) };
  return null;
}

/** The highlighting actions, with `supported` answering from the same capability check as everything else. */
function highlightActions(features: Features): HighlightActions | null {
  if (features.check.state !== "offered") return null;
  return { ...excelHighlightActions, supported: () => features.highlight.state === "offered" };
}

const offered = <T>(features: Features, id: FeatureId, actions: T): T | null =>
  features[id].state === "offered" ? actions : null;

/**
 * Reads the workbook's aliases and registered plans into the shared runtime, once, where custom XML parts exist.
 * A failure is returned, not thrown: the pane opens all the same, with the catalog's names, and says why.
 */
async function readRegistryAtStart(features: Features): Promise<string | null> {
  if (features.register.state !== "offered") return null;
  try {
    await Excel.run(loadWorkbookRegistry);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Loads office.js, then asks Office where the pane runs; in an Excel with custom XML parts it reads the workbook's
 * registry, and only then loads the custom functions (their CustomFunctions.associate calls need office.js, and in
 * the shared runtime this page is where Excel runs them), so that their first recalculation already knows the
 * workbook's aliases and registered plans. Resolves when Office answers or office.js fails to load; never rejects.
 * The entry point races it against a timeout, so a held request to the CDN leaves the viewer, not a blank pane.
 */
export async function connectOffice(scripts: OfficeScripts): Promise<OfficeConnection> {
  if (!(await loadScript(scripts.officeJs))) return viewerConnection(false);
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (typeof office?.onReady !== "function") return viewerConnection(false);
  const info = await office.onReady();
  if (String(info.host) !== "Excel") {
    void loadScript(scripts.functionsJs);
    return viewerConnection(true);
  }
  const features = officeFeatures();
  const registryError = await readRegistryAtStart(features);
  void loadScript(scripts.functionsJs);
  return {
    host: excelHost(features),
    highlight: highlightActions(features),
    fill: offered(features, "fill", excelFillActions),
    register: offered(features, "register", excelRegisterActions),
    submission: offered(features, "submission", excelSubmissionActions),
    registryError,
    locale: officeLocale(),
    features,
    officeJs: true,
  };
}
