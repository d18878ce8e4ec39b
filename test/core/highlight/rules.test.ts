import {
  boxA1,
  cellA1,
  columnLetters,
  parseAddress,
  referencesBox,
} from "../../../src/core/sheet/a1";
import { columnHeaders, firstFreeColumn, rowLabels } from "../../../src/core/sheet/sheet-cells";
import { periodOf } from "../../../src/core/sheet/periods";
import { helperLayout, ruleFormulas, ruleGroups } from "../../../src/core/highlight/rules";

describe("A1 addresses", () => {
  it("converts column numbers both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(parseAddress("'月报 2024'!$AA$3:AB14")).toEqual({
      sheet: "月报 2024",
      box: { row: 2, column: 26, rows: 12, columns: 2 },
    });
    expect(boxA1({ row: 2, column: 1, rows: 1, columns: 1 })).toBe("B3");
  });

  it("finds a reference into a box in a formula, and not a longer one that starts the same", () => {
    const helper = { row: 2, column: 9, rows: 1, columns: 1 };
    expect(referencesBox("=AND(ISNUMBER(B3),B3>=$J3)", helper)).toBe(true);
    expect(referencesBox("=B3>=J30", helper)).toBe(false);
    expect(referencesBox("=B3>=AJ3", helper)).toBe(false);
    expect(referencesBox('=B3="J3"', helper)).toBe(false);
    expect(referencesBox("=AND(ISNUMBER($E3),B3<K3)", { ...helper, columns: 4 })).toBe(true);
  });
});

describe("rule formulas", () => {
  it("are relative references to the helper cells in the same row", () => {
    const actual = { row: 2, column: 1, rows: 12, columns: 2 };
    const layout = helperLayout(actual, 4);
    expect(cellA1(layout.targets.row, layout.targets.column)).toBe("F3");
    expect(cellA1(layout.paces.row, layout.paces.column)).toBe("I3");
    const groups = ruleGroups(actual, layout, [{ kind: "catalog" }, { kind: "catalog" }]);
    expect(groups).toEqual([{ box: actual, target: "F3", pace: "I3" }]);
    expect(ruleFormulas(groups[0], 10)).toEqual({
      met: "=AND(ISNUMBER(B3),ISNUMBER(F3),ISNUMBER(I3),B3>=F3)",
      "on-pace": "=AND(ISNUMBER(B3),ISNUMBER(F3),ISNUMBER(I3),B3<F3,B3>=I3)",
      behind: "=AND(ISNUMBER(B3),ISNUMBER(F3),ISNUMBER(I3),B3<I3,(I3-B3)/F3*100<10)",
      "far-behind": "=AND(ISNUMBER(B3),ISNUMBER(F3),ISNUMBER(I3),B3<I3,(I3-B3)/F3*100>=10)",
    });
  });

  it("keep the helper block right of the data, with its header row above the first actual row", () => {
    const layout = helperLayout({ row: 2, column: 1, rows: 12, columns: 2 }, 4);
    expect(layout.headerRow).toBe(1);
    expect(layout.block.column).toBe(5);
    expect(layout.legend.column).toBe(11);
    expect(layout.block.row).toBe(1);
  });
});

describe("reading the sheet around the selection", () => {
  const sheet = {
    box: { row: 0, column: 0, rows: 4, columns: 5 },
    values: [
      ["序号", "街镇", 2023, 2024, ""],
      [1, "石马河街道", 34, 35, ""],
      [2, "大石坝街道", 11, "", "备注"],
      ["", "", "", "", ""],
    ],
  };
  const selection = { row: 1, column: 2, rows: 3, columns: 2 };

  it("takes labels from the nearest text column, skipping serial numbers", () => {
    expect(rowLabels(sheet, selection)).toEqual(["石马河街道", "大石坝街道", ""]);
    expect(rowLabels(sheet, { ...selection, column: 1, columns: 1 })).toEqual(["", "", ""]);
  });

  it("takes headers from the nearest filled row above", () => {
    expect(columnHeaders(sheet, selection)).toEqual([2023, 2024]);
  });

  it("places the helper block right of every filled cell, except a block being replaced", () => {
    expect(firstFreeColumn(sheet, selection, [])).toBe(5);
    expect(firstFreeColumn(sheet, selection, [{ row: 2, column: 4, rows: 1, columns: 1 }])).toBe(4);
  });
});

describe("period headers", () => {
  const reporting = { year: 2024, month: 6, day: 30 };
  it.each([
    [2023, 2023, { year: 2023, month: 12, day: 31 }, true],
    ["2024年", 2024, reporting, false],
    ["1-5月", 2024, { year: 2024, month: 5, day: 31 }, false],
    ["2024年6月", 2024, reporting, false],
    ["7月", 2024, null, false],
    ["2025", 2025, null, false],
  ])("%s", (header, year, asOf, fullYear) => {
    expect(periodOf(header, reporting)).toMatchObject({ year, asOf, fullYear });
  });

  it("reads no period from other headers", () => {
    expect(periodOf("备注", reporting)).toBeNull();
    expect(periodOf(13, reporting)).toBeNull();
  });
});
