import { chartData } from "../../../src/core/chart/chart-data";
import type { SheetCells } from "../../../src/core/sheet/sheet-cells";
import {
  chartWrites,
  chartBand,
  chartName,
  CHART_COLUMNS,
  CHART_ROWS,
} from "../../../src/core/chart/chart-writes";
import { planLookup } from "../../../src/core/catalog/embedded";

const DATA = chartData(planLookup(), {
  region: "江北区",
  indicator: "高新技术企业",
  unit: "观音桥街道",
});

/** Headers in row 1, labels in B, figures in C2:D9 (the highlight tests' sheet, figures left out). */
const SHEET: SheetCells = {
  box: { row: 0, column: 0, rows: 9, columns: 4 },
  values: [
    ["序号", "街镇", "2023年", "2024年"],
    ...Array.from({ length: 8 }, () => [1, "x", 1, 1]),
  ],
};
const ANCHOR = { row: 1, column: 2, rows: 8, columns: 2 };

describe("chartWrites", () => {
  const plan = chartWrites(DATA, SHEET, ANCHOR, [], null, "zh");

  it("puts the source block one empty column right of the data, from the header row, with text year labels", () => {
    expect(plan.block).toEqual({ row: 0, column: 5, rows: 7, columns: 3 });
    expect(plan.cells[0]).toEqual(["年份", "目标", "实际"]);
    expect(plan.cells[1]).toEqual(["2022年（基期实际）", "", 72]);
    expect(plan.cells[2]).toEqual(["2023年", 81, ""]);
    expect(plan.textColumn).toEqual({ row: 0, column: 5, rows: 7, columns: 1 });
  });

  it("places the chart beside the block and titles it in the workbook's language", () => {
    expect(plan.chartArea).toEqual({ row: 0, column: 9, rows: CHART_ROWS, columns: CHART_COLUMNS });
    expect(plan.title).toBe("江北区观音桥街道 高新技术企业：目标与实际（江北府办发〔2023〕38号）");
    expect([plan.categoryAxis, plan.valueAxis]).toEqual(["年份", "高新技术企业"]);
    const english = chartWrites({ ...DATA, unit: null }, SHEET, ANCHOR, [], null, "en");
    expect(english.cells[0]).toEqual(["Year", "Target", "Actual"]);
    expect(english.cells[2][0]).toBe("2023");
    expect(english.title).toMatch(/^江北区 \(whole district\): .*target vs actual/);
  });

  it("names the chart by region, indicator and unit, in characters a defined name accepts", () => {
    expect(chartName(DATA)).toMatch(/^PLAN_CHART_江北区_[A-Za-z0-9_\u4e00-\u9fff]+_观音桥街道$/);
    expect(chartName({ ...DATA, unit: null })).toMatch(/_ALL$/);
  });

  it("stays right of another chart's band, and may reuse the place of the block it replaces", () => {
    const other = { row: 0, column: 5, rows: 7, columns: 3 };
    const next = chartWrites(DATA, SHEET, ANCHOR, [chartBand(other)], null, "zh");
    expect(next.block.column).toBe(5 + chartBand(other).columns + 1);
    const withBlock: SheetCells = {
      box: { row: 0, column: 0, rows: 9, columns: 8 },
      values: SHEET.values.map((row, index) => [
        ...row,
        "",
        ...(index < 7 ? [1, 1, 1] : ["", "", ""]),
      ]),
    };
    expect(chartWrites(DATA, withBlock, ANCHOR, [], other, "zh").block).toEqual(plan.block);
  });

  it("goes right of a filled cell anywhere on the sheet, so it never lands on one", () => {
    const note: SheetCells = {
      box: { row: 0, column: 0, rows: 20, columns: 12 },
      values: Array.from({ length: 20 }, (_, row) =>
        Array.from({ length: 12 }, (_, column) => (row === 19 && column === 11 ? "备注" : ""))
      ),
    };
    expect(chartWrites(DATA, note, ANCHOR, [], null, "zh").block.column).toBe(13);
  });
});
