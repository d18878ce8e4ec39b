import { planLookup } from "../../../src/core/catalog/embedded";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { layoutTable } from "../../../src/core/tables/sheet-layout";
import type { SheetLayout } from "../../../src/core/tables/sheet-layout";
import { neutralised, toClipboardHtml, toTsv } from "../../../src/core/tables/table-text";

const lookup = planLookup();
const plan = (id: string) =>
  lookup.catalog.plans.find((candidate) => candidate.id === id) as PlanDocument;

describe("clipboard text", () => {
  test("tab-separated, one line per row, cells with line breaks quoted as Excel reads them", () => {
    const layout = layoutTable(lookup, plan("yongchuan-2021-66"), "t1", {
      locale: "zh",
      mode: "formulas",
      footnotes: false,
    });
    const tsv = toTsv(layout);
    expect(tsv).toContain('序号\t指标名称\t"“十三五”\n目标值"\t2020年完成值\t完成情况\r\n');
    expect(tsv).toContain("\r\n1\t全社会研发投入强度（%）\t2.2\t2.6\t超额完成");
    expect(tsv.split("\r\n")).toHaveLength(layout.cells.length);
  });

  test("the HTML copy marks text cells as text so that 30% or ≥12 are not turned into numbers", () => {
    const layout = layoutTable(lookup, plan("yongchuan-2021-66"), "t2", {
      locale: "zh",
      mode: "values",
      footnotes: false,
    });
    const html = toClipboardHtml(layout);
    expect(html).toContain(`<td style='mso-number-format:"\\@"'>≥12</td>`);
    expect(html).toContain("<td>2.6</td>");
  });
});

describe("issue 13, finding 11: text that a spreadsheet would run as a formula", () => {
  const dangerous = [
    "=1+1",
    "+cmd",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "＝HYPERLINK(1)",
    "-cmd|' /C calc'!A0",
  ];

  test.each(dangerous)("%p is pasted behind an apostrophe", (text) => {
    expect(neutralised(text)).toBe(`'${text}`);
  });

  test.each(["-", "+", "-5", "-0.5", "+3%", "≥12", "2-3", "观音桥街道", ""])(
    "%p stays as printed",
    (text) => {
      expect(neutralised(text)).toBe(text);
    }
  );

  test("numbers are never touched", () => {
    expect(neutralised(-5)).toBe(-5);
  });

  test("in the TSV and the HTML copy", () => {
    const layout = layoutTable(lookup, plan("jiangbei-2023-38"), "a1", {
      locale: "zh",
      mode: "values",
      footnotes: false,
    });
    const cells = layout.cells.map((row) => [...row]);
    cells[4][1] = '=HYPERLINK("http://x")';
    const poisoned: SheetLayout = { ...layout, cells };
    expect(toTsv(poisoned)).toContain(`\t"'=HYPERLINK(""http://x"")"\t`);
    expect(toClipboardHtml(poisoned)).toContain(
      `<td style='mso-number-format:"\\@"'>'=HYPERLINK(&quot;http://x&quot;)</td>`
    );
  });
});
