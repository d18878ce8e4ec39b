import type { ChartData } from "../../core/chart/chart-data";
import { Box, boxA1, cellA1, parseAddress } from "../../core/sheet/a1";
import { buildChartPlan, chartName, ChartSheetPlan } from "../../core/chart/chart-plan";
import type { HeaderValue } from "../../core/sheet/periods";
import type { Locale } from "../../core/i18n/locale";
import { chartBands, helperBoxes, namedBoxes } from "../highlight/helper-blocks";

/** What the pane asks for: the data to draw, and where. */
export interface ChartRequest {
  data: ChartData;
  /** The sheet of the highlighted cells, or null for the active sheet. */
  sheet: string | null;
  /** The cells the chart goes beside (the highlighted cells), or null for the selection. */
  anchor: Box | null;
  locale: Locale;
}

export interface ChartResult {
  sheet: string;
  name: string;
  block: Box;
  /** Whether an earlier chart of ours for the same unit was replaced. */
  replaced: boolean;
}

const EMPTY_SHEET: Box = { row: 0, column: 0, rows: 0, columns: 0 };

interface ChartRead {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  /** The sheet's names: our charts' blocks, by the chart's name, scoped to the sheet so a unit charts on several. */
  names: Excel.NamedItemCollection;
  /** The workbook's names: our helper blocks (PLAN_HL_<n>_REF), which a chart must not cover. */
  bookNames: Excel.NamedItemCollection;
  chart: Excel.Chart;
  selection: Excel.Range | null;
}

function queueChart(worksheet: Excel.Worksheet, plan: ChartSheetPlan): void {
  const textColumn = worksheet.getRange(boxA1(plan.textColumn));
  textColumn.numberFormat = plan.cells.map(() => ["@"]);
  const block = worksheet.getRange(boxA1(plan.block));
  block.values = plan.cells;
  worksheet.getRange(boxA1({ ...plan.block, rows: 1 })).format.font.bold = true;
  // String values, not Excel.ChartType.lineMarkers / ChartSeriesBy.columns: the same values, without needing the
  // Excel global at load time (tests run without it).
  const chart = worksheet.charts.add("LineMarkers", block, "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.axes.categoryAxis.title.text = plan.categoryAxis;
  chart.axes.valueAxis.title.text = plan.valueAxis;
  const area = plan.chartArea;
  chart.setPosition(
    cellA1(area.row, area.column),
    cellA1(area.row + area.rows - 1, area.column + area.columns - 1)
  );
  worksheet.names.add(plan.name, block, "科创目标台账 / Plan Targets: chart data");
}

/**
 * Writes the chart's source data beside the anchor and draws a line chart of target against actual, replacing our
 * earlier chart of the same unit on that sheet (charts of other names, the user's, are never touched). Two syncs: every
 * write goes in the second, placed right of every filled cell and every block of ours read in the first, so a failure
 * writes nothing and neither the user's cells nor our helper blocks and other charts are covered.
 */
export async function insertChart(
  context: Excel.RequestContext,
  request: ChartRequest
): Promise<ChartResult> {
  const sheets = context.workbook.worksheets;
  const worksheet = (
    request.sheet ? sheets.getItem(request.sheet) : sheets.getActiveWorksheet()
  ).load("name");
  const name = chartName(request.data);
  const read: ChartRead = {
    worksheet,
    used: worksheet.getUsedRangeOrNullObject(true).load("address,values"),
    names: worksheet.names.load("items/name,items/type,items/value"),
    bookNames: context.workbook.names.load("items/name,items/type,items/value"),
    chart: worksheet.charts.getItemOrNullObject(name),
    selection: request.anchor ? null : context.workbook.getSelectedRange().load("address"),
  };
  await context.sync();
  const sheet = worksheet.name;
  const blocks = namedBoxes(read.names.items).filter((named) => named.sheet === sheet);
  const cells = read.used.isNullObject
    ? { box: EMPTY_SHEET, values: [] }
    : { box: parseAddress(read.used.address).box, values: read.used.values as HeaderValue[][] };
  const corner = read.selection ? parseAddress(read.selection.address).box : null;
  const anchor = request.anchor ?? {
    row: corner?.row ?? 0,
    column: corner?.column ?? 0,
    rows: 1,
    columns: 1,
  };
  const same = (named: { name: string }) => named.name.toLowerCase() === name.toLowerCase();
  const replacing = blocks.find(same)?.box ?? null;
  const occupied = [
    ...chartBands(
      blocks.filter((named) => !same(named)),
      sheet
    ),
    ...helperBoxes(namedBoxes(read.bookNames.items), sheet),
  ];
  const plan = buildChartPlan(request.data, cells, anchor, occupied, replacing, request.locale);
  const replaced = !read.chart.isNullObject;
  if (replaced) read.chart.delete();
  if (replacing) worksheet.getRange(boxA1(replacing)).clear();
  if (read.names.items.some(same)) read.names.getItem(name).delete();
  queueChart(worksheet, plan);
  await context.sync();
  return { sheet, name, block: plan.block, replaced };
}
