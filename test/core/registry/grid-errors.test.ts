import {
  GridError,
  GridProblem,
  MAX_CELL_CHARS,
  MAX_GRID_CELLS,
} from "../../../src/core/registry/grid-error";
import { planFromJson } from "../../../src/core/registry/plan-json";
import { hostileGrids, hostileJson } from "./hostile-grids";
import { readGrid } from "../../../src/core/registry/read-grid";

/*
 * Issue 22: on 7d9ae08 the register parser threw an unhandled TypeError ("Cannot read properties of undefined") for a
 * single cell, a whitespace-only selection and one column of 50,000 rows. Each selection that is not a table is now a
 * GridError naming the problem and, where there is one, the row and column of the selection.
 */

function problemOf(grid: unknown[][]): GridProblem {
  try {
    readGrid(grid, { documentYear: 2023 });
  } catch (error) {
    if (error instanceof GridError) return error.problem;
    throw error;
  }
  throw new Error("the grid was read");
}

const column = (rows: number) => Array.from({ length: rows }, (_, row) => [`观音桥街道${row}`]);

describe("readGrid refuses a selection that is not a table, saying why", () => {
  it.each([
    ["one cell", [["高新技术企业"]]],
    [
      "whitespace only",
      [
        ["  ", "\t"],
        ["", " "],
      ],
    ],
    ["an empty selection", []],
    ["one column of 15,000 names", column(15_000)],
    ["a title line and one column", [["附件1"], ["目标任务分解表"], ["观音桥街道"], ["寸滩街道"]]],
  ])("%s: no header", (_, grid) => {
    expect(problemOf(grid)).toEqual({ reason: "no-header" });
  });

  it("one column of 50,000 rows: too many cells, refused before any is read", () => {
    expect(problemOf(column(50_000))).toEqual({ reason: "too-large", cells: 50_000 });
  });

  it("a grid one cell over the cap is refused, one at the cap is read", () => {
    const row = (width: number) => Array.from({ length: width }, () => "1");
    const atCap = [
      ["单位", "2023年目标"],
      ...Array.from({ length: MAX_GRID_CELLS / 2 - 1 }, () => ["观音桥街道", "1"]),
    ];
    expect(readGrid(atCap, { documentYear: 2023 }).rows).toHaveLength(MAX_GRID_CELLS / 2 - 1);
    expect(problemOf([...atCap, row(1)])).toEqual({
      reason: "too-large",
      cells: MAX_GRID_CELLS + 1,
    });
  });

  it("a header with no rows under it names the header's row", () => {
    expect(problemOf([["附件1"], ["序号", "单位", "2023年目标"]])).toEqual({
      reason: "no-rows",
      headerRow: 2,
    });
  });

  it("a cell longer than any table's names its row and column", () => {
    const long = "观".repeat(MAX_CELL_CHARS + 1);
    expect(
      problemOf([
        ["序号", "单位", "2023年目标"],
        ["1", "观音桥街道", long],
      ])
    ).toEqual({ reason: "cell-too-long", row: 2, column: 3, length: MAX_CELL_CHARS + 1 });
  });

  it("a cell of the longest length is read as it is", () => {
    const note = `备注：${"观".repeat(MAX_CELL_CHARS - 3)}`;
    const reading = readGrid([["序号", "单位", "2023年目标"], ["1", "观音桥街道", "12"], [note]], {
      documentYear: 2023,
    });
    expect(reading.notes).toEqual([note]);
  });
});

describe("hostile pastes and imports are answered (the bench times them)", () => {
  it.each(hostileGrids().map((hostile) => [hostile.name, hostile] as const))("%s", (_, hostile) => {
    const answer = (() => {
      try {
        readGrid(hostile.grid, { documentYear: 2023 });
        return "read";
      } catch (error) {
        if (error instanceof GridError) return error.problem.reason;
        throw error;
      }
    })();
    expect(answer).toBe(hostile.answer);
  });

  it.each(hostileJson().map((hostile) => [hostile.name, hostile] as const))("%s", (_, hostile) => {
    const read = planFromJson(hostile.text, new Set(["high-tech-enterprises"]));
    expect(read.plan).toBeNull();
    expect(read.problems.map((problem) => problem.message).join("\n")).toMatch(hostile.refusal);
  });
});
