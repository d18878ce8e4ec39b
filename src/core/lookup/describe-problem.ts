import type { Locale } from "../i18n/locale";
import type { LookupProblem, Subject, Wanted } from "./lookup-problem";
import { excerpt } from "./text";

const SUBJECT: Record<Subject, Record<Locale, string>> = {
  region: { zh: "区县", en: "district" },
  indicator: { zh: "指标", en: "indicator" },
  unit: { zh: "单位", en: "unit" },
  document: { zh: "文件", en: "document" },
  year: { zh: "年份", en: "year" },
  date: { zh: "日期", en: "date" },
  number: { zh: "数值", en: "number" },
  method: { zh: "算法", en: "method" },
};

const WANTED: Record<Wanted, Record<Locale, string>> = {
  target: { zh: "目标", en: "target" },
  baseline: { zh: "基期实际数", en: "base-year actual" },
  table: { zh: "分解表或指标表", en: "breakdown or indicator table" },
  "unit-table": { zh: "按单位分解的任务表", en: "breakdown table by unit" },
};

/** Why a published figure has no number: the document's own sign, explained. */
const MISSING_SIGN: Record<string, Record<Locale, string>> = {
  "/": { zh: "不适用", en: "not applicable" },
  "-": { zh: "无数据", en: "no data" },
  "—": { zh: "无数据", en: "no data" },
};

/** Longest list a message shows; the rest is counted, so a message stays readable in a cell's tooltip. */
const SHOWN = 8;

function list(items: readonly (string | number)[], locale: Locale): string {
  const zh = locale === "zh";
  const shown = items.slice(0, SHOWN).join(zh ? "、" : ", ");
  if (items.length <= SHOWN) return shown;
  return zh ? `${shown} 等 ${items.length} 项` : `${shown} and ${items.length - SHOWN} more`;
}

function quoted(query: string, locale: Locale): string {
  if (query.trim() === "") return locale === "zh" ? "（空）" : "(empty)";
  return locale === "zh" ? `“${query}”` : `"${query}"`;
}

/** A message the user can act on: what was wrong and what to type instead. It quotes a long argument in part. */
export function describeProblem(problem: LookupProblem, locale: Locale): string {
  const subject = SUBJECT[problem.subject][locale];
  const query = excerpt(problem.query);
  const zh = locale === "zh";
  switch (problem.reason) {
    case "unknown":
      if (problem.candidates.length === 0) {
        return zh
          ? `未找到${subject}${quoted(query, locale)}。`
          : `No ${subject} ${quoted(query, locale)}.`;
      }
      return zh
        ? `未找到${subject}${quoted(query, locale)}。是否要找：${list(problem.candidates, locale)}？`
        : `No ${subject} ${quoted(query, locale)}. Did you mean: ${list(problem.candidates, locale)}?`;
    case "ambiguous":
      return zh
        ? `${subject}“${query}”不明确，请写全名：${list(problem.candidates, locale)}。`
        : `The ${subject} "${query}" is ambiguous; write one of: ${list(problem.candidates, locale)}.`;
    case "no-year":
      if (problem.years.length === 0)
        return zh ? `${query}年没有此项目标。` : `No target for ${query}.`;
      return zh
        ? `${query}年没有此项目标。有目标的年份：${list(problem.years, locale)}。`
        : `No target for ${query}. Years with a target: ${list(problem.years, locale)}.`;
    case "absent": {
      const wanted = WANTED[problem.what][locale];
      if (problem.candidates.length === 0) {
        return zh
          ? `${problem.scope}没有${subject}“${query}”的${wanted}，也没有任何${subject}的${wanted}。`
          : `${problem.scope} gives no ${wanted} for the ${subject} "${query}", nor for any other ${subject}.`;
      }
      return zh
        ? `${problem.scope}没有${subject}“${query}”的${wanted}。有${wanted}的${subject}：${list(problem.candidates, locale)}。`
        : `${problem.scope} gives no ${wanted} for the ${subject} "${query}". ${subject[0].toUpperCase()}${subject.slice(1)}s with a ${wanted}: ${list(problem.candidates, locale)}.`;
    }
    case "no-data":
      return describeNoData(problem.what, query, locale);
    case "invalid":
      return zh
        ? `${subject}${quoted(query, locale)}无效：应为${problem.expected.zh}。`
        : `Invalid ${subject} ${quoted(query, locale)}: expected ${problem.expected.en}.`;
  }
}

/** Why there is no number to give, and what to do instead. */
function describeNoData(
  what: "previous" | "figure" | "dated",
  query: string,
  locale: Locale
): string {
  const zh = locale === "zh";
  switch (what) {
    case "figure": {
      const sign = MISSING_SIGN[query];
      if (sign)
        return zh
          ? `文件此处印为“${query}”（${sign.zh}），没有可计算的数值。`
          : `The document prints "${query}" (${sign.en}) here: there is no figure to compute with.`;
      return zh
        ? `文件此处印为“${query}”，没有可计算的数值。`
        : `The document prints "${query}" here: there is no figure to compute with.`;
    }
    case "previous":
      return zh
        ? `没有${query}年末数（上年目标或基期实际数），无法按“增量”算法计算序时进度；请将算法改为“按天”或“按月”。`
        : `No figure for the end of ${query} (last year's target or a base-year actual), so the "increment" method cannot compute pace; use the method "days" or "months".`;
    case "dated":
      return zh
        ? `“${query}”的目标在文件中未写年份（如“每年…”），不能按年份查询；不填年份的 PLAN.SOURCE 可给出原文。`
        : `The documents state "${query}" without a year (e.g. "every year"), so it cannot be looked up by year; PLAN.SOURCE without a year quotes it.`;
  }
}
