import type { Locale } from "../../core/i18n/locale";
import type { FillProblem } from "../../core/fill/fill-plan";

/** Every text the fill panel shows, Chinese first and English. */
const STRINGS = {
  zh: {
    tab: "填入与登记",
    fillPart: "填入目标",
    registerPart: "登记分解表",
    intro: "选中本表的单位名称（一列，可含表头），读取后选择指标和年份，目标将填入右侧第一组空列。",
    read: "读取选区",
    names: (count: number, sample: string) => `已读取 ${count} 行：${sample}…`,
    unrecognised: "未能从名称识别区县，请选择。",
    header: "第一行是表头",
    district: "区县",
    indicator: "指标",
    year: "年份",
    previousYear: "同时填上年目标",
    baseline: "同时填基期实际数",
    output: "填入方式",
    values: "数值",
    formulas: "PLAN.TARGET 公式（引用名称单元格）",
    totals: "小计/合计行",
    leaveTotals: "不填",
    fillTotals: "按官方表的小计/合计填",
    column: "填入列",
    firstFree: (letters: string) => `右侧第一组空列（${letters} 列起）`,
    fill: "填入目标",
    working: "正在处理…",
    filled: (count: number, address: string) => `已填入 ${count} 行目标：${address}。`,
    nothing: "没有一行能匹配到官方目标，未写入任何内容。",
    occupied: (cells: string) => `目标列中已有内容，未写入任何内容：${cells}。`,
    useNext: (letters: string) => `改填到 ${letters} 列起`,
    problems: (count: number) => `${count} 行未填（表中名称未改动）：`,
    problem: (problem: FillProblem) =>
      `第 ${problem.row + 1} 行“${problem.name}”：${REASONS.zh[problem.reason]}${
        problem.candidates.length > 0 ? `；最接近：${problem.candidates.join("、")}` : ""
      }`,
    means: "此名称指",
    remember: "记住",
    remembered: (name: string, means: string) =>
      `已记住：“${name}”即“${means}”，保存在本工作簿中，公式与着色也将使用。请再次填入。`,
    emptySelection: "选区中没有内容：请选中单位名称所在的列。",
    tooLarge: "选区过大：一次最多 5000 行。",
    failed: (message: string) => `操作未完成，表格未改动：${message}`,
  },
  en: {
    tab: "Fill & register",
    fillPart: "Fill targets",
    registerPart: "Register a table",
    intro:
      "Select the unit names on this sheet (one column, header optional), read them, pick the indicator and year: the targets go into the first empty columns to the right.",
    read: "Read selection",
    names: (count: number, sample: string) => `${count} rows read: ${sample}…`,
    unrecognised: "The district could not be recognised from the names; choose it.",
    header: "First row is a header",
    district: "District",
    indicator: "Indicator",
    year: "Year",
    previousYear: "Also last year's target",
    baseline: "Also the base-year actual",
    output: "Write as",
    values: "Values",
    formulas: "PLAN.TARGET formulas (referencing the name cell)",
    totals: "小计/合计 rows",
    leaveTotals: "Leave empty",
    fillTotals: "Fill from the official table's 小计/合计",
    column: "Destination",
    firstFree: (letters: string) => `First empty columns (from column ${letters})`,
    fill: "Fill targets",
    working: "Working…",
    filled: (count: number, address: string) => `Targets filled for ${count} rows: ${address}.`,
    nothing: "No row matched an official target; nothing was written.",
    occupied: (cells: string) => `The destination is not empty; nothing was written: ${cells}.`,
    useNext: (letters: string) => `Fill from column ${letters} instead`,
    problems: (count: number) => `${count} row(s) not filled (the sheet's names are unchanged):`,
    problem: (problem: FillProblem) =>
      `Row ${problem.row + 1} “${problem.name}”: ${REASONS.en[problem.reason]}${
        problem.candidates.length > 0 ? `; nearest: ${problem.candidates.join(", ")}` : ""
      }`,
    means: "This name means",
    remember: "Remember",
    remembered: (name: string, means: string) =>
      `Remembered in this workbook: “${name}” means “${means}”; formulas and highlighting use it too. Fill again.`,
    emptySelection: "The selection is empty: select the column of unit names.",
    tooLarge: "The selection is too large: at most 5,000 rows at a time.",
    failed: (message: string) => `Not done, the sheet is unchanged: ${message}`,
  },
};

const REASONS: Record<Locale, Record<FillProblem["reason"], string>> = {
  zh: {
    unknown: "找不到此单位",
    ambiguous: "名称不明确",
    absent: "官方表中无此项",
    "no-year": "官方表中无该年份",
    "no-data": "官方表中该项为空（/ 或 -）",
    invalid: "无法读取",
  },
  en: {
    unknown: "no such unit",
    ambiguous: "ambiguous name",
    absent: "not in the official table",
    "no-year": "the official table has no such year",
    "no-data": "the official table prints / or - here",
    invalid: "unreadable",
  },
};

export type FillStrings = (typeof STRINGS)["zh"];

export function fillStrings(locale: Locale): FillStrings {
  return STRINGS[locale];
}
