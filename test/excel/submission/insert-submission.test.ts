import { planLookup } from "../../../src/core/catalog/embedded";
import { buildSubmission } from "../../../src/core/submission/build-submission";
import { insertSubmissionSheet } from "../../../src/excel/submission/insert-submission";
import { FakeBook } from "../../fakes/excel";
import { contentsOf, expectEachFailureUndone } from "../safe-write/fail-each-command";
import { REQUEST } from "../../core/submission/jiangbei-submission-fixture";

const plan = buildSubmission(planLookup(), REQUEST);

function insert(book: FakeBook, sheetSpec = plan) {
  return book.run((context) =>
    insertSubmissionSheet(context as unknown as Excel.RequestContext, sheetSpec, "zh")
  );
}

describe("insertSubmissionSheet against the recording fake", () => {
  test("writes the plan into a new sheet in two syncs: formulas, formats, inputs, rules, print setup", async () => {
    const book = new FakeBook();
    book.sheet("Sheet1").setEntry(0, 0, "mine");
    const outcome = await insert(book);
    expect(book.syncCount).toBe(2);
    expect(outcome.sheet).toBe(plan.name);
    const last = `${String.fromCharCode(64 + plan.cells[0].length)}${plan.cells.length}`;
    expect(outcome.address).toBe(`'${plan.name}'!A1:${last}`);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", plan.name]);
    expect(book.sheet("Sheet1").written()).toEqual({ A1: "mine" });
    const sheet = book.sheet(plan.name);
    const rect = { row: 0, column: 0, rows: plan.cells.length, columns: plan.cells[0].length };
    expect(sheet.grid(rect, (cell) => cell.formula || cell.value)).toEqual(
      plan.cells.map((row) => row.map((cell) => cell ?? ""))
    );
    expect(sheet.grid(rect, (cell) => cell.numberFormat)).toEqual(
      plan.numberFormats.map((row) => row.map((format) => format ?? "General"))
    );
    expect(book.log).toContain("range.formulas");
    expect(book.log).not.toContain("range.formulasLocal");
    const rules = book.conditionalFormats;
    expect(rules.map((rule) => [rule.type, rule.formula, rule.fill])).toEqual(
      plan.rules.map((rule) => ["Custom", rule.formula, rule.fill])
    );
    const ruleCells = book.validations.filter((entry) => entry.property === "rule");
    expect(ruleCells.map((entry) => entry.rect)).toEqual(plan.inputs.boxes);
    expect(ruleCells[0].value).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(book.validations.find((entry) => entry.property === "errorAlert")?.value).toMatchObject({
      showAlert: true,
      style: "Stop",
      message: plan.inputs.message,
    });
    expect(book.presentation.pageLayouts.get(plan.name)).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printTitleRows: { row: 2, column: 0, rows: 2, columns: plan.cells[0].length },
    });
    expect(sheet.frozenRows).toBe(4);
    expect(book.activeSheet).toBe(plan.name);
    expect(book.protectedSheets.size).toBe(0);
  });

  test("protection leaves only the inputs editable", async () => {
    const book = new FakeBook();
    await insert(book, { ...plan, protect: true });
    expect(book.protectedSheets.has(plan.name)).toBe(true);
    expect(book.unlocked.map((entry) => entry.rect)).toEqual(plan.inputs.boxes);
  });

  test("never over anything: a sheet of the same name gets the next free name", async () => {
    const book = new FakeBook();
    await insert(book);
    const second = await insert(book);
    expect(second.sheet).toBe(`${plan.name} (2)`);
    expect(book.sheets).toHaveLength(3);
  });

  test("a batch that fails part-way is undone by deleting the new sheet, and the user is told so", async () => {
    const book = new FakeBook();
    book.failCommand((label) => label === "dataValidation.rule");
    await expect(insert(book)).rejects.toThrow(/已撤销本次写入，工作表保持原样/);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    expect(book.syncCount).toBe(4);
  });

  test("whichever command fails, the workbook is as before (issue 22)", async () => {
    const count = await expectEachFailureUndone(
      () => new FakeBook(),
      (book) => insert(book),
      100,
      (book) => ({ contents: contentsOf(book), protectedSheets: [...book.protectedSheets.keys()] })
    );
    expect(count).toBeGreaterThan(100);
  });
});
