import type { ChartData } from "../core/chart-data";
import { Box, boxA1, cellA1, parseAddress } from "../core/highlight-a1";
import { buildChartPlan, chartBand, chartName, ChartSheetPlan } from "../core/highlight-chart";
import type { HeaderValue } from "../core/highlight-periods";
import type { Locale } from "../core/lookup-error";

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

/**
 * How the add-in finds its chart again: the chart is named PLAN_CHART_<region>_<indicator>_<unit>, and its source
 * block carries a worksheet-scoped name of the same text. The name moves with the cells when rows or columns are
 * inserted; being scoped to the sheet, the same unit can be charted on several sheets. Charts of other names (the
 * user's) are never touched.
 */
const OURS = /^PLAN_CHART_/i;

const EMPTY_SHEET: Box = { row: 0, column: 0, rows: 0, columns: 0 };

interface ChartRead {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  names: Excel.NamedItemCollection;
  chart: Excel.Chart;
  selection: Excel.Range | null;
}

/** Our blocks on the sheet, by name: two loads in one sync, only when the sheet has any. */
async function readBlocks(
  context: Excel.RequestContext,
  read: ChartRead
): Promise<Map<string, Box>> {
  const ours = read.names.items.filter((item) => OURS.test(item.name));
  if (ours.length === 0) return new Map();
  const ranges = ours.map((item) => ({
    name: item.name,
    range: read.names.getItemOrNullObject(item.name).getRangeOrNullObject().load("address"),
  }));
  await context.sync();
  return new Map(
    ranges
      .filter(({ range }) => !range.isNullObject)
      .map(({ name, range }) => [name, parseAddress(range.address).box])
  );
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
 * earlier chart of the same unit on that sheet. Two syncs on a sheet without our charts, three with; every write goes
 * in the last one, placed right of every filled cell read in the first, so a failure writes nothing and no cell of
 * the user's is overwritten.
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
    names: worksheet.names.load("items/name"),
    chart: worksheet.charts.getItemOrNullObject(name),
    selection: request.anchor ? null : context.workbook.getSelectedRange().load("address"),
  };
  await context.sync();
  const blocks = await readBlocks(context, read);
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
  const replacing = blocks.get(name) ?? null;
  const bands = [...blocks].filter(([other]) => other !== name).map(([, box]) => chartBand(box));
  const plan = buildChartPlan(request.data, cells, anchor, bands, replacing, request.locale);
  const replaced = !read.chart.isNullObject;
  if (replaced) read.chart.delete();
  if (replacing) worksheet.getRange(boxA1(replacing)).clear();
  if (read.names.items.some((item) => item.name === name)) read.names.getItem(name).delete();
  queueChart(worksheet, plan);
  await context.sync();
  return { sheet: worksheet.name, name, block: plan.block, replaced };
}
