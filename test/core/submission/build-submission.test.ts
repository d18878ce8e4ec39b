import { planLookup } from "../../../src/core/catalog/embedded";
import { buildSubmission } from "../../../src/core/submission/build-submission";
import { BLOCK, BLOCK_COLUMNS } from "../../../src/core/submission/submission-formulas";
import { paletteFor } from "../../../src/core/highlight/palette";
import { REQUEST } from "./jiangbei-submission-fixture";

const lookup = planLookup();
const plan = buildSubmission(lookup, REQUEST);
const text = (row: number) => String(plan.cells[row][0]);
const rowOf = (label: string) => plan.cells.findIndex((cells) => cells[1] === label);

describe("buildSubmission, 江北区 高企 + 科技型企业 at 2025-10-31", () => {
  test("title, header line with the date as a date, two header rows, indicators side by side", () => {
    expect(text(0)).toBe("江北区高新技术企业、科技型企业目标任务完成情况（截至2025年10月底）");
    expect(plan.cells[1]).toContain("填报单位（盖章）：");
    expect(plan.cells[1]).toContain("=DATE(2025,10,31)");
    expect(plan.cells[1]).toContain("=MONTH($S$2)/12");
    expect(plan.cells[2].slice(0, 3)).toEqual(["序号", "单位", "高新技术企业"]);
    expect(plan.cells[2][2 + BLOCK_COLUMNS]).toBe("科技型企业");
    expect(plan.cells[3].slice(2, 12)).toEqual([
      "年度目标",
      "上年末",
      "累计完成",
      "新增",
      "完成率",
      "新增\n完成率",
      "序时进度",
      "超/低于序时\n（百分点）",
      "状态",
      "组内\n排名",
    ]);
    expect(plan.cells[0]).toHaveLength(22);
  });

  test("published targets and bases as values, every derived cell a plain formula of the sheet's own cells", () => {
    const row = rowOf("观音桥街道");
    expect(plan.cells[row].slice(2, 5)).toEqual([100, 89, null]);
    expect(plan.cells[row][2 + BLOCK_COLUMNS + BLOCK.target]).toBe(815);
    const formulas = plan.cells
      .flat()
      .filter((cell) => typeof cell === "string" && cell.startsWith("="));
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.some((formula) => /PLAN\./.test(String(formula)))).toBe(false);
    expect(plan.cells[row][2 + BLOCK.rate]).toBe(
      `=IF(OR(E${row + 1}="",C${row + 1}="",C${row + 1}=0),"",E${row + 1}/C${row + 1})`
    );
    expect(plan.cells[row][2 + BLOCK.pace]).toBe("=$V$2");
  });

  test("小计 and 合计 are SUMs of the unit rows where the document agrees, its own figure where it does not", () => {
    const first = rowOf("石马河街道");
    const subtotal = rowOf("小计（第1组）");
    // 附件1 states 小计（第1组） 2025 as 384, the rows' sum, and 2024 (上年末) as 343 where the rows give 341.
    expect(plan.cells[subtotal].slice(2, 4)).toEqual([`=SUM(C${first + 1}:C${subtotal})`, 343]);
    const total = rowOf("合计");
    // 附件1 states 合计 2025 = 442 and 2024 = 397; its rows add up to 443 and 394.
    expect(plan.cells[total].slice(2, 4)).toEqual([442, 397]);
    const sums = plan.cells[total + 1];
    const second = rowOf("郭家沱街道");
    expect(sums.slice(1, 5)).toEqual([
      "各单位之和",
      `=SUM(C${first + 1}:C${subtotal},C${second + 1}:C${second + 3})`,
      `=SUM(D${first + 1}:D${subtotal},D${second + 1}:D${second + 3})`,
      "原文−各单位之和：年度目标−1，上年末+3",
    ]);
    expect(plan.presentation.merges).toContainEqual({
      row: total + 1,
      column: 2 + BLOCK.actual,
      rows: 1,
      columns: BLOCK_COLUMNS - BLOCK.actual,
    });
    // The rates of the 合计 are those of its own row, so of the published figure.
    expect(plan.cells[total][2 + BLOCK.rate]).toBe(
      `=IF(OR(E${total + 1}="",C${total + 1}="",C${total + 1}=0),"",E${total + 1}/C${total + 1})`
    );
    const notes = plan.cells.slice(total + 2).map((cells) => String(cells[0]));
    expect(notes[0]).toMatch(
      /^注：1\.颜色：绿色为达到或超过序时进度；黄色为低于序时进度0至10个百分点；红色为低于序时进度超过10个百分点/
    );
    expect(notes.join("")).toContain("序时进度按月计算：截止月份÷12（10月为83.3%）");
    expect(notes.join("")).toContain("江北府办发〔2023〕38号（2023-06-09）附件1");
    expect(notes.join("")).toContain("小计、合计的年度目标和上年末取原文所列数字");
    expect(notes.join("")).toContain("原文为 343");
    expect(notes[notes.length - 1]).toMatch(
      /^单位负责人：.*审核人：.*填表人：.*联系电话：.*报出日期：/
    );
  });

  test("with the rows' sums chosen, the 合计 is their SUM and the document's figures follow it", () => {
    const rows = buildSubmission(lookup, { ...REQUEST, totals: "rows" });
    const at = (label: string) => rows.cells.findIndex((cells) => cells[1] === label);
    const total = at("合计");
    expect(String(rows.cells[total][2])).toMatch(/^=SUM\(/);
    expect(rows.cells[total + 1].slice(1, 5)).toEqual([
      "原文所列",
      442,
      397,
      "原文−各单位之和：年度目标−1，上年末+3",
    ]);
    // 科技型企业: 合计 2025 agrees (2618), 2024 is stated 2286 against 2288.
    expect(rows.cells[total + 1].slice(2 + BLOCK_COLUMNS, 5 + BLOCK_COLUMNS)).toEqual([
      2618,
      2286,
      "原文−各单位之和：上年末−2",
    ]);
    expect(rows.cells.flat().join("")).toContain(
      "小计、合计为本表各单位之和，其完成率、序时等据此计算"
    );
  });

  test("inputs are the 累计完成 cells of unit rows; rules colour gap and status by the status word", () => {
    expect(plan.inputs.boxes).toHaveLength(24);
    expect(plan.inputs.message).toMatch(/不小于 0 的数字/);
    expect(plan.rules).toHaveLength(6);
    expect(plan.rules[0].formula).toBe(
      `=OR($K${rowOf("石马河街道") + 1}="达标",$K${rowOf("石马河街道") + 1}="序时达标")`
    );
    expect(plan.rules.map((rule) => rule.fill)).toEqual([
      "#C6EFCE",
      "#FFEB9C",
      "#FFC7CE",
      "#C6EFCE",
      "#FFEB9C",
      "#FFC7CE",
    ]);
  });

  test("A4 landscape, one page wide and tall (the footer with the rows), both header rows repeated", () => {
    expect(plan.presentation.page).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 1,
    });
    expect(plan.presentation.printTitleRows).toEqual({ first: 2, last: 3 });
  });
});

