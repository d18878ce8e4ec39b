import type { Locale } from "../../core/i18n/locale";
import type { TargetSource } from "../../core/highlight/sheet-targets";

/** Every text the highlighting panel shows, Chinese first and English. */
const STRINGS = {
  zh: {
    title: "落后预警着色",
    intro: "选中实际数所在单元格（一列，或“单位 × 年份/月份”的区域），行标签须为街镇/园区名称。",
    district: "区县",
    indicator: "指标",
    reportingDate: "截至日期",
    farBehind: "严重落后阈值（低于序时进度的百分点）",
    redAhead: "红色表示领先（默认红色表示落后）",
    apply: "着色",
    check: "检查",
    remove: "清除本表着色",
    working: "正在处理…",
    applied: (cells: number, replaced: number, address: string) =>
      `已为 ${address}（${cells} 个单元格）设置条件格式${replaced > 0 ? "（已替换之前的着色）" : ""}；目标与序时进度写在右侧参照区。`,
    buttonsHint:
      "“着色”在表中设置条件格式（数字改动后颜色自动更新）；“检查”只在此处列出落后的单元格，不改动工作表。",
    noUnitTables: (region: string) =>
      `${region}的文件没有按街镇、园区分解的目标表，无法按单位着色。可在“分解表”页插入${region}正文目标，或用 PLAN.TARGET("${region}", 指标, 年份) 取全区县目标。`,
    removed: (count: number) =>
      count > 0 ? `已清除 ${count} 处着色。` : "本表没有插件设置的着色。",
    noLagging: "没有落后于序时进度的单元格。",
    lagging: (count: number) => `落后于计划的单元格：${count} 个（按差距从大到小）`,
    laggingHint: "点击一项，在表中选中该单元格。",
    figures: {
      target: "目标",
      pace: "序时",
      actual: "实际",
      gap: (points: string) => `差 ${points} 个百分点`,
      rate: (percent: string) => `完成率 ${percent}%`,
      from: (where: string) => `目标取自${where}`,
    },
    item: (label: string, period: string, status: string, figures: string) =>
      `${label} ${period} ${status}：${figures}`,
    source: (kind: TargetSource["kind"], letters: string) =>
      ({ catalog: "官方目录", sheet: `本表 ${letters} 列`, table: `插入的官方表 ${letters} 列` })[
        kind
      ],
    differences: "本表目标与官方目标不一致（表中数据未改动）：",
    difference: (
      label: string,
      where: string,
      period: string,
      sheet: number,
      official: number,
      document: string
    ) => `${label} ${period}（${where}）：表中 ${sheet}，官方 ${official}（${document}）`,
    targetColumns: (headers: string[]) =>
      `选区包含目标列${headers.map((header) => `“${header}”`).join("、")}，已按实际数处理；请只选中实际数。`,
    floorTargets: (cells: number) =>
      `${cells} 个单元格的目标在文件中印为下限（如“≥15”），按下限比较：达到下限即为达标。`,
    wholeRegion: "全区",
    wholeCounty: "全县",
    chartTitle: "图表",
    chartUnit: "单位（按年份画目标与实际）",
    chartHint: "先“检查”或“着色”，图表才带上表中按年份列填写的实际数；否则只画目标。",
    insertChart: "插入图表",
    charted: (replaced: boolean) =>
      `已插入目标与实际折线图${replaced ? "（已替换该单位之前的图表）" : ""}；图表数据写在右侧。`,
    unsupported:
      "当前 Excel 不支持条件格式（需要 ExcelApi 1.6：Excel 2019 及以上或 Microsoft 365；Excel 2016 批量许可版不支持）。着色、清除和图表已停用，检查仍可使用。",
    problems: "以下行或列未能匹配，未着色：",
    row: (row: number) => `第 ${row} 行`,
    column: (column: number) => `第 ${column} 列`,
    cell: (row: number, column: number) => `第 ${row} 行第 ${column} 列`,
    badDate: "截至日期无效，请输入如 2024-06-30 的日期。",
    badPoints: "阈值应为大于 0 的数字。",
    emptySelection: "所选区域没有数据。请选中实际数所在的单元格后重试。",
    tooLarge: "所选区域过大，请只选中实际数所在的单元格。",
    failed: (reason: string) =>
      `操作失败，工作表未被修改（${reason}）。请退出单元格编辑状态后重试。`,
  },
  en: {
    title: "Highlight progress against plan",
    intro:
      "Select the cells holding actual figures (a column, or units by years or months); row labels must be street, town or park names.",
    district: "District",
    indicator: "Indicator",
    reportingDate: "Reporting date",
    farBehind: "Far behind threshold (points below pace)",
    redAhead: "Red means ahead (default: red means behind)",
    apply: "Highlight",
    check: "Check",
    remove: "Remove highlighting on this sheet",
    working: "Working…",
    applied: (cells: number, replaced: number, address: string) =>
      `Conditional formats set on ${address} (${cells} cells)${replaced > 0 ? ", earlier highlighting replaced" : ""}; targets and pace are in the reference block to the right.`,
    buttonsHint:
      "Highlight sets conditional formats on the sheet (colours follow the figures as they change); Check only lists the cells behind plan here and leaves the sheet alone.",
    noUnitTables: (region: string) =>
      `${region}'s documents have no table of targets by street, town or park, so there is nothing to colour unit by unit. Insert ${region}'s headline targets from the Tables tab, or use PLAN.TARGET("${region}", indicator, year) for the district's own target.`,
    removed: (count: number) =>
      count > 0 ? `Removed ${count} highlighting(s).` : "This sheet has no highlighting of ours.",
    noLagging: "No cell is behind pace.",
    lagging: (count: number) => `${count} cell(s) behind plan, largest gap first`,
    laggingHint: "Choose an entry to select its cell in the sheet.",
    figures: {
      target: "Target",
      pace: "Pace",
      actual: "Actual",
      gap: (points: string) => `${points} pts behind`,
      rate: (percent: string) => `${percent}% done`,
      from: (where: string) => `target from ${where}`,
    },
    item: (label: string, period: string, status: string, figures: string) =>
      `${label} ${period} ${status}: ${figures}`,
    source: (kind: TargetSource["kind"], letters: string) =>
      ({
        catalog: "official catalog",
        sheet: `this sheet, column ${letters}`,
        table: `inserted official table, column ${letters}`,
      })[kind],
    differences:
      "Targets on the sheet that differ from the official ones (your cells are unchanged):",
    difference: (
      label: string,
      where: string,
      period: string,
      sheet: number,
      official: number,
      document: string
    ) => `${label} ${period} (${where}): sheet ${sheet}, official ${official} (${document})`,
    targetColumns: (headers: string[]) =>
      `The selection includes the target column${headers.length > 1 ? "s" : ""} ${headers.map((header) => `"${header}"`).join(", ")}, compared as actual figures; select only the actual figures.`,
    floorTargets: (cells: number) =>
      `${cells} cell${cells > 1 ? "s have targets" : " has a target"} the document prints as a floor (e.g. "≥15"), compared with that floor: reaching it counts as met.`,
    wholeRegion: "Whole district",
    wholeCounty: "Whole county",
    chartTitle: "Chart",
    chartUnit: "Unit (target against actual, by year)",
    chartHint:
      "Check or highlight first so that the chart includes the actual figures of year columns; otherwise it shows targets only.",
    insertChart: "Insert chart",
    charted: (replaced: boolean) =>
      `Line chart of target against actual inserted${replaced ? " (this unit's earlier chart replaced)" : ""}; its data is in the block to the right.`,
    unsupported:
      "This Excel does not support conditional formats (ExcelApi 1.6: Excel 2019 or later, or Microsoft 365; Excel 2016 volume-licensed lacks it). Highlighting, removing and charts are turned off; Check still works.",
    problems: "These rows or columns did not match and were not coloured:",
    row: (row: number) => `Row ${row}`,
    column: (column: number) => `Column ${column}`,
    cell: (row: number, column: number) => `Row ${row}, column ${column}`,
    badDate: "Invalid reporting date; type a date such as 2024-06-30.",
    badPoints: "The threshold must be a number greater than 0.",
    emptySelection:
      "The selection holds no data. Select the cells with actual figures and try again.",
    tooLarge: "The selection is too large; select only the cells with actual figures.",
    failed: (reason: string) =>
      `Nothing was changed (${reason}). Leave cell editing mode and try again.`,
  },
};

export type HighlightStrings = (typeof STRINGS)["zh"];

export function highlightStrings(locale: Locale): HighlightStrings {
  return STRINGS[locale];
}
