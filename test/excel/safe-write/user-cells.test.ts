import type { ChartRequest } from "../../../src/excel/chart/chart";
import { insertChart } from "../../../src/excel/chart/chart";
import { applyHighlight } from "../../../src/excel/highlight/apply-highlight";
import { removeHighlight } from "../../../src/excel/highlight/remove-highlight";
import { FakeBook } from "../../fakes/excel";
import { JIANGBEI_ACTUAL, JIANGBEI_REQUEST, jiangbeiBook, jiangbeiChart } from "../jiangbei-book";

/* Only cells the add-in wrote are ever cleared or written over (issue 13, findings 2 and 4). */

const REQUEST = JIANGBEI_REQUEST;

const chartRequest = (): ChartRequest => jiangbeiChart("观音桥街道");

const context = (c: unknown) => c as Excel.RequestContext;
const apply = (book: FakeBook, replaceEdits = false) =>
  book.run((c) => applyHighlight(context(c), { ...REQUEST, replaceEdits }));
const remove = (book: FakeBook, replaceEdits = false) =>
  book.run((c) => removeHighlight(context(c), { locale: "zh", replaceEdits }));
const chart = (book: FakeBook, replaceEdits = false) =>
  book.run((c) => insertChart(context(c), { ...chartRequest(), replaceEdits }));

function selected(): FakeBook {
  const book = jiangbeiBook();
  book.selection = { sheet: "月报", rect: JIANGBEI_ACTUAL };
  return book;
}

describe("formulas that show nothing are the user's cells (finding 4)", () => {
  // A column of =IF(…,"",…) right of the figures: the fake keeps a formula's value "" as Excel shows it.
  function withBlankFormulas(): FakeBook {
    const book = selected();
    for (let row = 0; row < 12; row++) book.sheets[0].setEntry(row, 6, `=IF(C${row + 1}>0,"","-")`);
    return book;
  }

  test("the helper block goes right of them, and they are kept", async () => {
    const book = withBlankFormulas();
    await apply(book);
    const helper = book.names.find((name) => name.name.endsWith("_REF"));
    expect(helper?.rect.column).toBeGreaterThan(6);
    expect(book.sheets[0].cell(3, 6).formula).toBe('=IF(C4>0,"","-")');
  });

  test("the chart's block goes right of them, and they are kept", async () => {
    const book = withBlankFormulas();
    const result = await chart(book);
    expect(result).toMatchObject({ block: { column: 8 } });
    expect(book.sheets[0].cell(3, 6).formula).toBe('=IF(C4>0,"","-")');
  });
});

describe("a block of ours the user changed is not cleared without asking (finding 2)", () => {
  test("applying again asks, writes nothing, and replaces only after a yes", async () => {
    const book = selected();
    await apply(book);
    const helper = book.names[1].rect;
    book.sheets[0].setEntry(helper.row + 2, helper.column, "我的备注");
    const log = book.log.length;
    expect(await apply(book)).toEqual({
      status: "edited",
      address: expect.stringMatching(/^月报!F1:/),
    });
    expect(book.log.length).toBe(log);
    expect(await apply(book, true)).toMatchObject({ replaced: 1 });
    expect(book.names.map((name) => name.name)).toEqual(["PLAN_HL_2", "PLAN_HL_2_REF"]);
  });

  test("removing asks too, and a cell typed inside the helper rectangle but never written by us counts", async () => {
    const book = selected();
    await apply(book);
    const helper = book.names[1].rect;
    // The column between the targets and the pace block is inside the rectangle but never written.
    const gap = { row: helper.row + 3, column: helper.column + JIANGBEI_ACTUAL.columns };
    expect(book.sheets[0].cell(gap.row, gap.column).value).toBe("");
    book.sheets[0].setEntry(gap.row, gap.column, 5);
    expect(await remove(book)).toMatchObject({ status: "edited" });
    expect(book.sheets[0].cell(gap.row, gap.column).value).toBe(5);
    expect(book.names).toHaveLength(2);
    expect(await remove(book, true)).toBe(1);
    expect(book.names).toHaveLength(0);
  });

  test("a chart's block the user changed is not redrawn without asking", async () => {
    const book = selected();
    const first = await chart(book);
    const block = (first as { block: { row: number; column: number } }).block;
    book.sheets[0].setEntry(block.row + 2, block.column + 2, 77);
    expect(await chart(book)).toMatchObject({ status: "edited" });
    expect(book.sheets[0].cell(block.row + 2, block.column + 2).value).toBe(77);
    expect(await chart(book, true)).toMatchObject({ replaced: true });
  });
});