describe("buildSubmission options", () => {
  test("one group: its units and its 小计, no 合计", () => {
    const group = buildSubmission(lookup, {
      ...REQUEST,
      indicators: ["高企"],
      units: { group: "2" },
    });
    expect(
      group.cells
        .map((cells) => cells[1])
        .filter((label) => /街道|镇|小计|合计/.test(String(label)))
    ).toEqual(["郭家沱街道", "鱼嘴镇", "复盛镇", "小计"]);
  });

  test("increment pace from the previous year-end, by days, said in the 注", () => {
    const increment = buildSubmission(lookup, { ...REQUEST, pace: "increment" });
    const row = increment.cells.findIndex((cells) => cells[1] === "石马河街道") + 1;
    expect(increment.cells[row - 1][2 + BLOCK.pace]).toBe(
      `=IF(OR(C${row}="",C${row}=0),"",(D${row}+(C${row}-D${row})*$V$2)/C${row})`
    );
    expect(String(increment.cells[1][21])).toMatch(/^=\(\$S\$2-DATE\(YEAR\(\$S\$2\),1,1\)\+1\)/);
    expect(increment.cells.flat().join("")).toContain("序时进度按增量计算");
  });

  test("thresholds are settable; the colour-blind scheme uses the highlighting's four swatches", () => {
    const custom = buildSubmission(lookup, {
      ...REQUEST,
      thresholds: { green: 5, red: 20 },
      scheme: "colour-blind",
    });
    const row = custom.cells.findIndex((cells) => cells[1] === "石马河街道");
    expect(String(custom.cells[row][2 + BLOCK.status])).toContain('>=-5,"序时达标",IF(');
    expect(String(custom.cells[row][2 + BLOCK.status])).toContain('>=-20,"落后"');
    const palette = paletteFor("red-behind");
    expect(custom.rules.slice(0, 4).map((rule) => rule.fill)).toEqual([
      palette.met.fill,
      palette["on-pace"].fill,
      palette.behind.fill,
      palette["far-behind"].fill,
    ]);
  });

  test("a date inside a month says the day", () => {
    const mid = buildSubmission(lookup, { ...REQUEST, date: { year: 2025, month: 6, day: 15 } });
    expect(String(mid.cells[0][0])).toMatch(/（截至2025年6月15日）$/);
  });

  test("a district without a breakdown table by unit is refused with the reason", () => {
    expect(() =>
      buildSubmission(lookup, { ...REQUEST, region: "巫溪县", indicators: ["高企"] })
    ).toThrow();
  });
});

