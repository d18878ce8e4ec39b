import { readdirSync, readFileSync } from "fs";
import { basename, join } from "path";
import * as ts from "typescript";
import type { BookSeed } from "../fakes/excel";

const FAKE_DIR = join(__dirname, "..", "fakes", "excel");

function compileFile(path: string): string {
  return ts.transpileModule(readFileSync(path, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
}

/** Each module of the fake, compiled to CommonJS, as the body of a function(exports, require). */
function fakeModules(): string {
  const entries = readdirSync(FAKE_DIR)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => {
      const compiled = compileFile(join(FAKE_DIR, file));
      return `${JSON.stringify(`./${basename(file, ".ts")}`)}: (exports, require) => {\n${compiled}\n}`;
    });
  return `{\n${entries.join(",\n")}\n}`;
}

/**
 * The script that makes the page an Excel host: the same recording fake the unit tests use (test/fakes/excel/, each
 * module compiled here and linked by a small CommonJS require, since the modules import only each other), exposed as
 * Excel.run, and an Office whose onReady answers "Excel". office.js still loads, but the page's Office and Excel stay
 * the fake's: the globals are accessors that ignore office.js's assignments. The page gets the book as
 * window.__fakeBook and the fake's module (xmlPartsOf, conditionalFormatsOf …) as window.__fakeExcel; `seed`, when
 * given, fills the book (seedBook) before the pane starts.
 * The host is a current Excel unless `sets` says otherwise: every version of ExcelApi, SharedRuntime and
 * CustomFunctionsRuntime; with `sets`, each set up to its highest version (see test/core/capabilities/hosts.ts).
 */
export function fakeOfficeScript(
  displayLanguage: string,
  seed?: BookSeed,
  sets?: Record<string, string>
): string {
  return `(() => {
    const factories = ${fakeModules()};
    const cache = {};
    const require = (name) => {
      if (!cache[name]) {
        cache[name] = {};
        factories[name](cache[name], require);
      }
      return cache[name];
    };
    const fake = require("./index");
    const book = new fake.FakeBook();
    ${seed ? `fake.seedBook(book, ${JSON.stringify(seed)});` : ""}
    window.__fakeBook = book;
    window.__fakeExcel = fake;
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
