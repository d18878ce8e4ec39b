import type { ChartData } from "./chart-data";
import type { Box } from "../sheet/a1";
import { firstFreeColumn, SheetCells } from "../sheet/sheet-cells";
import type { Locale } from "../i18n/locale";
import type { CellWrite } from "../highlight/helper-block";

/**
 * Where a chart goes. Like the highlighting's helper block, its source data is written as plain numbers on the same
 * sheet, right of everything the sheet uses with one empty column between, so staff can see and audit what is drawn;
 * the chart floats beside that block. The block and the cells under the chart form a band that later charts and
 * helper blocks stay right of, since a floating chart leaves the cells under it empty.
 */
export const CHART_GAP = 1;
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 16;
const BLOCK_COLUMNS = 3;

/** The sheet text, in the workbook's language (it stays in the file). */
const WORDS = {
  zh: {
    year: "年份",
    target: "目标",
    actual: "实际",
    yearLabel: (year: number, base: boolean) => `${year}年${base ? "（基期实际）" : ""}`,
    title: (data: ChartData) =>
      `${data.region}${data.unit ?? (data.region.endsWith("县") ? "全县" : "全区")} ${data.indicator.zh}：目标与实际（${data.document}）`,
    valueAxis: (data: ChartData) => data.indicator.zh,
  },
  en: {
    year: "Year",
    target: "Target",
    actual: "Actual",
    yearLabel: (year: number, base: boolean) => `${year}${base ? " (base-year actual)" : ""}`,
    title: (data: ChartData) =>
      `${data.region} ${data.unit ?? "(whole district)"}: ${data.indicator.en}, target vs actual (${data.document})`,
    valueAxis: (data: ChartData) => data.indicator.en,
  },
} satisfies Record<Locale, unknown>;

export interface ChartWrites {
  /** The chart's name, by which a later run for the same unit finds and replaces it. */
  name: string;
  /** The source data: a header row (年份, 目标, 实际), then one row per year. */
  block: Box;
  cells: CellWrite[][];
  /** Year labels are text, so that Excel takes the first column as categories rather than a third series. */
  textColumn: Box;
  /** The cells the chart covers: its top-left and bottom-right cell. */
  chartArea: Box;
  title: string;
  categoryAxis: string;
  valueAxis: string;
}

/** Keeps letters, digits and CJK characters: chart and defined names refuse spaces and most punctuation. */
function namePart(text: string): string {
  return text.normalize("NFKC").replace(/[^A-Za-z0-9_\u4e00-\u9fff]/g, "_");
}

/** PLAN_CHART_<region>_<indicator>_<unit>, or …_ALL for the whole region. */
export function chartName(data: ChartData): string {
  return ["PLAN_CHART", data.region, data.indicator.id, data.unit ?? "ALL"].map(namePart).join("_");
}

/** The band a chart's block and chart cover, from the block's box. */
export function chartBand(block: Box): Box {
  return {
    row: block.row,
    column: block.column,
    rows: Math.max(block.rows, CHART_ROWS),
    columns: BLOCK_COLUMNS + CHART_GAP + CHART_COLUMNS,
  };
}

/**
 * Lays out one chart beside `anchor` (the highlighted cells, or the selection): right of every filled cell of the sheet
 * and of every box of ours in `occupied` (other charts' bands, helper blocks), ignoring only the block being replaced
 * (`replacing`). That is the check against overwriting: `sheet` is the whole used range, read in the same Excel.run
 * just before writing, so every cell of the block and under the chart is empty or our own.
 */
export function chartWrites(
  data: ChartData,
  sheet: SheetCells,
  anchor: Box,
  occupied: readonly Box[],
  replacing: Box | null,
  locale: Locale
): ChartWrites {
  const free = firstFreeColumn(sheet, anchor, replacing ? [replacing] : [], occupied);
  const top = Math.max(0, anchor.row - 1);
  const block: Box = { row: top, column: free + 1, rows: data.points.length + 1, columns: 3 };
  const words = WORDS[locale];
  const cells: CellWrite[][] = [
    [words.year, words.target, words.actual],
    ...data.points.map((point) => [
      words.yearLabel(point.year, point.year === data.baseYear),
      point.target ?? "",
      point.actual ?? "",
    ]),
  ];
  return {
    name: chartName(data),
    block,
    cells,
    textColumn: { ...block, columns: 1 },
    chartArea: {
      row: top,
      column: block.column + BLOCK_COLUMNS + CHART_GAP,
      rows: CHART_ROWS,
      columns: CHART_COLUMNS,
    },
    title: words.title(data),
    categoryAxis: words.year,
    valueAxis: words.valueAxis(data),
  };
}
