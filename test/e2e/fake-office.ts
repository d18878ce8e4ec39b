import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import type { BookSeed } from "../fakes/excel-fake";

/**
 * The script that makes the page an Excel host: the same recording fake the unit tests use (test/fakes/excel-fake.ts,
 * compiled here, with the additions of presentation-fake.ts and submission-fake.ts), exposed as Excel.run, and an Office whose onReady answers "Excel". office.js still loads, but the
 * page's Office and Excel stay the fake's: the globals are accessors that ignore office.js's assignments.
 * The page gets the book as window.__fakeBook and the fake's module (conditionalFormatsOf, chartsOf …) as
 * window.__fakeExcel; `seed`, when given, fills the book (seedBook) before the pane starts.
 * The host is a current Excel: it supports every ExcelApi requirement set.
 */
export function fakeOfficeScript(displayLanguage: string, seed?: BookSeed): string {
  const compile = (file: string) =>
    ts.transpileModule(readFileSync(join(__dirname, "..", "fakes", file), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    }).outputText;
  // The additions each in a block of their own, so that their private names cannot clash with one another's.
  const compiled = [
    compile("excel-fake.ts"),
    ...["presentation-fake.ts", "submission-fake.ts"].map((file) => `{\n${compile(file)}\n}`),
  ].join("\n");
  return `(() => {
    const exports = {};
    ${compiled}
    exports.installPresentationFake(exports);
    exports.installSubmissionFake(exports);
    const book = new exports.FakeBook();
    ${seed ? `exports.seedBook(book, ${JSON.stringify(seed)});` : ""}
    window.__fakeBook = book;
    window.__fakeExcel = exports;
    const office = Object.freeze({
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: Object.freeze({
        displayLanguage: ${JSON.stringify(displayLanguage)},
        requirements: Object.freeze({ isSetSupported: (name) => name === "ExcelApi" }),
      }),
      HostType: Object.freeze({ Excel: "Excel" }),
    });
    const excel = Object.freeze({ run: (batch) => book.run(batch) });
    Object.defineProperty(window, "Office", { get: () => office, set: () => undefined });
    Object.defineProperty(window, "Excel", { get: () => excel, set: () => undefined });
  })();`;
}
