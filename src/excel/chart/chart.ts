import type { ChartData } from "../../core/chart/chart-data";
import { Box, boxA1, cellA1, parseAddress } from "../../core/sheet/a1";
import {
  chartWrites,
  chartBand,
  chartName,
  ChartWrites,
  CHART_COLUMNS,
  CHART_ROWS,
} from "../../core/chart/chart-writes";
import type { SheetCells } from "../../core/sheet/sheet-cells";
import type { Locale } from "../../core/i18n/locale";
import { chartBands, helperBoxes, namedBoxes } from "../highlight/helper-blocks";
import type { EditedBlock } from "../highlight/edited-block";
import { bandCells } from "../sheet/sheet-band";
import { captureBefore, keepCells, keepFormats } from "../safe-write/before-state";
import { commitWrites } from "../safe-write/commit";
import { recordComment, unchangedSince } from "../safe-write/write-record";

/** What the pane asks for: the data to draw, and where. */
export interface ChartRequest {
  data: ChartData;
  /** The sheet of the highlighted cells, or null for the active sheet. */
  sheet: string | null;
  /** The cells the chart goes beside (the highlighted cells), or null for the selection. */
  anchor: Box | null;
  locale: Locale;
  /** The user agreed to replace their edits inside our earlier chart block (asked after an "edited" answer). */
  replaceEdits?: boolean;
}

export interface ChartResult {
  sheet: string;
  name: string;
  block: Box;
  /** Whether an earlier chart of ours for the same unit was replaced. */
  replaced: boolean;
}

const COMMENT = "科创目标台账 / Plan Targets: chart data";
const EMPTY_SHEET: SheetCells = { box: { row: 0, column: 0, rows: 0, columns: 0 }, values: [] };

/** Where a chart drawn from `block` sits: the cells under its picture, right of the block (chart-plan.ts). */
function pictureOf(block: Box): Box {
  const band = chartBand(block);
  return {
    row: band.row,
    column: band.column + band.columns - CHART_COLUMNS,
    rows: CHART_ROWS,
    columns: CHART_COLUMNS,
  };
}

function place(chart: Excel.Chart, area: Box): void {
  chart.setPosition(
    cellA1(area.row, area.column),
    cellA1(area.row + area.rows - 1, area.column + area.columns - 1)
  );
}

/** Writes the source block and draws it: into our earlier chart of the unit when there is one, else a new chart. */
function queueChart(
  worksheet: Excel.Worksheet,
  chartSheet: ChartWrites,
  earlier: Excel.Chart | null
): void {
  worksheet.getRange(boxA1(chartSheet.textColumn)).numberFormat = chartSheet.cells.map(() => ["@"]);
  const block = worksheet.getRange(boxA1(chartSheet.block));
  block.values = chartSheet.cells;
  worksheet.getRange(boxA1({ ...chartSheet.block, rows: 1 })).format.font.bold = true;
  // String values, not Excel.ChartType.lineMarkers / ChartSeriesBy.columns: the same values, without needing the
  // Excel global at load time (tests run without it).
  const chart = earlier ?? worksheet.charts.add("LineMarkers", block, "Columns");
  if (earlier) earlier.setData(block, "Columns");
  else chart.name = chartSheet.name;
  chart.title.text = chartSheet.title;
  chart.axes.categoryAxis.title.text = chartSheet.categoryAxis;
  chart.axes.valueAxis.title.text = chartSheet.valueAxis;
  place(chart, chartSheet.chartArea);
  worksheet.names.add(chartSheet.name, block, recordComment(COMMENT, chartSheet.cells));
}

/** The rows a chart beside `anchor` takes (its block and its picture), clipped to the used range. */
function chartRows(anchor: Box, points: number, used: Box): Box | null {
  const top = Math.max(used.row, anchor.row - 1);
  const bottom = Math.min(
    used.row + used.rows,
    Math.max(0, anchor.row - 1) + Math.max(points + 1, CHART_ROWS)
  );
  return bottom > top
    ? { row: top, column: used.column, rows: bottom - top, columns: used.columns }
    : null;
}

/**
 * Writes the chart's source data beside the anchor and draws a line chart of target against actual, replacing our
 * earlier chart of the same unit on that sheet (charts of other names, the user's, are never touched). Two syncs of
 * reads bounded to the rows the chart takes, where a formula counts as occupied; then every write in one batch, placed
 * right of every filled cell and every block of ours, and undone if it fails. An earlier block the user changed is not
 * replaced without asking.
 */
export async function insertChart(
  context: Excel.RequestContext,
  request: ChartRequest
): Promise<ChartResult | EditedBlock> {
  const sheets = context.workbook.worksheets;
  const worksheet = (
    request.sheet ? sheets.getItem(request.sheet) : sheets.getActiveWorksheet()
  ).load("name");
  const name = chartName(request.data);
  const before = captureBefore(context, worksheet, { charts: true });
  const used = worksheet.getUsedRangeOrNullObject(true).load("address");
  const chart = worksheet.charts.getItemOrNullObject(name);
  const selection = request.anchor ? null : context.workbook.getSelectedRange().load("address");
  await context.sync();

  const sheet = worksheet.name;
  const sheetNames = before.sheetNames?.items ?? [];
  const blocks = namedBoxes(sheetNames).filter((named) => named.sheet === sheet);
  const corner = selection ? parseAddress(selection.address).box : null;
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
    ...helperBoxes(namedBoxes(before.names.items), sheet),
  ];
  const usedBox = used.isNullObject ? null : parseAddress(used.address).box;
  const band = usedBox && chartRows(anchor, request.data.points.length, usedBox);
  const bandRange = band ? worksheet.getRange(boxA1(band)).load("formulas") : null;
  const oldBlock = replacing ? keepCells(before, worksheet, sheet, replacing) : null;
  keepFormats(before);
  const earlier = chart.isNullObject ? null : chart;
  const titles = earlier && [
    earlier.title.load("text"),
    earlier.axes.categoryAxis.title.load("text"),
    earlier.axes.valueAxis.title.load("text"),
  ];
  await context.sync();

  const comment = sheetNames.find(same)?.comment;
  if (oldBlock && replacing && !request.replaceEdits && !unchangedSince(comment, oldBlock.formulas))
    return { status: "edited", address: `${sheet}!${boxA1(replacing)}` };
  const cells =
    usedBox && band && bandRange ? bandCells(usedBox, [band], [bandRange.formulas]) : EMPTY_SHEET;
  const chartSheet = chartWrites(request.data, cells, anchor, occupied, replacing, request.locale);
  before.blank.push({ sheet, box: chartSheet.block });
  if (replacing) worksheet.getRange(boxA1(replacing)).clear();
  if (sheetNames.some(same)) worksheet.names.getItem(name).delete();
  queueChart(worksheet, chartSheet, earlier);
  // An earlier chart is drawn again from its restored block, with its titles and place, if the writes fail.
  const restoreEarlier = () => {
    if (!earlier || !replacing || !titles) return;
    earlier.setData(worksheet.getRange(boxA1(replacing)), "Columns");
    [earlier.title, earlier.axes.categoryAxis.title, earlier.axes.valueAxis.title].forEach(
      (title, index) => (title.text = titles[index].text)
    );
    place(earlier, pictureOf(replacing));
  };
  await commitWrites(context, before, request.locale, restoreEarlier);
  return { sheet, name, block: chartSheet.block, replaced: earlier !== null };
}
