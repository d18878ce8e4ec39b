/** What a lookup was asked about, for messages that tell the user which argument to change. */
export type Subject =
  "region" | "indicator" | "unit" | "document" | "year" | "date" | "number" | "method";

export type LookupProblem =
  /** No name matches; `candidates` are the nearest known names. */
  | { reason: "unknown"; subject: Subject; query: string; candidates: string[] }
  /** Several names match; `candidates` lists them all. */
  | { reason: "ambiguous"; subject: Subject; query: string; candidates: string[] }
  /** The names resolve but the catalog has no figure for the year; `years` are the years that have one. */
  | { reason: "no-year"; subject: "year"; query: string; years: number[] }
  /** The names resolve but the catalog holds nothing of that kind (no base-year actual, no breakdown table). */
  | {
      reason: "no-data";
      subject: Subject;
      query: string;
      what: "baseline" | "table" | "previous" | "figure";
    }
  /** An argument of the wrong type or range; `expected` says what was wanted. */
  | { reason: "invalid"; subject: Subject; query: string; expected: Record<Locale, string> };

/** A lookup that cannot answer; the problem is data, turned into words by describeProblem in the user's language. */
export class LookupError extends Error {
  constructor(readonly problem: LookupProblem) {
    super(describeProblem(problem, "en"));
    this.name = "LookupError";
  }
}

export type Locale = "zh" | "en";

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

const WHAT: Record<"baseline" | "table" | "previous" | "figure", Record<Locale, string>> = {
  baseline: { zh: "基期实际数", en: "base-year actual" },
  table: { zh: "目标任务分解表", en: "breakdown table" },
  previous: {
    zh: "上年末数（上年目标或基期实际数）",
    en: "previous year-end figure (last year's target or a base-year actual)",
  },
  figure: { zh: "可计算的数值", en: "figure to compute with" },
};

function list(items: readonly (string | number)[], locale: Locale): string {
  return items.join(locale === "zh" ? "、" : ", ");
}

/** A message the user can act on: what was wrong and what to type instead. */
export function describeProblem(problem: LookupProblem, locale: Locale): string {
  const subject = SUBJECT[problem.subject][locale];
  const query = problem.query;
  const zh = locale === "zh";
  switch (problem.reason) {
    case "unknown":
      if (problem.candidates.length === 0) {
        return zh ? `未找到${subject}“${query}”。` : `No ${subject} "${query}".`;
      }
      return zh
        ? `未找到${subject}“${query}”。是否要找：${list(problem.candidates, locale)}？`
        : `No ${subject} "${query}". Did you mean: ${list(problem.candidates, locale)}?`;
    case "ambiguous":
      return zh
        ? `${subject}“${query}”不明确，请写全名：${list(problem.candidates, locale)}。`
        : `The ${subject} "${query}" is ambiguous; write one of: ${list(problem.candidates, locale)}.`;
    case "no-year":
      if (problem.years.length === 0)
        return zh ? `“${query}”没有任何年份的数据。` : `"${query}" has no figures for any year.`;
      return zh
        ? `${query}年没有此项目标。有目标的年份：${list(problem.years, locale)}。`
        : `No target for ${query}. Years with a target: ${list(problem.years, locale)}.`;
    case "no-data":
      return zh
        ? `“${query}”没有${WHAT[problem.what].zh}。`
        : `"${query}" has no ${WHAT[problem.what].en}.`;
    case "invalid":
      return zh
        ? `${subject}“${query}”无效：应为${problem.expected.zh}。`
        : `Invalid ${subject} "${query}": expected ${problem.expected.en}.`;
  }
}
