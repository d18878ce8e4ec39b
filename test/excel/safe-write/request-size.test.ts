import { applyHighlight } from "../../../src/excel/highlight/apply-highlight";
import { checkSelection } from "../../../src/excel/highlight/highlight";
import { removeHighlight } from "../../../src/excel/highlight/remove-highlight";
import { insertChart } from "../../../src/excel/chart/chart";
import { chartData } from "../../../src/core/chart/chart-data";
import { planLookup } from "../../../src/core/catalog/embedded";
import type { FakeBook } from "../../fakes/excel";
import { LARGE_REQUEST, largeBook, MONTHS } from "./large-sheet";

/*
 * Excel on the web refuses a request or response over 5 MB ("Resource limits and performance optimization for
 * Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The fake estimates each request and response by JSON-serialising the queued commands and the loaded values
 * (FakeBook.requests). Issue 10: every read bounded to the area the action needs, each action's largest request
 * below 5 MB at 10,000 rows; issue 15: each write request under 2 MB and syncs independent of size.
 */

const MB = 1_000_000;
/** Half of Excel on the web's cap: room for sheets with longer texts than these. */
const READ_BUDGET = 2.5 * MB;
const context = (c: unknown) => c as Excel.RequestContext;

/** The largest request (commands) and response (loaded values) of the syncs from `from` on. */
function largest(book: FakeBook, from = 0) {
  const syncs = book.requests.slice(from);
  return {
    syncs: syncs.length,
    request: Math.max(...syncs.map((sync) => sync.requestBytes)),
    response: Math.max(...syncs.map((sync) => sync.responseBytes)),
  };
}

describe("request sizes of highlighting at the sizes bureaus use", () => {
  test("apply (first and again), check and remove: responses under half of 5 MB, requests under 2 MB, at 10,000 rows × 12", async () => {
    const book = largeBook(10_000);
    await book.run((c) => applyHighlight(context(c), LARGE_REQUEST));
    const apply = largest(book);
    expect(apply.request).toBeLessThan(2 * MB);
    expect(apply.response).toBeLessThan(READ_BUDGET);
    const mark = book.requests.length;
    await book.run((c) => checkSelection(context(c), LARGE_REQUEST));
    expect(largest(book, mark).response).toBeLessThan(READ_BUDGET);
    const again = book.requests.length;
    await book.run((c) => applyHighlight(context(c), LARGE_REQUEST));
    expect(largest(book, again).request).toBeLessThan(2 * MB);
    expect(largest(book, again).response).toBeLessThan(READ_BUDGET);
    const removal = book.requests.length;
    await book.run((c) => removeHighlight(context(c), { locale: "zh" }));
    expect(largest(book, removal).response).toBeLessThan(READ_BUDGET);
  });

  test("the number of syncs does not grow with the rows", async () => {
    const counts = [];
    for (const rows of [100, 2_000, 10_000]) {
      const book = largeBook(rows);
      await book.run((c) => applyHighlight(context(c), LARGE_REQUEST));
      counts.push(book.syncCount);
    }
    expect(new Set(counts).size).toBe(1);
  });

  test("a 100-cell check near the end of a 60,000-row sheet reads a few rows, not the sheet", async () => {
    const book = largeBook(0, 60_000);
    book.selection = { sheet: "Sheet1", rect: { row: 59_000, column: 1, rows: 10, columns: 10 } };
    await book.run((c) => checkSelection(context(c), LARGE_REQUEST));
    expect(largest(book).response).toBeLessThan(20_000);
  });

  test("a chart beside 10,000 rows reads only the rows it takes", async () => {
    const book = largeBook(10_000);
    const data = chartData(planLookup(), {
      region: "江北区",
      indicator: "高新技术企业",
      unit: "观音桥街道",
    });
    const anchor = { row: 1, column: 1, rows: 10_000, columns: MONTHS };
    await book.run((c) => insertChart(context(c), { data, sheet: "Sheet1", anchor, locale: "zh" }));
    expect(largest(book).response).toBeLessThan(20_000);
  });
});
