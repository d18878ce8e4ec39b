import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import type { BookSeed } from "../fakes/excel-fake";
import { fakeOfficeScript } from "./fake-office";

function compiled(file: string): string {
  return ts.transpileModule(readFileSync(join(__dirname, "..", "fakes", file), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
}

/**
 * The Excel host of fake-office.ts with custom XML parts too (test/fakes/custom-xml-fake.ts, which imports the fake's
 * module: here, the page's window.__fakeExcel). The page gets the parts' module as window.__fakeXml.
 */
export function fakeOfficeWithPartsScripts(displayLanguage: string, seed: BookSeed): string[] {
  return [
    fakeOfficeScript(displayLanguage, seed),
    `(() => {
      const exports = {};
      const require = () => window.__fakeExcel;
      ${compiled("custom-xml-fake.ts")}
      window.__fakeXml = exports;
    })();`,
  ];
}
