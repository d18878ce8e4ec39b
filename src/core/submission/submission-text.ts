import { citeDocument, citeTable } from "../catalog/citation";
import { reconcileTable } from "../audit/reconcile";
import { describeDiscrepancy } from "../audit/reconcile-text";
import type { CalendarDate } from "../progress/dates";
import { daysInMonth } from "./month-end";
import type { SubmissionRequest } from "./submission-request";
import type { IndicatorSource } from "./submission-units";

/** The words of a submission sheet, in Chinese: the sheet goes up the chain of a Chinese bureau. */

export function isMonthEnd(date: CalendarDate): boolean {
  return date.day === daysInMonth(date.year, date.month);
}

/** "截至2025年10月底", or "截至2025年10月15日" for a date inside a month. */
export function asOf(date: CalendarDate): string {
  return isMonthEnd(date)
    ? `截至${date.year}年${date.month}月底`
    : `截至${date.year}年${date.month}月${date.day}日`;
}

export function titleOf(region: string, sources: IndicatorSource[], date: CalendarDate): string {
  return `${region}${sources.map((source) => source.name).join("、")}目标任务完成情况（${asOf(date)}）`;
}

export function sheetNameOf(region: string, date: CalendarDate): string {
  return `${region}完成情况${date.year}.${date.month}`;
}

function paceInWords(request: SubmissionRequest): string {
  const { year, month } = request.date;
  switch (request.pace) {
    case "months":
      return `序时进度按月计算：截止月份÷12（${month}月为${((month / 12) * 100).toFixed(1)}%）`;
    case "days":
      return `序时进度按天计算：截止日期已过天数÷${year}年全年天数`;
    case "increment":
      return "序时进度按增量计算：（上年末+（年度目标−上年末）×已过天数÷全年天数）÷年度目标";
  }
}

function legendInWords(request: SubmissionRequest): string {
  const { green, red } = request.thresholds;
  const below = (points: number) =>
    points === 0 ? "达到或超过序时进度" : `低于序时进度不超过${points}个百分点`;
  if (request.scheme === "traffic")
    return `颜色：绿色为${below(green)}；黄色为低于序时进度${green}至${red}个百分点；红色为低于序时进度超过${red}个百分点`;
  return `颜色：深蓝为达标（完成年度目标），浅蓝为序时达标（${below(green)}），浅橙为落后，朱红为严重落后（低于序时进度超过${red}个百分点）；色盲可辨、黑白打印可辨`;
}

function sourcesInWords(sources: IndicatorSource[], year: number): string {
  const cited = sources.map((source) => {
    const base = source.table.columns[source.baseColumn]?.label.replace(/\s|\n/g, "") ?? "无";
    return `${source.name}：${citeDocument(source.plan, "zh", source.registered)}${citeTable(source.table)}，年度目标为“${year}年”目标数，上年末为“${base}”`;
  });
  return `数据来源：${cited.join("；")}`;
}

/** Stated 小计 and 合计 of the year's and the base columns that differ from their rows: cited, never corrected. */
function differences(sources: IndicatorSource[]): string[] {
  return sources.flatMap((source) =>
    reconcileTable(source.plan, source.table)
      .filter((found) => found.column === source.targetColumn || found.column === source.baseColumn)
      .map((found) => `${source.name}${describeDiscrepancy(found, "zh")}`)
  );
}

function totalsInWords(request: SubmissionRequest, differ: boolean): string {
  if (!differ) return "小计、合计为本表各单位之和";
  return request.totals === "published"
    ? "小计、合计的年度目标和上年末取原文所列数字，其完成率、序时等据此计算；原文与各单位之和不同处，其下一行“各单位之和”列出本表之和及差数，不同处如下（原文数据未改动）"
    : "小计、合计为本表各单位之和，其完成率、序时等据此计算；原文所列数字不同处，其下一行“原文所列”列出原文数字及差数，不同处如下（原文数据未改动）";
}

export function notesOf(request: SubmissionRequest, sources: IndicatorSource[]): string[] {
  const found = differences(sources);
  const lines = [
    legendInWords(request),
    `${paceInWords(request)}；完成率=累计完成÷年度目标；新增=累计完成−上年末；新增完成率=新增÷（年度目标−上年末）；超/低于序时=完成率−序时进度（百分点）；排名按完成率在本组内排列`,
    sourcesInWords(sources, request.date.year),
    totalsInWords(request, found.length > 0),
    ...found,
    "填写说明：只需填写“累计完成”列（浅黄色单元格），其余各列自动计算",
  ];
  return lines.map((line, index) =>
    `${index === 0 ? "注：" : "　　"}${index + 1}.${line}。`.replace(/。。$/, "。")
  );
}

export const HEADER_LINE = {
  reporter: "填报单位（盖章）：",
  filled: "填报日期：",
  until: "截止日期：",
  share: "时间进度：",
};

export const FOOTER =
  "单位负责人：　　　　　　审核人：　　　　　　填表人：　　　　　　联系电话：　　　　　　报出日期：　　年　　月　　日";

export const COLUMN_LABELS = [
  "年度目标",
  "上年末",
  "累计完成",
  "新增",
  "完成率",
  "新增\n完成率",
  "序时进度",
  "超/低于序时\n（百分点）",
  "状态",
  "组内\n排名",
];
