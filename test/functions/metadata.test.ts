import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  FunctionsMetadata,
  localizeMetadata,
  TranslationTable,
} from "../../src/functions/localize-metadata";

/* The metadata Excel reads: dist/functions.json (from the JSDoc) and dist/functions-zh-cn.json (generated from it
   and src/functions/functions.zh-cn.json at build). They must describe the same functions, differing only in the
   words of descriptions and parameters. metadata-rules.test.ts checks them against Microsoft's schema and rules. */

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
  repeating?: boolean;
}

interface Entry {
  id: string;
  name: string;
  description?: string;
  options?: Record<string, unknown>;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

const ROOT = join(__dirname, "..", "..");
const CHINESE = /[\u4e00-\u9fff]/;

function readDist(file: string): Entry[] {
  const path = join(ROOT, "dist", file);
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run build\` first (npm test does).`);
  return (JSON.parse(readFileSync(path, "utf8")) as { functions: Entry[] }).functions;
}

const english = readDist("functions.json");
const chinese = readDist("functions-zh-cn.json");

/** Everything but the words. */
function shape(entry: Entry): unknown {
  return {
    id: entry.id,
    options: entry.options ?? {},
    result: entry.result,
    parameters: entry.parameters.map((parameter) => ({
      type: parameter.type,
      optional: parameter.optional ?? false,
      dimensionality: parameter.dimensionality ?? "scalar",
      repeating: parameter.repeating ?? false,
    })),
  };
}

describe("every locale file describes the same functions", () => {
  test("the nine ids, in the same order", () => {
    const ids = [
      "TARGET",
      "BASELINE",
      "TARGETS",
      "TABLE",
      "UNITS",
      "PACE",
      "RATE",
      "STATUS",
      "SOURCE",
    ];
    expect(english.map((entry) => entry.id)).toEqual(ids);
    expect(chinese.map((entry) => entry.id)).toEqual(ids);
  });

  test.each(english.map((entry, index) => [entry.id, entry, chinese[index]] as const))(
    "%s: same parameters, options and result",
    (_id, en, zh) => {
      expect(shape(zh)).toEqual(shape(en));
    }
  );

  test("spills are matrices; optional arguments are those the issue names", () => {
    const optional = (entry: Entry) =>
      entry.parameters.filter((parameter) => parameter.optional).map((parameter) => parameter.name);
    const byId = new Map(english.map((entry) => [entry.id, entry]));
    expect(optional(byId.get("TARGET") as Entry)).toEqual(["unit", "document"]);
    expect(optional(byId.get("PACE") as Entry)).toEqual(["unit", "method", "document"]);
    expect(optional(byId.get("SOURCE") as Entry)).toEqual(["year", "unit", "document"]);
    for (const id of ["TARGETS", "TABLE", "UNITS"])
      expect(byId.get(id)?.result.dimensionality).toBe("matrix");
  });
});

describe("words", () => {
  test("names are the ids in both languages: a formula written in one Excel resolves in every other", () => {
    for (const entry of [...english, ...chinese]) expect(entry.name).toBe(entry.id);
  });

  test.each(english.map((entry, index) => [entry.id, entry, chinese[index]] as const))(
    "%s: the function and every parameter are described in both languages",
    (_id, en, zh) => {
      for (const [entry, language] of [
        [en, "en"],
        [zh, "zh"],
      ] as const) {
        const texts = [
          entry.description,
          ...entry.parameters.map((parameter) => parameter.description),
        ];
        for (const text of texts) {
          expect(text?.trim()).toBeTruthy();
          if (language === "zh") expect(text).toMatch(CHINESE);
        }
      }
      const zhNames = zh.parameters.map((parameter) => parameter.name);
      for (const name of zhNames) expect(name).toMatch(CHINESE);
      expect(new Set(zhNames).size).toBe(zhNames.length);
    }
  );

  /** The description with JSDoc's line breaks folded into spaces. */
  const described = (entries: Entry[], id: string) =>
    ((entries.find((entry) => entry.id === id) as Entry).description as string).replace(
      /\s+/g,
      " "
    );

  test("PACE states each formula", () => {
    expect(described(english, "PACE")).toMatch(
      /last year-end figure \+ \(this year's target − last year-end\) × days elapsed ÷ days in the year/
    );
    expect(described(english, "PACE")).toContain("target × days elapsed ÷ days in the year");
    expect(described(english, "PACE")).toContain("target × month ÷ 12");
    expect(described(chinese, "PACE")).toContain(
      "上年末数 +（本年目标 − 上年末数）× 已过天数 ÷ 全年天数"
    );
    expect(described(chinese, "PACE")).toContain("本年目标 × 已过天数 ÷ 全年天数");
    expect(described(chinese, "PACE")).toContain("本年目标 × 月份 ÷ 12");
  });

  test("STATUS states its thresholds", () => {
    expect(described(english, "STATUS")).toMatch(/below pace by under 10 percentage points/);
    expect(described(chinese, "STATUS")).toContain("低于序时进度10个百分点及以上");
  });

  test("TARGET says a target stated without a year is not looked up by year", () => {
    expect(described(english, "TARGET")).toMatch(/without a year[\s\S]*PLAN\.SOURCE/);
    expect(described(chinese, "TARGET")).toContain("未写年份的目标");
  });
});

describe("localizeMetadata, case by case (test/functions/cases/<case>)", () => {
  const casesDir = join(__dirname, "cases");
  const read = (name: string, file: string): unknown =>
    JSON.parse(readFileSync(join(casesDir, name, file), "utf8"));
  const cases = readdirSync(casesDir).sort();

  test("there are cases of each kind", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "translates",
        "missing-function",
        "extra-function",
        "missing-parameter",
        "extra-parameter",
        "translated-name",
      ])
    );
  });

  test.each(cases)("%s", (name) => {
    const metadata = read(name, "metadata.json") as FunctionsMetadata;
    const table = read(name, "translation.json") as TranslationTable;
    const errorFile = join(casesDir, name, "error.txt");
    if (existsSync(errorFile)) {
      expect(() => localizeMetadata(metadata, table)).toThrow(
        readFileSync(errorFile, "utf8").trim()
      );
    } else {
      expect(localizeMetadata(metadata, table)).toEqual(read(name, "expected.json"));
    }
  });

  test("the shipped translation table localizes the shipped metadata", () => {
    const metadata = JSON.parse(
      readFileSync(join(ROOT, "dist", "functions.json"), "utf8")
    ) as FunctionsMetadata;
    const table = JSON.parse(
      readFileSync(join(ROOT, "src", "functions", "functions.zh-cn.json"), "utf8")
    ) as TranslationTable;
    expect(localizeMetadata(metadata, table)).toEqual(
      JSON.parse(readFileSync(join(ROOT, "dist", "functions-zh-cn.json"), "utf8"))
    );
  });
});
