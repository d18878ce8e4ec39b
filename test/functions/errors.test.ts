import * as PLAN from "../../src/functions/functions";
import { ERROR_CODES, errorOf, installStubRuntime, isStubError, OMITTED } from "./stub-runtime";

/* Every way a call can fail, through the functions Excel calls, in both languages: a CustomFunctions.Error whose
   code says what kind of problem it is (#VALUE! a wrong argument, #N/A nothing to give) and whose message says
   what to type instead. */

const runtime = installStubRuntime();
const { invalidValue, notAvailable } = ERROR_CODES;

/** Argument lists: optional arguments left out arrive as null, as Excel passes them. */
type Call = () => unknown;

interface Expected {
  code: (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
  zh: string[];
  en: string[];
}

function expectFailure(call: Call, expected: Expected): void {
  for (const [language, locale] of [
    ["zh-CN", "zh"],
    ["en-US", "en"],
  ] as const) {
    runtime.Office.context.displayLanguage = language;
    const error = errorOf(call);
    expect(error.code).toBe(expected.code);
    for (const words of expected[locale]) expect(error.message).toContain(words);
  }
}

afterAll(() => {
  runtime.Office.context.displayLanguage = "zh-CN";
});

describe("unknown names list the nearest candidates", () => {
  test("region", () => {
    expectFailure(() => PLAN.target("永州", "高企", 2025, OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["未找到区县“永州”", "是否要找：", "永川区"],
      en: ['No district "永州"', "Did you mean:", "永川区"],
    });
  });

  test("indicator", () => {
    expectFailure(() => PLAN.baseline("江北", "高科技", OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["未找到指标“高科技”", "高新技术企业"],
      en: ['No indicator "高科技"', "高新技术企业"],
    });
  });

  test("unit", () => {
    expectFailure(() => PLAN.target("江北", "高企", 2025, "观音桥镇政府", OMITTED), {
      code: notAvailable,
      zh: ["未找到单位“观音桥镇政府”", "是否要找："],
      en: ['No unit "观音桥镇政府"', "Did you mean:"],
    });
  });

  test("document, quoted as typed and answered with the region's documents", () => {
    expectFailure(() => PLAN.target("永川", "高企", 2025, OMITTED, "永川府办发〔2022〕66号"), {
      code: notAvailable,
      zh: [
        "未找到文件“永川府办发〔2022〕66号”",
        "永川府办发〔2021〕66号",
        "永川府办发〔2023〕26号",
      ],
      en: ['No document "永川府办发〔2022〕66号"', "永川府办发〔2021〕66号"],
    });
  });

  test("a document of another district is unknown in this one", () => {
    expectFailure(() => PLAN.table("江北", "高企", "永川府办发〔2023〕26号"), {
      code: notAvailable,
      zh: ["未找到文件", "江北府办发〔2023〕38号"],
      en: ["No document", "江北府办发〔2023〕38号"],
    });
  });
});

describe("ambiguous names list every choice", () => {
  test("江北区 has two 小计 rows; the message names each with its group", () => {
    expectFailure(() => PLAN.target("江北", "科技型企业", 2025, "小计", OMITTED), {
      code: notAvailable,
      zh: ["单位“小计”不明确", "小计1（石马河街道…五宝镇）", "小计2（郭家沱街道…复盛镇）"],
      en: [
        'The unit "小计" is ambiguous',
        "小计1（石马河街道…五宝镇）",
        "小计2（郭家沱街道…复盛镇）",
      ],
    });
  });

  test("a choice copied from the message resolves to that row", () => {
    expect(PLAN.target("江北", "科技型企业", 2025, "小计2（郭家沱街道…复盛镇）", OMITTED)).toBe(
      244
    );
    expect(PLAN.target("江北", "科技型企业", 2025, "第1组小计", OMITTED)).toBe(2373);
  });

  test("三教 is a town and a park in the R&D table", () => {
    expectFailure(() => PLAN.target("永川", "研发投入", 2025, "三教", OMITTED), {
      code: notAvailable,
      zh: ["单位“三教”不明确", "三教镇", "三教产业促进中心"],
      en: ['The unit "三教" is ambiguous', "三教镇", "三教产业促进中心"],
    });
  });

  test("三教 is only the park in the high-tech table, where it resolves", () => {
    expect(PLAN.target("永川", "高企", 2025, "三教", OMITTED)).toBe(
      PLAN.target("永川", "高企", 2025, "三教产业促进中心", OMITTED)
    );
  });
});

describe("a year without a target names the years that have one", () => {
  test("TARGET", () => {
    expectFailure(() => PLAN.target("江北", "高企", 2030, OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["2030年没有此项目标", "有目标的年份：2023、2024、2025、2026、2027"],
      en: ["No target for 2030", "Years with a target: 2023, 2024, 2025, 2026, 2027"],
    });
  });

  test("within a named document, only that document's years", () => {
    expectFailure(() => PLAN.target("永川", "高企", 2023, OMITTED, "永川府办发〔2021〕66号"), {
      code: notAvailable,
      zh: ["2023年没有此项目标", "有目标的年份：2020、2022、2025。"],
      en: ["Years with a target: 2020, 2022, 2025."],
    });
  });

  test("RATE, PACE, STATUS and SOURCE say the same", () => {
    for (const call of [
      () => PLAN.rate(10, "巫溪", "高企", 2026, OMITTED, OMITTED),
      () => PLAN.pace("巫溪", "高企", "2026-06-30", OMITTED, "按天", OMITTED),
      () => PLAN.status(10, "巫溪", "高企", "2026-06-30", OMITTED, OMITTED),
      () => PLAN.source("巫溪", "高企", 2026, OMITTED, OMITTED),
    ]) {
      expectFailure(call, {
        code: notAvailable,
        zh: ["2026年没有此项目标", "2025、2027"],
        en: ["No target for 2026", "2025, 2027"],
      });
    }
  });

  test("a target the text states without a year points to PLAN.SOURCE", () => {
    const undated = {
      code: notAvailable,
      zh: ["“新上市企业”的目标在文件中未写年份", "PLAN.SOURCE"],
      en: ['The documents state "新上市企业" without a year', "PLAN.SOURCE"],
    };
    expectFailure(() => PLAN.target("江北", "新上市企业", 2025, OMITTED, OMITTED), undated);
    expectFailure(() => PLAN.targets("江北", "新上市企业", OMITTED, OMITTED), undated);
  });
});

describe("absent figures say where there are some", () => {
  test("an indicator the district's documents do not give", () => {
    expectFailure(() => PLAN.target("巫溪", "研发投入", 2025, OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["巫溪县没有指标“研发投入”的目标", "有目标的指标：高新技术企业、科技型企业"],
      en: [
        '巫溪县 gives no target for the indicator "研发投入"',
        "Indicators with a target: 高新技术企业",
      ],
    });
  });

  test("a unit the named document does not break down", () => {
    expectFailure(
      () => PLAN.target("永川", "高企", 2025, "三教产业促进中心", "永川府办发〔2021〕66号"),
      {
        code: notAvailable,
        zh: ["永川府办发〔2021〕66号没有单位“三教产业促进中心”的目标"],
        en: ['永川府办发〔2021〕66号 gives no target for the unit "三教产业促进中心"'],
      }
    );
  });

  test("a base-year actual the table does not have", () => {
    expectFailure(() => PLAN.baseline("永川", "研发投入", "三教镇", OMITTED), {
      code: notAvailable,
      zh: ["永川区没有单位“三教镇”的基期实际数"],
      en: ['永川区 gives no base-year actual for the unit "三教镇"'],
    });
    expectFailure(() => PLAN.baseline("綦江", "高企", OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["綦江区没有指标“高企”的基期实际数", "也没有任何指标的基期实际数"],
      en: ["綦江区 gives no base-year actual", "nor for any other indicator"],
    });
  });

  test('"/" and "-" in the document are not zero', () => {
    expectFailure(() => PLAN.baseline("永川", "高企", "区招商投资局", OMITTED), {
      code: notAvailable,
      zh: ["文件此处印为“/”（不适用）"],
      en: ['The document prints "/" (not applicable)'],
    });
    expectFailure(() => PLAN.baseline("永川", "技术合同成交额", OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["文件此处印为“-”（无数据）"],
      en: ['The document prints "-" (no data)'],
    });
  });

  test("TABLE and UNITS without a table name the indicators that have one", () => {
    expectFailure(() => PLAN.table("巫溪", "高企", OMITTED), {
      code: notAvailable,
      zh: ["巫溪县没有指标“高企”的分解表或指标表"],
      en: ['巫溪县 gives no breakdown or indicator table for the indicator "高企"'],
    });
    expectFailure(() => PLAN.units("永川", "研发强度", OMITTED), {
      code: notAvailable,
      zh: ["按单位分解的任务表", "全社会研发经费投入、高新技术企业、科技型企业"],
      en: ["breakdown table by unit", "全社会研发经费投入, 高新技术企业, 科技型企业"],
    });
  });

  test("the increment method without a previous year-end suggests the other methods", () => {
    expectFailure(() => PLAN.pace("永川", "研发投入", "2023-06-30", OMITTED, OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["没有2022年末数", "“按天”或“按月”"],
      en: ["No figure for the end of 2022", '"days" or "months"'],
    });
    expect(PLAN.pace("永川", "研发投入", "2023-06-30", OMITTED, "按月", OMITTED)).toBeCloseTo(
      367246 / 2,
      6
    );
  });
});

describe("wrong types say what was expected", () => {
  const year = {
    code: invalidValue,
    zh: ["应为年份，如 2025、“2025年”或日期"],
    en: ['expected a year such as 2025, "2025年", or a date'],
  };
  const date = {
    code: invalidValue,
    zh: ["应为日期，如 2025-06-30 或日期单元格"],
    en: ["expected a date such as 2025-06-30, or a date cell"],
  };
  const number = { code: invalidValue, zh: ["应为数字"], en: ["expected a number"] };

  test.each([true, "", Number.NaN, 0, 1899, 2025.5, "明年", "2025/13/01", null])(
    "year %p",
    (value) => {
      expectFailure(() => PLAN.target("江北", "高企", value, OMITTED, OMITTED), year);
      expectFailure(() => PLAN.rate(1, "江北", "高企", value, OMITTED, OMITTED), year);
    }
  );

  test("an empty year is shown as empty", () => {
    expectFailure(() => PLAN.target("江北", "高企", "", OMITTED, OMITTED), {
      code: invalidValue,
      zh: ["年份（空）无效"],
      en: ["Invalid year (empty)"],
    });
  });

  test.each([true, "", Number.NaN, 0, 60, -1, "2025-02-30", "下月", 100000000, "2300-01-01"])(
    "date %p",
    (value) => {
      expectFailure(() => PLAN.pace("江北", "高企", value, OMITTED, OMITTED, OMITTED), date);
      expectFailure(() => PLAN.status(1, "江北", "高企", value, OMITTED, OMITTED), date);
    }
  );

  test.each([true, "", Number.NaN, Number.POSITIVE_INFINITY, "一百", null])(
    "actual %p",
    (value) => {
      expectFailure(() => PLAN.rate(value, "江北", "高企", 2025, OMITTED, OMITTED), number);
      expectFailure(
        () => PLAN.status(value, "江北", "高企", "2025-06-30", OMITTED, OMITTED),
        number
      );
    }
  );

  test("names must be text", () => {
    expectFailure(() => PLAN.target(42 as unknown as string, "高企", 2025, OMITTED, OMITTED), {
      code: invalidValue,
      zh: ["区县“42”无效：应为文字（名称）"],
      en: ['Invalid district "42": expected text (a name)'],
    });
    expectFailure(() => PLAN.target("江北", "", 2025, OMITTED, OMITTED), {
      code: invalidValue,
      zh: ["指标（空）无效"],
      en: ["Invalid indicator (empty)"],
    });
    expectFailure(() => PLAN.target("江北", "高企", 2025, true as unknown as string, OMITTED), {
      code: invalidValue,
      zh: ["单位“true”无效"],
      en: ['Invalid unit "true"'],
    });
  });

  test("an invalid method lists the methods", () => {
    for (const method of ["weekly", "4", true as unknown as string]) {
      expectFailure(() => PLAN.pace("江北", "高企", "2025-06-30", OMITTED, method, OMITTED), {
        code: invalidValue,
        zh: ["算法", "无效：应为“增量”（默认，从上年末到本年目标）、“按天”或“按月”"],
        en: ["Invalid method", '"increment"', '"days" or "months"'],
      });
    }
  });
});

describe("optional arguments left out", () => {
  test("null, an empty string and blanks all mean the whole district and the default document", () => {
    for (const blank of [null, undefined, "", "  "]) {
      expect(PLAN.target("江北", "高企", 2025, blank as string, blank as string)).toBe(442);
    }
  });

  test("合计 and 全区 name the whole district", () => {
    expect(PLAN.target("江北", "高企", 2025, "合计", OMITTED)).toBe(442);
    expect(PLAN.target("江北", "高企", 2025, "全区", OMITTED)).toBe(442);
  });
});

describe("nothing but CustomFunctions.Error escapes", () => {
  const junk: unknown[] = [
    null,
    undefined,
    "",
    "  ",
    0,
    -1,
    Number.NaN,
    true,
    false,
    "?",
    "江北",
    2025,
  ];
  const calls: [string, (value: unknown) => unknown][] = [
    ["TARGET region", (v) => PLAN.target(v as string, "高企", 2025, OMITTED, OMITTED)],
    ["TARGET year", (v) => PLAN.target("江北", "高企", v, OMITTED, OMITTED)],
    ["TARGET unit", (v) => PLAN.target("江北", "高企", 2025, v as string, OMITTED)],
    ["TARGET document", (v) => PLAN.target("江北", "高企", 2025, OMITTED, v as string)],
    ["BASELINE indicator", (v) => PLAN.baseline("江北", v as string, OMITTED, OMITTED)],
    ["TARGETS unit", (v) => PLAN.targets("江北", "高企", v as string, OMITTED)],
    ["TABLE document", (v) => PLAN.table("江北", "高企", v as string)],
    ["UNITS indicator", (v) => PLAN.units("江北", v as string, OMITTED)],
    ["PACE date", (v) => PLAN.pace("江北", "高企", v, OMITTED, OMITTED, OMITTED)],
    ["PACE method", (v) => PLAN.pace("江北", "高企", "2025-06-30", OMITTED, v as string, OMITTED)],
    ["RATE actual", (v) => PLAN.rate(v, "江北", "高企", 2025, OMITTED, OMITTED)],
    ["STATUS actual", (v) => PLAN.status(v, "江北", "高企", "2025-06-30", OMITTED, OMITTED)],
    ["SOURCE year", (v) => PLAN.source("江北", "高企", v, OMITTED, OMITTED)],
    ["SOURCE unit", (v) => PLAN.source("江北", "新上市企业", null, v as string, OMITTED)],
  ];

  test.each(calls)("%s", (_name, call) => {
    for (const value of junk) {
      try {
        const result = call(value);
        expect(result).not.toBeUndefined();
        expect(result).not.toBeNull();
      } catch (error) {
        expect(isStubError(error)).toBe(true);
      }
    }
  });
});

describe("issue 13, finding 7: figures and numbers as printed and typed", () => {
  test("a target printed ≥15 answers 15, and its citation says it is a floor", () => {
    expect(PLAN.target("永川", "万人发明专利", 2025, OMITTED, OMITTED)).toBe(15);
    runtime.Office.context.displayLanguage = "zh-CN";
    expect(PLAN.source("永川", "万人发明专利", 2025, OMITTED, OMITTED)).toContain(
      "≥15件/万人（下限：不低于 15）"
    );
    runtime.Office.context.displayLanguage = "en-US";
    expect(PLAN.source("永川", "万人发明专利", 2025, OMITTED, OMITTED)).toContain(
      "≥15件/万人 (a floor: at least 15)"
    );
    runtime.Office.context.displayLanguage = "zh-CN";
  });

  test("a year above 2200 is that year, which has no target, not a date serial of 1906", () => {
    expectFailure(() => PLAN.target("江北", "高企", 2201, OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["2201年没有此项目标", "2023"],
      en: ["No target for 2201", "2023"],
    });
  });

  test.each(["0x64", "0b11", "0o17", "1e400", "1,5"])("%p is not a number", (value) => {
    expectFailure(() => PLAN.rate(value, "江北", "高企", 2025, OMITTED, OMITTED), {
      code: invalidValue,
      zh: ["应为数字"],
      en: ["expected a number"],
    });
  });

  test.each([
    ["221", 0.5],
    [" 221 ", 0.5],
    ["２２１", 0.5],
    ["2.21e2", 0.5],
  ])("decimal text %p is a number", (value, rate) => {
    expect(PLAN.rate(value, "江北", "高企", 2025, OMITTED, OMITTED)).toBeCloseTo(rate, 12);
  });
});

describe("issues 12 and 13 (finding 9): names with anything attached, and inputs of any length", () => {
  test("an injection-like name is not taken for 江北区 or 高企: #N/A with the nearest names", () => {
    expectFailure(
      () => PLAN.target("江北区=cmd|' /C calc'!A0", "高企<script>", 2025, OMITTED, OMITTED),
      {
        code: notAvailable,
        zh: ["未找到区县", "是否要找：", "江北区"],
        en: ["No district", "Did you mean:", "江北区"],
      }
    );
    expectFailure(() => PLAN.target("江北区", "高企<script>", 2025, OMITTED, OMITTED), {
      code: notAvailable,
      zh: ["未找到指标“高企<script>”", "高新技术企业"],
      en: ['No indicator "高企<script>"', "高新技术企业"],
    });
  });

  test("a name of 32,767 characters is refused as too long, quoting a short excerpt", () => {
    const long = "指".repeat(32_767);
    for (const call of [
      () => PLAN.target(long, "高企", 2025, OMITTED, OMITTED),
      () => PLAN.target("江北", long, 2025, OMITTED, OMITTED),
      () => PLAN.target("江北", "高企", 2025, long, OMITTED),
      () => PLAN.target("江北", "高企", 2025, OMITTED, long),
      () => PLAN.pace("江北", "高企", "2025-06-30", OMITTED, long, OMITTED),
    ]) {
      for (const language of ["zh-CN", "en-US"]) {
        runtime.Office.context.displayLanguage = language;
        const error = errorOf(call);
        expect(error.code).toBe(invalidValue);
        expect(error.message?.length).toBeLessThan(200);
      }
    }
    runtime.Office.context.displayLanguage = "zh-CN";
  });
});
