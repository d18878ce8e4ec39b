import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { FunctionsMetadata } from "../../src/functions/localize-metadata";
import { namingProblems } from "../../src/functions/metadata-rules";
import { schemaProblems, SCHEMA_VERSION } from "./custom-functions-schema";

/* Both metadata files Excel reads pass Microsoft's JSON schema for custom functions and its naming rules, keep
   every function's name equal to its id, and set allowCustomDataForDataTypeAny on purpose. Sources:
   - schema: @microsoft/app-manifest, MicrosoftTeams.schema.json, definitions extensionCustomFunctions and
     extensionFunction (id: ^[a-zA-Z][a-zA-Z0-9._]*$, name: ^[\p{L}][\p{L}0-9._]*$, both 3 to 64 characters);
   - naming: "Custom functions naming and localization" (learn.microsoft.com/office/dev/add-ins/excel/
     custom-functions-naming): start with a letter, at least three characters, not a cell reference;
   - "Manually create JSON metadata for custom functions" (custom-functions-json): allowCustomDataForDataTypeAny. */

const ROOT = join(__dirname, "..", "..");
const FILES = ["functions.json", "functions-zh-cn.json"];

function readDist(file: string): FunctionsMetadata {
  const path = join(ROOT, "dist", file);
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run build\` first (npm test does).`);
  return JSON.parse(readFileSync(path, "utf8")) as FunctionsMetadata;
}

/** The shipped metadata with the first function renamed (and, unless told, its id left alone). */
function renamed(name: string, id?: string): FunctionsMetadata {
  const metadata = readDist("functions-zh-cn.json");
  const [first, ...rest] = metadata.functions;
  return { ...metadata, functions: [{ ...first, name, id: id ?? first.id }, ...rest] };
}

describe.each(FILES)("dist/%s", (file) => {
  const metadata = readDist(file);

  test(`passes Microsoft's schema for custom functions (@microsoft/app-manifest ${SCHEMA_VERSION})`, () => {
    expect(schemaProblems(metadata as never)).toEqual([]);
  });

  test("passes the naming rules: every name is its id, a letter then two or more of A–Z, 0–9, _ and .", () => {
    expect(namingProblems(metadata)).toEqual([]);
    for (const fn of metadata.functions) expect(fn.name).toBe(fn.id);
  });

  test("does not let data types into the functions: allowCustomDataForDataTypeAny is false, written out", () => {
    expect(metadata.allowCustomDataForDataTypeAny).toBe(false);
  });
});

describe("a bad name is caught", () => {
  test("a two-character Chinese name, as 目标 was: by the schema and by the rules", () => {
    const bad = renamed("目标");
    expect(schemaProblems(bad as never)).toEqual([
      "/functions/0/name: must NOT have fewer than 3 characters",
    ]);
    expect(namingProblems(bad)).toEqual([
      'name "目标": a letter, then at least two letters, digits, "_" or "."',
      'name "目标" differs from its id TARGET',
    ]);
  });

  test("a name or id that starts with a digit or holds a space", () => {
    const bad = renamed("2TARGET", "MY TARGET");
    expect(schemaProblems(bad as never)).toEqual([
      '/functions/0/id: must match pattern "^[a-zA-Z][a-zA-Z0-9._]*$"',
      '/functions/0/name: must match pattern "^[\\p{L}][\\p{L}0-9._]*$"',
    ]);
    expect(namingProblems(bad)).toEqual([
      'id "MY TARGET": a letter, then at least two of A–Z, 0–9, "_" or "."',
      'name "2TARGET": a letter, then at least two letters, digits, "_" or "."',
      'name "2TARGET" differs from its id MY TARGET',
    ]);
  });

  test("a name that reads as a cell reference, which the schema lets through", () => {
    const bad = renamed("ABC123", "ABC123");
    expect(schemaProblems(bad as never)).toEqual([]);
    expect(namingProblems(bad)).toEqual(['name "ABC123" reads as a cell reference']);
    expect(namingProblems(renamed("R1C1", "R1C1"))).toEqual([
      'name "R1C1" reads as a cell reference',
    ]);
  });

  test("a translated name that the rules allow but our formulas would not resolve", () => {
    const bad = renamed("目标值");
    expect(schemaProblems(bad as never)).toEqual([]);
    expect(namingProblems(bad)).toEqual(['name "目标值" differs from its id TARGET']);
  });
});
