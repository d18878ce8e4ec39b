import { analyzeHighlight } from "../../../src/core/highlight/analyze";
import type { Box } from "../../../src/core/sheet/a1";
import { columnHeaders, SheetCells } from "../../../src/core/sheet/sheet-cells";
import { recipeFor, recipeFormula, recipePace } from "../../../src/core/highlight/pace-recipes";
import { helperLayout, ruleFormulas, ruleGroups } from "../../../src/core/highlight/rules";
import { helperBlockWrites } from "../../../src/core/highlight/helper-block";
import { findSheetTargets, InsertedBlock } from "../../../src/core/highlight/sheet-targets";
import { planLookup } from "../../../src/core/catalog/embedded";
import type { HeaderValue } from "../../../src/core/sheet/periods";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";

const REPORTING = { year: 2024, month: 6, day: 30 };

function sheet(values: HeaderValue[][]): SheetCells {
  return { box: { row: 0, column: 0, rows: values.length, columns: values[0].length }, values };
}

/** Header row, then 石马河街道 and 大石坝街道; the actual column is the last one. */
function pair(target: string, actual: string): SheetCells {
  return sheet([
    ["街镇", target, actual],
    ["石马河街道", 36, 35],
    ["大石坝街道", 12, 11],
  ]);
}

const LAST: Box = { row: 1, column: 2, rows: 2, columns: 1 };

describe("finding target cells beside the actuals", () => {
  it.each([
    ["2024年目标", "2024年实际"],
    ["2024年目标数", "2024年实际数"],
    ["2024年任务数", "2024年实际完成"],
    ["2024年计划", "2024年"],
    ["Target 2024", "Actual 2024"],
    ["目标数", "实际完成"],
    ["年度目标", "实际数"],
    ["任务数", "实际"],
    ["计划", ""],
    ["年度目标", "2024年实际"],
  ])("reads %s beside %s as the targets", (target, actual) => {
    expect(findSheetTargets(pair(target, actual), LAST, REPORTING, [], [])).toEqual([
      { source: { kind: "sheet", column: 1, header: target }, values: [36, 12] },
    ]);
  });

  it("matches each actual column to the target column of its own year", () => {
    const cells = sheet([
      ["街镇", "2023年目标", "2024年目标", "2023年实际", "2024年实际"],
      ["石马河街道", 33, 36, 34, 35],
    ]);
    const actual = { row: 1, column: 3, rows: 1, columns: 2 };
    const found = findSheetTargets(cells, actual, REPORTING, [], []);
    expect(found.map((target) => target?.source)).toEqual([
      { kind: "sheet", column: 1, header: "2023年目标" },
      { kind: "sheet", column: 2, header: "2024年目标" },
    ]);
  });

  it("reads 目标 | 实际完成 under a merged year header", () => {
    const cells = sheet([
      ["", "2024年", "", "2023年", ""],
      ["街镇", "目标", "实际完成", "目标", "实际完成"],
      ["石马河街道", 36, 35, 33, 34],
    ]);
    const actual = { row: 2, column: 2, rows: 1, columns: 1 };
    expect(columnHeaders(cells, actual)).toEqual(["2024年 实际完成"]);
    expect(findSheetTargets(cells, actual, REPORTING, [], [])[0]?.source).toEqual({
      kind: "sheet",
      column: 1,
      header: "2024年 目标",
    });
  });

  it("leaves the catalog in charge when no header names targets for the period", () => {
    const none = (target: string, actual: string) =>
      findSheetTargets(pair(target, actual), LAST, REPORTING, [], []);
    expect(none("备注", "2024年实际")).toEqual([null]);
    expect(none("2023年目标", "2024年实际")).toEqual([null]);
    expect(none("目标完成率", "实际")).toEqual([null]);
    expect(none("序时进度", "实际")).toEqual([null]);
  });

  it("never reads our own helper block as the user's targets", () => {
    const cells = sheet([
      ["街镇", "备注", "2024年实际", "", "目标 2024年"],
      ["石马河街道", "", 35, "", 36],
      ["大石坝街道", "", 11, "", 12],
    ]);
    const helper = { row: 0, column: 4, rows: 3, columns: 1 };
    expect(findSheetTargets(cells, LAST, REPORTING, [], [helper])).toEqual([null]);
    expect(findSheetTargets(cells, LAST, REPORTING, [], [])[0]?.source.column).toBe(4);
  });

  it("takes an inserted official table's target column for the year, on the same rows", () => {
    const plan = planLookup().catalog.plans.find(
      (candidate) => candidate.id === "jiangbei-2023-38"
    ) as PlanDocument;
    const table = plan.tables[0];
    // The table's header row is row 0 here, its 2024 target column is E (index 4), the actuals are in column I.
    const block: InsertedBlock = { box: { row: 0, column: 0, rows: 3, columns: 8 }, plan, table };
    const cells = sheet([
      [...table.columns.map((column) => column.label), "2024年实际"],
      [1, "石马河街道", 29, 33, 36, 40, 44, 48, 35],
      [2, "大石坝街道", 10, 11, 12, 14, 15, 17, 11],
    ]);
    const actual = { row: 1, column: 8, rows: 2, columns: 1 };
    expect(findSheetTargets(cells, actual, REPORTING, [block], [])).toEqual([
      {
        source: {
          kind: "table",
          column: 4,
          header: "2024年目标数",
          document: "江北府办发〔2023〕38号",
        },
        values: [36, 12],
      },
    ]);
  });
});

