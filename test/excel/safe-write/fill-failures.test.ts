import { installRegistry } from "../../../src/core/registry/workbook-state";
import { EMPTY_REGISTRY } from "../../../src/core/registry/registry";
import { fillTargets, FillRequest } from "../../../src/excel/fill/write-fill";
import { FakeBook } from "../../fakes/excel";
import { JIANGBEI_CHOICE } from "../../core/fill/jiangbei-names";
import { fillBook, NAMES_BOX } from "../fill/fill-book";
import { contentsWithFormatting, expectEachFailureUndone } from "./fail-each-command";

/*
 * Issue 22: a fill queued the targets and then its header, so a failing header left E3:E20 filled with no header and
 * the raw Excel error in the pane. Each command of a fill is failed in turn: the workbook must be exactly as before,
 * the user told so, and the user's own formatting of the empty column (a fill colour, a number format) kept.
 */

beforeEach(() => installRegistry(EMPTY_REGISTRY));

const request = (overrides: Partial<FillRequest> = {}): FillRequest => ({
  locale: "zh",
  sheet: "月报",
  names: NAMES_BOX,
  hasHeader: true,
  choice: JIANGBEI_CHOICE,
  ...overrides,
});

const fill = (overrides?: Partial<FillRequest>) => (book: FakeBook) =>
  book.run((context) =>
    fillTargets(context as unknown as Excel.RequestContext, request(overrides))
  );

/** The 江北区 sheet, its empty column E coloured yellow and formatted as a percentage by the user. */
function formattedBook(): FakeBook {
  const book = fillBook();
  for (let row = 1; row <= NAMES_BOX.rows; row++)
    book.sheets[0].edit(row, 4, (cell) => {
      cell.fill = "#FFFF00";
      cell.numberFormat = "0.0%";
    });
  return book;
}

describe("a failed fill is undone, whichever command fails", () => {
  test("targets and header, into the first free column", async () => {
    await expectEachFailureUndone(fillBook, fill(), 2);
  });

  test("the user's fill colour and number format of the column stay", async () => {
    await expectEachFailureUndone(formattedBook, fill({ column: 4 }), 2, contentsWithFormatting);
  });

  test("in English, the user is told in English", async () => {
    const book = fillBook();
    book.failCommand(2);
    const failure = await fill({ locale: "en" })(book).catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(
      /^Writing to Excel failed; .* the sheet is as it was/
    );
  });
});
