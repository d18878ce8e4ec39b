import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as ts from "typescript";

/*
 * src/core compiles with its own tsconfig, which leaves out the DOM and the Office types: `npm run typecheck` runs
 * it, so core code that touches `document`, `window` or `Office` does not build. This test proves the settings bite.
 */
const CONFIG = join(__dirname, "..", "..", "src", "core", "tsconfig.json");

function coreOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    }
  );
  if (!parsed) throw new Error(`cannot read ${CONFIG}`);
  return parsed.options;
}

function errorsOf(source: string): string[] {
  const file = join(mkdtempSync(join(tmpdir(), "core-types-")), "probe.ts");
  writeFileSync(file, source);
  const program = ts.createProgram([file], { ...coreOptions(), noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, " "));
}

describe("the core's compiler settings", () => {
  it("have no DOM library and no ambient types", () => {
    const options = coreOptions();
    expect(options.lib?.some((lib) => /dom/i.test(lib))).toBe(false);
    expect(options.types).toEqual([]);
    expect(options.strict).toBe(true);
  });

  it("reject the DOM and Office globals", () => {
    const errors = errorsOf(
      "export const a = document.title;\nexport const b = window.name;\nexport const c = Office.context;\n"
    );
    expect(errors).toEqual([
      expect.stringContaining("'document'"),
      expect.stringContaining("'window'"),
      expect.stringContaining("'Office'"),
    ]);
  });

  it("accept plain TypeScript", () => {
    expect(errorsOf("export const total = [1, 2, 3].reduce((a, b) => a + b, 0);\n")).toEqual([]);
  });
});
