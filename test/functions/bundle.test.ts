import { readFileSync } from "fs";
import { join } from "path";
import { runBuiltBundle } from "./built-bundle";
import { CustomFunction, ERROR_CODES, errorOf, StubRuntime } from "./stub-runtime";

/* What ships is what is tested: the built bundle, run as Excel's runtime runs it (built-bundle.ts). */

const IDS = ["TARGET", "BASELINE", "TARGETS", "TABLE", "UNITS", "PACE", "RATE", "STATUS", "SOURCE"];

const loadBundle = (displayLanguage: string): StubRuntime =>
  runBuiltBundle(displayLanguage).runtime;

const zh = loadBundle("zh-CN");
const en = loadBundle("en-US");

function fn(runtime: StubRuntime, id: string): CustomFunction {
  const associated = runtime.associated.get(id);
  if (!associated) throw new Error(`${id} is not associated`);
  return associated;
}

/** PLAN.<id>(...) as Excel calls it: every argument given, optional ones left out as null. */
const call =
  (runtime: StubRuntime, id: string) =>
  (...args: unknown[]): unknown =>
    fn(runtime, id)(...args);

test("the bundle associates exactly the nine ids, with functions", () => {
  expect([...zh.associated.keys()].sort()).toEqual([...IDS].sort());
  for (const id of IDS) expect(typeof fn(zh, id)).toBe("function");
});

test("the bundle's ids are those of the shipped metadata", () => {
  const metadata = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "dist", "functions.json"), "utf8")
  ) as { functions: { id: string }[] };
  expect(metadata.functions.map((entry) => entry.id).sort()).toEqual([...IDS].sort());
});

describe("each function, through the bundle", () => {
  const TARGET = call(zh, "TARGET");

  test("TARGET: a district, a unit by its short name, a year as text or a date serial, a document", () => {
    expect(TARGET("江北区", "高新技术企业", 2025, null, null)).toBe(442);
    expect(TARGET("江北", "高企", "2025年", "观音桥", null)).toBe(100);
    expect(TARGET("江北", "高企", 45838, "观音桥街道", null)).toBe(100);
    expect(TARGET("永川", "高企", 2025, null, "永川府办发〔2021〕66号")).toBe(300);
  });

  test("BASELINE", () => {
    expect(call(zh, "BASELINE")("江北", "科技型企业", null, null)).toBe(1692);
    expect(call(zh, "BASELINE")("江北", "高企", "观音桥", null)).toBe(72);
    expect(call(zh, "BASELINE")("永川", "高企", null, "永川府办发〔2021〕66号")).toBe(163);
  });

  test("TARGETS spills two rows: years, then targets", () => {
    expect(call(zh, "TARGETS")("永川", "高企", null, null)).toEqual([
      [2023, 2024, 2025, 2026, 2027],
      [280, 350, 420, 510, 600],
    ]);
    expect(call(zh, "TARGETS")("巫溪", "科技型企业", null, null)).toEqual([
      [2025, 2027],
      [180, 260],
    ]);
  });

  test("TABLE spills the table as published, header first", () => {
    const table = call(zh, "TABLE")("江北", "高企", null) as unknown[][];
    expect(table[0]).toEqual([
      "序号",
      "街 镇",
      "2022年 实际数",
      "2023年目标数",
      "2024年目标数",
      "2025年目标数",
      "2026 年目标数",
      "2027年目标数",
    ]);
    expect(table[3]).toEqual(["3", "观音桥街道", 72, 81, 89, 100, 110, 120]);
    expect(table.map((row) => row[1])).toEqual(
      expect.arrayContaining(["小计", "市级下达目标", "合计"])
    );
    expect(table[table.length - 1]).toEqual(["", "合计", 321, 361, 397, 442, 486, 530]);
    expect(new Set(table.map((row) => row.length))).toEqual(new Set([8]));
  });

  test("UNITS spills the units down, in the document's order, without 小计 or 合计", () => {
    const units = call(zh, "UNITS")("江北", "科技型企业", null) as string[][];
    expect(units).toHaveLength(12);
    expect(units[0]).toEqual(["石马河街道"]);
    expect(units[11]).toEqual(["复盛镇"]);
    expect(units.flat()).not.toContain("小计");
  });

  test("PACE by each method", () => {
    const PACE = call(zh, "PACE");
    // 2025-06-30 is day 181 of 365; 江北区 high-tech: 2024 target 397, 2025 target 442.
    expect(PACE("江北", "高企", "2025-06-30", null, null, null)).toBeCloseTo(
      397 + (45 * 181) / 365,
      9
    );
    expect(PACE("江北", "高企", "2025-06-30", null, "按天", null)).toBeCloseTo(
      (442 * 181) / 365,
      9
    );
    expect(PACE("江北", "高企", "2025-06-30", null, "months", null)).toBeCloseTo(221, 9);
    expect(PACE("江北", "高企", "2025-12-31", null, null, null)).toBe(442);
  });

  test("RATE", () => {
    expect(call(zh, "RATE")(221, "江北", "高企", 2025, null, null)).toBeCloseTo(0.5, 12);
  });

  test("STATUS in the display language", () => {
    expect(call(zh, "STATUS")(442, "江北", "高企", "2025-06-30", null, null)).toBe("达标");
    expect(call(zh, "STATUS")(420, "江北", "高企", "2025-06-30", null, null)).toBe("序时达标");
    expect(call(en, "STATUS")(400, "江北", "高企", "2025-06-30", null, null)).toBe("Behind");
    expect(call(en, "STATUS")(300, "江北", "高企", "2025-06-30", null, null)).toBe("Far behind");
  });

  test("SOURCE in the display language", () => {
    expect(call(zh, "SOURCE")("江北", "高企", 2025, "观音桥", null)).toBe(
      "江北府办发〔2023〕38号（2023-06-09）附件1《江北区高新技术企业培育目标任务分解表》，“观音桥街道”行“2025年目标数”列：100家"
    );
    expect(call(en, "SOURCE")("江北", "新上市企业", null, null, null)).toBe(
      "江北府办发〔2023〕38号 (2023-06-09), text: “力争每年上市企业1-2家”"
    );
  });
});

