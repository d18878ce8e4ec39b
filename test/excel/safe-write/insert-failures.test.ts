import { planLookup } from "../../../src/core/catalog/embedded";
import { layoutTable, SheetLayout } from "../../../src/core/tables/sheet-layout";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { insertPlanTable, InsertRequest } from "../../../src/excel/tables/insert-table";
import { WriteFailedError } from "../../../src/excel/safe-write/write-failed";
import { FakeBook } from "../../fakes/excel";
import { expectEachFailureUndone } from "./fail-each-command";

/*
 * Excel does not roll back a failed batch: the commands before the failing one stay applied ("Error handling with the
 * application-specific JavaScript APIs", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling,
 * and GUIDE §4). So each command of an insert is failed in turn, and the workbook afterwards must be exactly as before,
 * and the user told so (issue 13, finding 1).
 */

const lookup = planLookup();
const plan = (id: string) => lookup.catalog.plans.find((doc) => doc.id === id) as PlanDocument;
const layoutOf = (tableId: string, mode: "values" | "formulas" = "values"): SheetLayout =>
  layoutTable(lookup, plan("jiangbei-2023-38"), tableId, { locale: "zh", mode, footnotes: true });

function insert(book: FakeBook, request: Partial<InsertRequest>) {
  return book.run((context) =>
    insertPlanTable(context as unknown as Excel.RequestContext, {
      layout: layoutOf("a1"),
      destination: "selection",
      formulas: false,
      locale: "zh",
      ...request,
    })
  );
}

/** A sheet with the user's figures in A1:B2, and the selection at D1 (a block starting in row 1 freezes panes). */
function userBook(): FakeBook {
  const book = new FakeBook();
  book.sheet("Sheet1").setEntry(0, 0, "街镇");
  book.sheet("Sheet1").setEntry(1, 1, 12);
  book.selection = { sheet: "Sheet1", rect: { row: 0, column: 3, rows: 1, columns: 1 } };
  return book;
}

/** userBook with the table inserted once at D1, then the selection moved: the next insert updates that copy. */
async function bookWithCopy(): Promise<FakeBook> {
  const book = userBook();
  await insert(book, { layout: layoutOf("a1", "formulas"), formulas: true, locale: "en" });
  book.selection = { sheet: "Sheet1", rect: { row: 60, column: 0, rows: 1, columns: 1 } };
  return book;
}

const failEach = (setup: () => Promise<FakeBook> | FakeBook, request: Partial<InsertRequest>) =>
  expectEachFailureUndone(setup, (book) => insert(book, request), 6);

describe("a failed insert is undone, whichever command fails", () => {
  test("at the selection", async () => {
    await failEach(userBook, {});
  });

  test("into a new sheet: the sheet goes too", async () => {
    await failEach(userBook, { destination: "new-sheet" });
  });

  test("an update in place: the earlier copy, its table and its name come back", async () => {
    await failEach(bookWithCopy, {
      layout: layoutOf("a1", "formulas"),
      formulas: true,
      locale: "en",
    });
  });

  test("a failure of the undo itself is reported as not undone", async () => {
    const book = userBook();
    // The third command of the write batch fails, then the first command of the undo batch.
    let failures = 0;
    book.failCommand(3);
    const original = book.shouldFail.bind(book);
    book.shouldFail = (label: string) => {
      const hit = original(label);
      if (hit && ++failures === 1) book.failCommand(1);
      return hit;
    };
    const failure = await insert(book, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WriteFailedError);
    expect((failure as WriteFailedError).undone).toBe(false);
    expect((failure as WriteFailedError).message).toMatch(/未能完全撤销/);
  });
});
