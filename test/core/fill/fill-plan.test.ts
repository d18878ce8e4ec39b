import { planLookup } from "../../../src/core/catalog/embedded";
import { planFill } from "../../../src/core/fill/fill-plan";
import type { NameColumn } from "../../../src/core/fill/fill-request";
import { recogniseDistrict, yearsInHeaders } from "../../../src/core/fill/recognise";
import { looksLikeHeader, sheetRowKind } from "../../../src/core/fill/sheet-row";
import { HIGH_TECH_2025, JIANGBEI_CHOICE, JIANGBEI_NAMES } from "./jiangbei-names";

const NAMES: NameColumn = {
  sheet: "月报",
  row: 2,
  column: 1,
  names: JIANGBEI_NAMES,
  hasHeader: true,
};

const CHOICE = JIANGBEI_CHOICE;

describe("planFill", () => {
  it("gives every row its official 2025 target, 小计 by group and 合计 from the table, and nothing to the rest", () => {
    const plan = planFill(planLookup(), NAMES, CHOICE);
    const written = Object.fromEntries(
      plan.rows
        .filter((row) => row.cells[0].entry !== "")
        .map((row) => [row.row - NAMES.row, row.cells[0].entry])
    );
    expect(written).toEqual(HIGH_TECH_2025);
    expect(plan.filled).toBe(Object.keys(HIGH_TECH_2025).length);
  });

  it("lists the unknown and the ambiguous name with their sheet row and nearest names, and no other", () => {
    const plan = planFill(planLookup(), NAMES, CHOICE);
    expect(plan.problems.map(({ row, name, reason }) => ({ row, name, reason }))).toEqual([
      { row: 14, name: "新村街道", reason: "unknown" },
      { row: 15, name: "街道", reason: "ambiguous" },
    ]);
    expect(plan.problems[0].candidates).toContain("华新街街道");
    expect(plan.problems[1].candidates).toEqual(expect.arrayContaining(["观音桥街道", "寸滩街道"]));
  });

  it("does not guess the 小计 under units of two groups", () => {
    const names = { ...NAMES, names: ["观音桥街道", "鱼嘴镇", "小计"], hasHeader: false };
    const plan = planFill(planLookup(), names, CHOICE);
    expect(plan.problems).toEqual([
      { row: 4, name: "小计", reason: "ambiguous", candidates: ["小计1", "小计2"] },
    ]);
    expect(plan.rows[2].cells[0].entry).toBe("");
  });

  it("leaves 小计 and 合计 rows alone when asked to", () => {
    const plan = planFill(planLookup(), NAMES, { ...CHOICE, totals: "leave" });
    const totals = plan.rows.filter((row) => row.kind !== "name");
    expect(totals.map((row) => row.cells[0].entry)).toEqual(["", "", "", ""]);
  });

  it("writes formulas that reference the name cell, and the table's own 小计 and 合计 by name", () => {
    const plan = planFill(planLookup(), NAMES, {
      ...CHOICE,
      output: "formulas",
      previousYear: true,
      baseline: true,
    });
    expect(plan.columns.map((column) => column.header)).toEqual([
      "2025年目标",
      "2024年目标",
      "基期实际数",
    ]);
    const byRow = new Map(plan.rows.map((row) => [row.row, row.cells.map((cell) => cell.entry)]));
    expect(byRow.get(5)).toEqual([
      '=PLAN.TARGET("江北区","高企",2025,B6)',
      '=PLAN.TARGET("江北区","高企",2024,B6)',
      '=PLAN.BASELINE("江北区","高企",B6)',
    ]);
    expect(byRow.get(13)?.[0]).toBe('=PLAN.TARGET("江北区","高企",2025,"小计1")');
    expect(byRow.get(20)?.[0]).toBe('=PLAN.TARGET("江北区","高企",2025)');
  });

  it("keeps a figure the document prints as text exactly as printed", () => {
    const names: NameColumn = { ...NAMES, names: ["区招商投资局"], hasHeader: false };
    const plan = planFill(planLookup(), names, {
      ...CHOICE,
      region: "永川区",
      year: 2023,
      baseline: true,
    });
    expect(plan.rows[0].cells).toEqual([
      { entry: 10, text: false },
      { entry: "/", text: true },
    ]);
  });

  it("honours the name the user explained once (新村街道, among the second group, means 鱼嘴镇)", () => {
    const lookup = planLookup().withWorkbook({
      aliases: [{ subject: "unit", region: "江北区", typed: "新村街道", means: "鱼嘴镇" }],
    });
    const plan = planFill(lookup, NAMES, CHOICE);
    expect(plan.rows.find((row) => row.name === "新村街道")?.cells[0].entry).toBe(40);
    expect(plan.problems.map((problem) => problem.name)).toEqual(["街道"]);
  });
});

describe("reading the selection", () => {
  it("recognises 江北区 from the names, with both of its breakdown tables", () => {
    const found = recogniseDistrict([planLookup()], JIANGBEI_NAMES);
    expect(found.slice(0, 2).map((item) => item.region)).toEqual(["江北区", "江北区"]);
    expect(found[0].matched).toBe(12);
  });

  it("takes years from headers that name targets, not actuals", () => {
    expect(
      yearsInHeaders(["2025年目标", "2022年实际数", "2026 年目标数", 2024, "累计完成"])
    ).toEqual([2026, 2025, 2024]);
  });

  it("tells blank, 小计, 合计 and header cells from names", () => {
    expect([null, " ", "合  计", "全区合计", "第1组小计", "观音桥"].map(sheetRowKind)).toEqual([
      "blank",
      "blank",
      "total",
      "total",
      "subtotal",
      "name",
    ]);
    expect(looksLikeHeader("街道/镇")).toBe(true);
    expect(looksLikeHeader("观音桥街道")).toBe(false);
  });
});
