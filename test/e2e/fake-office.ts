import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import type { BookSeed } from "../fakes/excel-fake";

/**
 * The script that makes the page an Excel host: the same recording fake the unit tests use (test/fakes/excel-fake.ts,
 * compiled here), exposed as Excel.run, and an Office whose onReady answers "Excel". office.js still loads, but the
 * page's Office and Excel stay the fake's: the globals are accessors that ignore office.js's assignments.
 * The page gets the book as window.__fakeBook and the fake's module (conditionalFormatsOf, chartsOf …) as
 * window.__fakeExcel; `seed`, when given, fills the book (seedBook) before the pane starts.
 * The host is a current Excel unless `sets` says otherwise: every version of ExcelApi, SharedRuntime and
 * CustomFunctionsRuntime; with `sets`, each set up to its highest version (see test/core/capabilities/hosts.ts).
 */
export function fakeOfficeScript(
  displayLanguage: string,
  seed?: BookSeed,
  sets?: Record<string, string>
): string {
  const source = readFileSync(join(__dirname, "..", "fakes", "excel-fake.ts"), "utf8");
  const compiled = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return `(() => {
    const exports = {};
    ${compiled}
    const book = new exports.FakeBook();
    ${seed ? `exports.seedBook(book, ${JSON.stringify(seed)});` : ""}
    window.__fakeBook = book;
    window.__fakeExcel = exports;
    const office = Object.freeze({
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: Object.freeze({
        displayLanguage: ${JSON.stringify(displayLanguage)},
        requirements: Object.freeze({ isSetSupported: (name, version) => {
          const sets = ${JSON.stringify(sets ?? null)};
          if (!sets) return ["ExcelApi", "SharedRuntime", "CustomFunctionsRuntime"].includes(name);
          if (!(name in sets)) return false;
          const [major, minor] = String(version).split(".").map(Number);
          const [topMajor, topMinor] = sets[name].split(".").map(Number);
          return major < topMajor || (major === topMajor && minor <= topMinor);
        } }),
      }),
      HostType: Object.freeze({ Excel: "Excel" }),
    });
    const excel = Object.freeze({ run: (batch) => book.run(batch) });
    Object.defineProperty(window, "Office", { get: () => office, set: () => undefined });
    Object.defineProperty(window, "Excel", { get: () => excel, set: () => undefined });
  })();`;
}
