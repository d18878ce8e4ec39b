import type { Locale } from "../../core/i18n/locale";
import type { RepairOutcome } from "../../excel/contract";
import { MAX_SCAN_CELLS } from "../../core/submission/plan-cells";

/** A cell as a message names it. */
interface Shown {
  address: string;
  shown: string;
}

/** Every text the submission panel shows, Chinese first and English. The sheet itself is always in Chinese. */
const STRINGS = {
  zh: {
    title: "报送表（月调度 / 季度通报）",
    intro:
      "按区县生成“目标任务完成情况”报送表：官方目标、上年末、累计完成（填写）、完成率、序时进度、颜色与组内排名，A4 横向打印即可签章报送。",
    district: "区县",
    indicators: "指标（可多选，并排显示）",
    date: "截止日期",
    units: "单位范围",
    allUnits: "全部单位（含小计、合计）",
    group: (group: string) => `第${group}组（仅本组及小计）`,
    pace: "序时进度算法",
    months: "按月（月数÷12，月底报送常用）",
    days: "按天（已过天数÷全年天数）",
    increment: "增量（从上年末到年度目标，与 PLAN.PACE 相同）",
    totals: "小计、合计（及其完成率）取",
    publishedTotals: "原文所列数字（与各单位之和不同时，其下一行列出各单位之和）",
    rowTotals: "各单位之和（与原文不同时，其下一行列出原文数字）",
    scheme: "颜色",
    traffic: "红黄绿（三级）",
    colourBlind: "色盲可辨四级（与进度着色相同）",
    green: "绿色：低于序时不超过（百分点）",
    red: "红色：低于序时超过（百分点）",
    protect: "保护工作表，只允许填写“累计完成”",
    targetFormulas: "年度目标写为 PLAN.TARGET 公式（需本加载项；报送前请先“固化”）",
    create: "生成报送表（新工作表）",
    download: "下载报送表 .xlsx",
    created: (address: string) => `已生成报送表：${address}。请在浅黄色的“累计完成”列填写数字。`,
    downloaded: (name: string) =>
      `已下载 ${name}。在 Excel 或 WPS 中打开后，填写浅黄色的“累计完成”列。`,
    freezeTitle: "发送前固化",
    freezeHint:
      "复制当前工作表，把其中所有 PLAN.* 公式换成计算结果，发给没有安装本加载项的同事也能正常显示。原工作表不变。",
    freeze: "固化当前工作表",
    frozen: (sheet: string, count: number) => `已生成“${sheet}”，替换了 ${count} 个 PLAN.* 公式。`,
    freezeNothing: "当前工作表没有 PLAN.* 公式，无需固化，也没有生成副本：可以直接发送。",
    freezeTooLarge: `当前工作表的已用区域超过 ${MAX_SCAN_CELLS} 个单元格，无法固化，也没有生成副本：请把要发送的表复制到一张新工作表后再固化。`,
    repairTitle: "修复公式",
    repairHint:
      "工作簿在加载项启动前打开时，PLAN.* 单元格可能一直显示 #NAME?。这里把这些公式原样重新输入一遍，让 Excel 重新计算；受保护的工作表不会改动。",
    repair: "修复 #NAME? 公式",
    repaired: (outcome: RepairOutcome) =>
      [
        outcome.repaired > 0
          ? `已重新输入 ${outcome.repaired} 个显示 #NAME? 的 PLAN.* 公式。`
          : "没有显示 #NAME? 的 PLAN.* 公式，未作改动。",
        outcome.protectedSheets.length > 0
          ? `受保护的工作表未检查：${outcome.protectedSheets.join("、")}（撤销保护后可再修复）。`
          : "",
        outcome.tooLarge.length > 0
          ? `超过 ${MAX_SCAN_CELLS} 个单元格的工作表未检查：${outcome.tooLarge.join("、")}。`
          : "",
      ].join(""),
    freezeNotFigures: (cells: readonly Shown[]) =>
      `以下 PLAN.* 单元格显示的不是数字（#BUSY! 表示正在计算，#NAME? 表示加载项未加载，#N/A 等说明没有对应目标或参数有误）：${cells.map((cell) => `${cell.address}（${cell.shown}）`).join("、")}。请等计算完成、先点“修复公式”或改正公式后再固化；没有生成副本。`,
    noUnitTables: (region: string) =>
      `${region}的文件没有按街镇、园区分解的目标表，无法生成按单位排列的报送表。可在“分解表”页插入${region}正文目标，或用 PLAN.TARGET 取全区县目标。`,
    noIndicator: "请至少选择一个指标。",
    badDate: "截止日期无效，请输入如 2025-10-31 的日期。",
    badThresholds: "阈值应为数字，且红色阈值大于绿色阈值（默认 0 和 10）。",
    unsupportedInsert:
      "当前 Excel 不支持数据验证（需要 ExcelApi 1.8），无法直接生成；请在浏览器中打开本加载项下载 .xlsx。",
    unsupportedFreeze:
      "当前 Excel 不支持复制工作表（需要 ExcelApi 1.12 / Microsoft 365），固化已停用；可复制整表后“选择性粘贴—数值”。",
    failed: (reason: string) =>
      `操作失败，未留下任何半成品（${reason}）。请退出单元格编辑状态后重试。`,
    working: "正在处理…",
  },
  en: {
    title: "Submission sheet (monthly / quarterly report)",
    intro:
      "Builds a district's progress report: official target, last year-end, actual to date (to fill in), completion, pace, colours and rank in group, ready to print on A4 landscape, sign and send. The sheet is in Chinese.",
    district: "District",
    indicators: "Indicators (one or more, side by side)",
    date: "Reporting date",
    units: "Units",
    allUnits: "All units (with subtotals and total)",
    group: (group: string) => `Group ${group} only (with its subtotal)`,
    pace: "Pace method",
    months: "Months (month ÷ 12, usual for month-end reports)",
    days: "Days (days elapsed ÷ days in year)",
    increment: "Increment (from last year-end to the target, as PLAN.PACE)",
    totals: "Subtotals and totals (and their rates) use",
    publishedTotals:
      "The document's figures (where the units add up otherwise, their sum is on the row below)",
    rowTotals:
      "The sum of the units (where the document says otherwise, its figure is on the row below)",
    scheme: "Colours",
    traffic: "Red, yellow, green (three levels)",
    colourBlind: "Colour-blind-safe four levels (as Behind plan)",
    green: "Green: at most this many points below pace",
    red: "Red: more than this many points below pace",
    protect: "Protect the sheet; only actuals can be typed",
    targetFormulas:
      "Write targets as PLAN.TARGET formulas (needs this add-in; freeze before sending)",
    create: "Create submission sheet (new sheet)",
    download: "Download submission sheet .xlsx",
    created: (address: string) =>
      `Submission sheet created at ${address}. Type the actuals into the light yellow column.`,
    downloaded: (name: string) =>
      `Downloaded ${name}. Open it in Excel or WPS and type the actuals into the light yellow column.`,
    freezeTitle: "Freeze before sending",
    freezeHint:
      "Copies the active sheet with every PLAN.* formula replaced by its value, so colleagues without the add-in see the figures. The original sheet is unchanged.",
    freeze: "Freeze the active sheet",
    frozen: (sheet: string, count: number) =>
      `Created “${sheet}”, ${count} PLAN.* formula(s) replaced by values.`,
    freezeNothing:
      "The active sheet has no PLAN.* formula: there is nothing to freeze and no copy was made; it can be sent as it is.",
    freezeTooLarge: `The active sheet's used range is over ${MAX_SCAN_CELLS} cells, too large to freeze; no copy was made. Copy the table to send into a new sheet and freeze that.`,
    repairTitle: "Repair formulas",
    repairHint:
      "A workbook opened before the add-in started may keep showing #NAME? in PLAN.* cells. This enters those formulas again, unchanged, so that Excel calculates them; protected sheets are not touched.",
    repair: "Repair #NAME? formulas",
    repaired: (outcome: RepairOutcome) =>
      [
        outcome.repaired > 0
          ? `Entered ${outcome.repaired} PLAN.* formula(s) showing #NAME? again.`
          : "No PLAN.* formula shows #NAME?; nothing was changed.",
        outcome.protectedSheets.length > 0
          ? ` Protected sheets not checked: ${outcome.protectedSheets.join(", ")} (unprotect them and repair again).`
          : "",
        outcome.tooLarge.length > 0
          ? ` Sheets over ${MAX_SCAN_CELLS} cells not checked: ${outcome.tooLarge.join(", ")}.`
          : "",
      ].join(""),
    freezeNotFigures: (cells: readonly Shown[]) =>
      `These PLAN.* cells show no figure (#BUSY! is still calculating, #NAME? means the add-in is not loaded, #N/A and the like mean no target or a wrong argument): ${cells.map((cell) => `${cell.address} (${cell.shown})`).join(", ")}. Wait for the calculation, use “Repair formulas” or correct the formulas, then freeze; no copy was made.`,
    noUnitTables: (region: string) =>
      `${region}'s documents have no table of targets by street, town or park, so there is no per-unit sheet to build. Insert ${region}'s headline targets from the Tables tab, or use PLAN.TARGET for the district's target.`,
    noIndicator: "Choose at least one indicator.",
    badDate: "Invalid reporting date; type a date such as 2025-10-31.",
    badThresholds: "Thresholds must be numbers, red greater than green (defaults 0 and 10).",
    unsupportedInsert:
      "This Excel lacks data validation (ExcelApi 1.8), so the sheet cannot be created here; open the add-in in a browser and download the .xlsx.",
    unsupportedFreeze:
      "This Excel cannot copy sheets (ExcelApi 1.12 / Microsoft 365), so freezing is off; copy the sheet and paste values instead.",
    failed: (reason: string) =>
      `Nothing was left half-written (${reason}). Leave cell editing and try again.`,
    working: "Working…",
  },
};

export type SubmissionStrings = (typeof STRINGS)["zh"];

export function submissionStrings(locale: Locale): SubmissionStrings {
  return STRINGS[locale];
}
