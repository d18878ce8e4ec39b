import { analyzeHighlight } from "../../../src/core/highlight/analyze";
import { planLookup } from "../../../src/core/catalog/embedded";
import { LookupError } from "../../../src/core/lookup/lookup-error";
import { EXPECTED_STATUSES, JIANGBEI_GRID } from "./highlight-fixture";

describe("analyzeHighlight on 江北区 streets by years", () => {
  const analysis = analyzeHighlight(planLookup(), JIANGBEI_GRID);

  it("gives every cell the level statusOf gives it", () => {
    expect(analysis.statuses).toEqual(EXPECTED_STATUSES);
  });

  it("compares past years with the full-year target and the current year with pace at the reporting date", () => {
    expect(analysis.targets[0]).toEqual([33, 36]);
    expect(analysis.paces[0][0]).toBe(33);
    expect(analysis.paces[0][1]).toBeCloseTo(33 + (3 * 182) / 366, 10);
    expect(analysis.paces[7][1]).toBeCloseTo(361 + (36 * 182) / 366, 10);
  });

  it("lists the cells behind plan, largest gap first, with target, pace, actual, gap and rate", () => {
    const rows = analysis.lagging.map((cell) => [cell.label, cell.period, cell.status]);
    expect(rows).toEqual([
      ["观音桥街道", "2024年", "far-behind"],
      ["观音桥街道", "2023年", "behind"],
      ["合计", "2023年", "behind"],
      ["江北城", "2024年", "behind"],
      ["大石坝街道", "2024年", "behind"],
    ]);
    const worst = analysis.lagging[0];
    expect(worst).toMatchObject({ unit: "观音桥街道", target: 89, actual: 70, row: 2, column: 1 });
    expect(worst.gap).toBeCloseTo(((81 + (8 * 182) / 366 - 70) / 89) * 100, 10);
    expect(worst.rate).toBeCloseTo(70 / 89, 10);
    expect(analysis.lagging[1].gap).toBeCloseTo((6 / 81) * 100, 10);
  });

  it("counts levels, and cells with a target but no number (blank or text) as blank", () => {
    expect(analysis.counts).toEqual({ met: 3, "on-pace": 2, behind: 4, "far-behind": 1, blank: 2 });
  });

  it("reports the ambiguous and unknown names instead of guessing", () => {
    expect(
      analysis.problems.map(({ row, problem }) => [row, problem.reason, problem.query])
    ).toEqual([
      [5, "ambiguous", "小计"],
      [6, "unknown", "石马街道"],
    ]);
    expect(analysis.units[4]?.name).toBe("江北城街道");
    expect(analysis.units[7]).toBeNull();
  });

  it("does not touch the actual figures it was given", () => {
    expect(JIANGBEI_GRID.actuals[3]).toEqual(["", "—"]);
    expect(JIANGBEI_GRID.labels[4]).toBe("江北城");
  });

  it("names the document the targets come from", () => {
    expect(analysis.documents).toEqual(["江北府办发〔2023〕38号"]);
  });
});

describe("analyzeHighlight edge cases", () => {
  const base = { ...JIANGBEI_GRID, labels: ["石马河街道"], actuals: [[35]] };

  it("treats a single column without a header as the reporting year so far", () => {
    const analysis = analyzeHighlight(planLookup(), { ...base, headers: [""] });
    expect(analysis.periods[0]).toMatchObject({ label: "2024-06-30", year: 2024 });
    expect(analysis.statuses).toEqual([["on-pace"]]);
  });

  it("leaves years after the reporting date uncoloured", () => {
    const analysis = analyzeHighlight(planLookup(), { ...base, headers: [2025] });
    expect(analysis.targets).toEqual([[null]]);
    expect(analysis.statuses).toEqual([[null]]);
    expect(analysis.problems).toEqual([]);
  });

  it("reports a header that names no period", () => {
    const analysis = analyzeHighlight(planLookup(), {
      ...base,
      headers: ["2024年", "备注"],
      actuals: [[35, 1]],
    });
    expect(analysis.problems).toEqual([
      {
        row: null,
        column: 1,
        problem: expect.objectContaining({ reason: "invalid", query: "备注" }),
      },
    ]);
  });

  it("reports a year the plan has no target for", () => {
    const analysis = analyzeHighlight(planLookup(), {
      ...base,
      reporting: { year: 2030, month: 3, day: 31 },
      headers: ["2030"],
    });
    expect(analysis.problems[0].problem.reason).toBe("no-year");
  });

  it("honours a custom far-behind threshold", () => {
    const analysis = analyzeHighlight(planLookup(), {
      ...JIANGBEI_GRID,
      farBehindPoints: 4,
    });
    expect(analysis.statuses[1][1]).toBe("far-behind");
  });

  it("throws for a region it does not know, since nothing can be compared", () => {
    expect(() =>
      analyzeHighlight(planLookup(), { ...base, region: "火星区", headers: [""] })
    ).toThrow(LookupError);
  });
});

describe("analyzeHighlight on a selection that takes in a target column", () => {
  it("reports each selected column headed as a target (目标, 任务, 计划, Target), and no actual or rate column", () => {
    const analysis = analyzeHighlight(planLookup(), {
      ...JIANGBEI_GRID,
      headers: ["2024年目标", "2024年实际"],
    });
    expect(analysis.targetColumns).toEqual([{ column: 0, header: "2024年目标" }]);
    const headers = ["年度任务", " 2024 Target ", "计划数", "2024年实际", "目标完成率", "序时进度"];
    const wide = analyzeHighlight(planLookup(), {
      ...JIANGBEI_GRID,
      headers,
      actuals: JIANGBEI_GRID.actuals.map(() => headers.map(() => "")),
    });
    expect(wide.targetColumns).toEqual([
      { column: 0, header: "年度任务" },
      { column: 1, header: "2024 Target" },
      { column: 2, header: "计划数" },
    ]);
  });

  it("reports nothing for the usual year headers", () => {
    expect(analyzeHighlight(planLookup(), JIANGBEI_GRID).targetColumns).toEqual([]);
  });
});