describe("errors through the bundle are CustomFunctions.Error, in the display language", () => {
  test.each([
    [
      "zh-CN",
      zh,
      "单位“小计”不明确，请写全名：小计1（石马河街道…五宝镇）、小计2（郭家沱街道…复盛镇）。",
    ],
    [
      "en-US",
      en,
      'The unit "小计" is ambiguous; write one of: 小计1（石马河街道…五宝镇）, 小计2（郭家沱街道…复盛镇）.',
    ],
  ])("%s", (_language, runtime, message) => {
    const error = errorOf(() => call(runtime, "TARGET")("江北", "高企", 2025, "小计", null));
    expect(error).toBeInstanceOf(runtime.CustomFunctions.Error);
    expect(error.code).toBe(ERROR_CODES.notAvailable);
    expect(error.message).toBe(message);
  });

  test("every function reports a bad argument with #VALUE! and a message", () => {
    const bad: [string, unknown[], string][] = [
      ["TARGET", ["江北", "高企", true, null, null], "年份“true”无效"],
      ["BASELINE", ["江北", "", null, null], "指标（空）无效"],
      ["TARGETS", ["", "高企", null, null], "区县（空）无效"],
      ["TABLE", ["江北", 7, null], "指标“7”无效"],
      ["UNITS", [false, "高企", null], "区县“false”无效"],
      ["PACE", ["江北", "高企", "2025-06-31", null, null, null], "日期“2025-06-31”无效"],
      ["RATE", ["多", "江北", "高企", 2025, null, null], "数值“多”无效"],
      ["STATUS", [1, "江北", "高企", false, null, null], "日期“false”无效"],
      ["SOURCE", ["江北", "高企", "去年", null, null], "年份“去年”无效"],
    ];
    for (const [id, args, words] of bad) {
      const error = errorOf(() => call(zh, id)(...args));
      expect([id, error.code]).toEqual([id, ERROR_CODES.invalidValue]);
      expect(error.message).toContain(words);
    }
  });

  test("every function reports a name it does not know with #N/A and candidates", () => {
    const unknown: [string, unknown[]][] = [
      ["TARGET", ["江北", "高企", 2025, "解放碑", null]],
      ["BASELINE", ["江北", "高企", "解放碑", null]],
      ["TARGETS", ["江北", "高企", "解放碑", null]],
      ["TABLE", ["江碑", "高企", null]],
      ["UNITS", ["江北", "高科", null]],
      ["PACE", ["江北", "高企", "2025-06-30", "解放碑", null, null]],
      ["RATE", [1, "江北", "高企", 2025, "解放碑", null]],
      ["STATUS", [1, "江北", "高企", "2025-06-30", "解放碑", null]],
      ["SOURCE", ["江北", "高企", 2025, "解放碑", null]],
    ];
    for (const [id, args] of unknown) {
      const error = errorOf(() => call(en, id)(...args));
      expect([id, error.code]).toEqual([id, ERROR_CODES.notAvailable]);
      expect(error.message).toMatch(/^No (unit|district|indicator) ".+"\. Did you mean: .+\?$/);
    }
  });
});