describe("pace and rules from target cells", () => {
  it("writes the pace as a formula of the target cell, with the same arithmetic as the analysis", () => {
    const increment = recipeFor("increment", REPORTING, false, 33, 36);
    expect(recipeFormula(increment, "$B2")).toBe(
      '=IF(ISNUMBER($B2),IF($B2=36,33+($B2-33)*182/366,$B2*182/366),"")'
    );
    expect(recipePace(increment, 36)).toBeCloseTo(33 + (3 * 182) / 366, 12);
    expect(recipePace(increment, 40)).toBeCloseTo((40 * 182) / 366, 12);
    expect(recipeFormula(recipeFor("months", REPORTING, false, null), "$B2")).toBe(
      '=IF(ISNUMBER($B2),$B2*6/12,"")'
    );
    expect(recipeFormula(recipeFor("days", REPORTING, true, null), "$B2")).toBe(
      '=IF(ISNUMBER($B2),$B2,"")'
    );
    expect(recipeFor("increment", REPORTING, false, null)).toMatchObject({ fallback: true });
  });

  it("give a column of sheet targets its own rules with an absolute column, still referencing a helper cell", () => {
    const actual = { row: 2, column: 1, rows: 5, columns: 3 };
    const layout = helperLayout(actual, 6);
    const groups = ruleGroups(actual, layout, [
      { kind: "catalog" },
      { kind: "sheet", column: 5, header: "2024年目标" },
      { kind: "catalog" },
    ]);
    expect(groups.map((group) => [group.box.column, group.target, group.pace])).toEqual([
      [1, "H3", "L3"],
      [2, "$F3", "M3"],
      [3, "J3", "N3"],
    ]);
    expect(ruleFormulas(groups[1], 10).met).toBe(
      "=AND(ISNUMBER(C3),ISNUMBER($F3),ISNUMBER(M3),C3>=$F3)"
    );
  });
});

describe("analyzeHighlight with targets on the sheet", () => {
  const source = { kind: "sheet", column: 1, header: "2024年目标" } as const;
  const analysis = analyzeHighlight(planLookup(), {
    region: "江北区",
    indicator: "高新技术企业",
    reporting: REPORTING,
    labels: ["石马河街道", "大石坝街道", "石马街道"],
    headers: ["2024年实际"],
    actuals: [[35], [11], [10]],
    sheetTargets: [{ source, values: [36, 13, 30] }],
  });

  it("colours against the sheet's targets: increment pace where the sheet's target is the catalog's, else by days", () => {
    expect(analysis.targets).toEqual([[36], [13], [30]]);
    expect(analysis.paces[0][0]).toBeCloseTo(33 + (3 * 182) / 366, 12);
    // 13 is the sheet's own target (the catalog says 12): the catalog's year-end 11 is not where it starts.
    expect(analysis.paces[1][0]).toBeCloseTo((13 * 182) / 366, 12);
    expect(analysis.paces[2][0]).toBeCloseTo((30 * 182) / 366, 12);
    expect(analysis.statuses).toEqual([["on-pace"], ["on-pace"], ["far-behind"]]);
    expect(analysis.fallbackRows).toBe(2);
    expect(analysis.problems).toEqual([]);
    expect(analysis.lagging.map((cell) => [cell.label, cell.source.kind])).toEqual([
      ["石马街道", "sheet"],
    ]);
  });

  it("never mixes sources (issue 13, finding 6): a sheet target of 40 against the document's 100 paces by days", () => {
    const october = analyzeHighlight(planLookup(), {
      region: "江北区",
      indicator: "高新技术企业",
      reporting: { year: 2025, month: 10, day: 31 },
      labels: ["观音桥街道"],
      headers: ["2025年实际"],
      actuals: [[30]],
      sheetTargets: [{ source: { kind: "sheet", column: 1, header: "2025年目标" }, values: [40] }],
    });
    // Mixed, it was 89 + (40 − 89) × 304/365 = 48.2: above the year's target of 40.
    expect(october.paces[0][0]).toBeCloseTo((40 * 304) / 365, 12);
    expect(october.paces[0][0]).toBeLessThanOrEqual(40);
    expect(october.differences.map((difference) => [difference.sheet, difference.catalog])).toEqual(
      [[40, 100]]
    );
  });

  it("reports a sheet target that differs from the catalog, without changing it", () => {
    expect(analysis.differences).toEqual([
      {
        row: 1,
        column: 0,
        label: "大石坝街道",
        period: "2024年实际",
        source,
        sheet: 13,
        catalog: 12,
        document: "江北府办发〔2023〕38号",
      },
    ]);
  });

  it("writes helper formulas of the target cells and names the source in the legend", () => {
    const actual = { row: 1, column: 2, rows: 3, columns: 1 };
    const plan = helperBlockWrites(analysis, actual, 3, "zh", "red-behind");
    const [targets, paces] = plan.writes;
    expect(targets.formulas).toBe(true);
    expect(targets.values[0]).toEqual(['=IF(ISNUMBER($B2),$B2,"")']);
    expect(paces.values[1]).toEqual([
      '=IF(ISNUMBER($B3),IF($B3=12,11+($B3-11)*182/366,$B3*182/366),"")',
    ]);
    expect(paces.values[2]).toEqual(['=IF(ISNUMBER($B4),$B4*182/366,"")']);
    expect(plan.rules.map((rule) => rule.formula)[0]).toBe(
      "=AND(ISNUMBER(C2),ISNUMBER($B2),ISNUMBER(G2),C2>=$B2)"
    );
    const legend = plan.writes[2].values;
    expect(legend[6][1]).toBe("江北府办发〔2023〕38号；本表 B 列「2024年目标」");
    expect(legend[5][1]).toContain("2 行本表目标无同一来源的上年末数，按天");
  });
});