describe("targets as PLAN.TARGET formulas, when asked", () => {
  const withFormulas = buildSubmission(lookup, { ...REQUEST, targets: "formulas" });
  const parse = (formula: string) =>
    JSON.parse(`[${/^=PLAN\.TARGET\((.*)\)$/.exec(formula)?.[1] ?? ""}]`) as [
      string,
      string,
      number,
      string,
      string,
    ];

  test("every unit's target is a formula that the catalog answers with the published figure", () => {
    let checked = 0;
    plan.cells.forEach((row, index) => {
      for (let block = 0; block < REQUEST.indicators.length; block++) {
        const column = 2 + block * BLOCK_COLUMNS + BLOCK.target;
        const published = row[column];
        const written = withFormulas.cells[index][column];
        // Unit rows only (they carry a serial): a 合计 the document states stays its published value.
        if (typeof row[0] !== "number" || typeof published !== "number") continue;
        const [region, indicator, year, unit, document] = parse(String(written));
        expect(lookup.target({ region, indicator, year, unit, document }).figure.value).toBe(
          published
        );
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(20);
  });

  test("everything else is the same sheet", () => {
    const others = (cells: typeof plan.cells) =>
      cells.map((row) => row.filter((_, column) => (column - 2) % BLOCK_COLUMNS !== BLOCK.target));
    expect(others(withFormulas.cells)).toEqual(others(plan.cells));
  });
});

describe("indicators broken down over different units (永川区 高企 over 5 parks, 科技型企业 over 27 units)", () => {
  const both = buildSubmission(lookup, {
    ...REQUEST,
    region: "永川区",
    indicators: ["高新技术企业", "科技型企业"],
  });
  const units = both.cells.filter((cells) => typeof cells[0] === "number");

  test("every unit of either table, in the documents' order, numbered afresh", () => {
    expect(units).toHaveLength(28);
    expect(units.slice(0, 2).map((cells) => cells.slice(0, 2))).toEqual([
      [1, "中山路街道"],
      [2, "胜利路街道"],
    ]);
    expect(units.slice(22).map((cells) => cells[1])).toEqual([
      "朱沱镇",
      "永川高新区管委会",
      "三教产业促进中心",
      "港桥产业促进中心",
      "大数据产业园",
      "区招商投资局",
    ]);
    expect(units[27][0]).toBe(28);
  });

  test("a unit without a target in a table shows “/” and nothing to fill in", () => {
    const town = units[0];
    expect(town.slice(2, 2 + BLOCK_COLUMNS)).toEqual([
      "/",
      ...Array<null>(BLOCK_COLUMNS - 1).fill(null),
    ]);
    expect(town[2 + BLOCK_COLUMNS + BLOCK.target]).toBe(156);
    const row = both.cells.indexOf(town);
    expect(both.inputs.boxes.filter((box) => box.row === row)).toEqual([
      { row, column: 2 + BLOCK_COLUMNS + BLOCK.actual, rows: 1, columns: 1 },
    ]);
    expect(units[27][2 + BLOCK_COLUMNS]).toBe("/");
  });
});
