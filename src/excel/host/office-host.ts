import type { Locale } from "../../core/i18n/locale";
import type { ExcelHost } from "./excel-host";
import { excelHighlightActions, HighlightActions } from "../highlight/highlight-actions";
import { insertPlanTable } from "../tables/insert-table";
import { officeLocale } from "./locale";

export interface OfficeConnection {
  /** Null in a plain browser, or in an Office host other than Excel: the pane is then a viewer. */
  host: ExcelHost | null;
  /** The highlighting actions, in Excel only. */
  highlight: HighlightActions | null;
  /** Office's display language, or null outside Office. */
  locale: Locale | null;
}

/** office.js missing (offline, blocked CDN) or never ready must not keep the viewer from showing. */
const READY_TIMEOUT_MS = 3000;

const officeExcelHost: ExcelHost = {
  insertTable: (request) => Excel.run((context) => insertPlanTable(context, request)),
};

export async function connectOffice(): Promise<OfficeConnection> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (typeof office?.onReady !== "function") return { host: null, highlight: null, locale: null };
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ]);
  if (!info || String(info.host) !== "Excel") return { host: null, highlight: null, locale: null };
  return { host: officeExcelHost, highlight: excelHighlightActions, locale: officeLocale() };
}
