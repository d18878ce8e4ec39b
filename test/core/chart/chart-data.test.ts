import { chartData, sheetActuals } from "../../../src/core/chart/chart-data";
import { analyzeHighlight } from "../../../src/core/highlight/analyze";
import { planLookup } from "../../../src/core/catalog/embedded";
import { LookupError } from "../../../src/core/lookup/lookup-error";
import { JIANGBEI_GRID } from "../highlight/highlight-fixture";

const QUERY = { region: "江北区", indicator: "高新技术企业", unit: "观音桥街道" };

describe("chartData", () => {
  const analysis = analyzeHighlight(planLookup(), JIANGBEI_GRID);

  it("gives one unit's targets by year from its document, the published base-year actual, and the sheet's figures", () => {
    const data = chartData(planLookup(), QUERY, analysis);
    expect(data).toMatchObject({
      region: "江北区",
      unit: "观音桥街道",
      document: "江北府办发〔2023〕38号",
      baseYear: 2022,
    });
    expect(data.points).toEqual([
      { year: 2022, target: null, actual: 72 },
      { year: 2023, target: 81, actual: 75 },
      { year: 2024, target: 89, actual: 70 },
      { year: 2025, target: 100, actual: null },
      { year: 2026, target: 110, actual: null },
      { year: 2027, target: 120, actual: null },
    ]);
  });

  it("charts the whole district from the 合计 row: its targets and the sheet's 合计 figures, not a sum of rows", () => {
    const data = chartData(planLookup(), { ...QUERY, unit: "全区" }, analysis);
    expect(data.unit).toBeNull();
    expect(data.points.slice(0, 3)).toEqual([
      { year: 2022, target: null, actual: 321 },
      { year: 2023, target: 361, actual: 340 },
      { year: 2024, target: 397, actual: 380 },
    ]);
  });

  it("matches the row by the catalog's unit, whatever the sheet calls it (江北城 is 江北城街道)", () => {
    const data = chartData(planLookup(), { ...QUERY, unit: "江北城街道" }, analysis);
    expect(data.points[1]).toEqual({ year: 2023, target: expect.any(Number), actual: 10 });
  });

  it("shows targets only without a highlighted selection", () => {
    const data = chartData(planLookup(), QUERY, null);
    expect(data.points.map((point) => point.actual)).toEqual([72, null, null, null, null, null]);
  });

  it("keeps the published base-year actual when the sheet gives another figure for that year", () => {
    const grid = {
      ...JIANGBEI_GRID,
      headers: [2022, 2023],
      reporting: { year: 2024, month: 1, day: 31 },
    };
    const data = chartData(planLookup(), QUERY, analyzeHighlight(planLookup(), grid));
    expect(data.points[0]).toEqual({ year: 2022, target: null, actual: 72 });
    expect(data.points[1]).toEqual({ year: 2023, target: 81, actual: 70 });
  });

  it("throws a LookupError naming an unknown unit", () => {
    expect(() => chartData(planLookup(), { ...QUERY, unit: "石马街道" })).toThrow(LookupError);
  });
});

describe("sheetActuals", () => {
  it("takes figures from year columns only: a month column is part of a year, not the year", () => {
    const analysis = analyzeHighlight(planLookup(), {
      ...JIANGBEI_GRID,
      headers: ["2023年", "2024年1-6月"],
    });
    const id = analysis.indicator.id;
    expect([...sheetActuals(analysis, "江北区", id, null)]).toEqual([[2023, 340]]);
  });

  it("ignores a selection compared for another indicator or region", () => {
    const analysis = analyzeHighlight(planLookup(), JIANGBEI_GRID);
    expect(sheetActuals(analysis, "永川区", analysis.indicator.id, null).size).toBe(0);
  });
});
