import { planLookup } from "../../../src/core/catalog/embedded";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { layoutTable } from "../../../src/core/tables/sheet-layout";
import { toClipboardHtml, toTsv } from "../../../src/core/tables/table-text";

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
