import { Features, VIEWER_ONLY } from "../../core/capabilities/features";
import type { Locale } from "../../core/i18n/locale";
import type { ExcelHost } from "./excel-host";
import type { HighlightActions } from "../highlight/highlight-actions";
import type { FillActions } from "../fill/fill-actions";
import type { RegisterActions } from "../registry/register-actions";
import type { SubmissionActions } from "../submission/submission-actions";
import { submissionSupport } from "../submission/submission-support";
import { officeFeatures } from "./capabilities";
import { deferred } from "./deferred";
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

/*
 * Each group of actions is a chunk of its own, fetched on its first use (deferred.ts): the pane's first screen
 * carries none of the code that writes to Excel.
 */
const tables = () => import(/* webpackChunkName: "excel-tables" */ "../tables/table-actions");
const highlighting = () =>
  import(/* webpackChunkName: "excel-highlight" */ "../highlight/highlight-actions");
const filling = () => import(/* webpackChunkName: "excel-fill" */ "../fill/fill-actions");
const registering = () =>
  import(/* webpackChunkName: "excel-register" */ "../registry/register-actions");
const readingRegistry = () =>
  import(/* webpackChunkName: "excel-registry" */ "../registry/registry-part");
const submitting = () =>
  import(/* webpackChunkName: "excel-submission" */ "../submission/submission-actions");

/** The insert this Excel can run: the full one, or values with ExcelApi 1.1 members alone. */
function excelHost(features: Features): ExcelHost | null {
  if (features.insertTable.state === "offered")
    return deferred(() => tables().then((module) => module.excelTableInsert), ["insertTable"]);
  if (features.insertValues.state === "offered")
    return deferred(() => tables().then((module) => module.excelValuesInsert), ["insertTable"]);
  return null;
}

/** The highlighting actions, with `supported` answering from the same capability check as everything else. */
function highlightActions(features: Features): HighlightActions | null {
  if (features.check.state !== "offered") return null;
  return {
    ...deferred(
      () => highlighting().then((module) => module.excelHighlightActions),
      ["apply", "check", "remove", "select", "chart"]
    ),
    supported: () => features.highlight.state === "offered",
  };
}

function fillActions(features: Features): FillActions | null {
  if (features.fill.state !== "offered") return null;
  return deferred(() => filling().then((module) => module.excelFillActions), ["inspect", "fill"]);
}

function registerActions(features: Features): RegisterActions | null {
  if (features.register.state !== "offered") return null;
  return deferred(
    () => registering().then((module) => module.excelRegisterActions),
    ["readTable", "registry", "register", "remember"]
  );
}

function submissionActions(features: Features): SubmissionActions | null {
  if (features.submission.state !== "offered") return null;
  return {
    ...deferred(
      () => submitting().then((module) => module.excelSubmissionActions),
      ["insert", "freeze", "repair"]
    ),
    supported: submissionSupport,
  };
}

/**
 * Reads the workbook's aliases and registered plans into the shared runtime, once, where custom XML parts exist.
 * A failure is returned, not thrown: the pane opens all the same, with the catalog's names, and says why.
 */
async function readRegistryAtStart(features: Features): Promise<string | null> {
  if (features.register.state !== "offered") return null;
  try {
    const { loadWorkbookRegistry } = await readingRegistry();
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
    fill: fillActions(features),
    register: registerActions(features),
    submission: submissionActions(features),
    registryError,
    locale: officeLocale(),
    features,
    officeJs: true,
  };
}
