import { applyHighlight } from "../../../src/excel/highlight/apply-highlight";
import { removeHighlight } from "../../../src/excel/highlight/remove-highlight";
import { insertChart } from "../../../src/excel/chart/chart";
import { FakeBook } from "../../fakes/excel";
import { JIANGBEI_ACTUAL, JIANGBEI_REQUEST, jiangbeiBook, jiangbeiChart } from "../jiangbei-book";
import { expectEachFailureUndone } from "./fail-each-command";

/*
 * Each command of highlight apply (first time and again), remove, and chart (new and redrawn) is failed in turn: the
 * workbook afterwards must be exactly as before and the user told so (issue 13, finding 1; Excel keeps the commands
 * before a failing one: learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */

const REQUEST = JIANGBEI_REQUEST;
const chartRequest = jiangbeiChart;

type Action = (book: FakeBook) => Promise<unknown>;
const context = (c: unknown) => c as Excel.RequestContext;
const apply: Action = (book) => book.run((c) => applyHighlight(context(c), REQUEST));
const remove: Action = (book) => book.run((c) => removeHighlight(context(c), { locale: "zh" }));
const chart: Action = (book) =>
  book.run((c) => insertChart(context(c), chartRequest("观音桥街道")));
/** The same unit's chart in English: every title and header differs from the Chinese one it redraws. */
const chartInEnglish: Action = (book) =>
  book.run((c) => insertChart(context(c), chartRequest("观音桥街道", "en")));

/** The 江北区 sheet with its figures selected and a rule of the user's on them. */
function selected(): FakeBook {
  const book = jiangbeiBook();
  book.selection = { sheet: "月报", rect: JIANGBEI_ACTUAL };
  book.conditionalFormats.push({
    sheet: "月报",
    rect: JIANGBEI_ACTUAL,
    type: "Custom",
    formula: "=C2>1000",
    fill: "#FF00FF",
  });
  return book;
}

async function after(...actions: Action[]): Promise<FakeBook> {
  const book = selected();
  for (const action of actions) await action(book);
  return book;
}

const failEach = (setup: () => Promise<FakeBook>, action: Action) =>
  expectEachFailureUndone(setup, action, 4);

describe("a failed highlight or chart is undone, whichever command fails", () => {
  test("highlight apply", async () => {
    await failEach(() => after(), apply);
  });

  test("highlight apply again: the earlier rules, helper block and names come back", async () => {
    await failEach(() => after(apply), apply);
  });

  test("highlight remove: rules, helper block and names come back", async () => {
    await failEach(() => after(apply), remove);
  });

  test("chart: the new chart, block and name go", async () => {
    await failEach(() => after(), chart);
  });

  test("chart again: the earlier chart is drawn from its block again, with its titles", async () => {
    await failEach(() => after(chart), chartInEnglish);
  });

  test("chart beside a highlighting", async () => {
    await failEach(() => after(apply), chart);
  });
});
