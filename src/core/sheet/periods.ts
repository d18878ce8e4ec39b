import { CalendarDate, fromExcelSerial } from "../progress/dates";
import { LookupError } from "../lookup/lookup-error";

/** What a column of actual figures reports: a year's figure, accumulated up to `asOf`. */
export interface Period {
  /** What the header names: a calendar year, months of a year, or a day (a date header, or no header at all). */
  kind: "year" | "month" | "date";
  /** The header as shown, or the reporting date for a single column without one. */
  label: string;
  year: number;
  /** The day the figure is compared at; null when the period has not started by the reporting date (not due). */
  asOf: CalendarDate | null;
  /** True when the whole year has passed: the figure is compared with the year's target itself. */
  fullYear: boolean;
}

export type HeaderValue = string | number | boolean | null | undefined;

const PERIOD_EXPECTED = {
  zh: "年份或月份表头，如 2024、2024年、6月、2024年1-6月",
  en: "a year or month header such as 2024, 2024年, 6月 or 2024年1-6月",
};

/** "2024", "2024年" */
const YEAR = /^(\d{4})\s*年?(?:度)?$/;
/** "6月", "1-6月", "2024年6月", "2024年1-6月", "2024-06": a cumulative figure up to the end of the (last) month. */
const MONTH =
  /^(?:(\d{4})\s*(?:年|[-/.]))?\s*(?:\d{1,2}\s*[-—~～至到]\s*)?(\d{1,2})\s*(?:月(?:份|末)?)?$/;

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function monthEnd(year: number, month: number): CalendarDate {
  return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

function yearPeriod(label: string, year: number, reporting: CalendarDate): Period {
  const kind = "year";
  if (year < reporting.year) return { kind, label, year, asOf: monthEnd(year, 12), fullYear: true };
  if (year === reporting.year) return { kind, label, year, asOf: reporting, fullYear: false };
  return { kind, label, year, asOf: null, fullYear: false };
}

/** A figure accumulated to a day: compared at that day; not due while the day is still ahead of the reporting date. */
function datePeriod(
  label: string,
  end: CalendarDate,
  reporting: CalendarDate,
  kind: Period["kind"] = "date"
): Period {
  if (compare(end, reporting) > 0)
    return { kind, label, year: end.year, asOf: null, fullYear: false };
  return { kind, label, year: end.year, asOf: end, fullYear: end.month === 12 && end.day === 31 };
}

function monthPeriod(label: string, year: number, month: number, reporting: CalendarDate): Period {
  if (year === reporting.year && month === reporting.month)
    return { kind: "month", label, year, asOf: reporting, fullYear: false };
  return datePeriod(label, monthEnd(year, month), reporting, "month");
}

/** Words that say what a column holds, not which period: "2025年目标", "2025年实际", "实际完成", "年度目标数". */
const ROLE_WORDS = /目标数?|任务数?|计划数?|实际(?:完成)?数?|完成数?|target|actual/gi;

/** A header naming a target column: 目标, 任务, 计划 or Target, and not a rate or pace derived from one (目标完成率). */
export function isTargetHeader(header: HeaderValue): boolean {
  if (typeof header !== "string") return false;
  const text = header.normalize("NFKC");
  return /目标|任务|计划|target/i.test(text) && !/率|%|进度|差|比|实际|序时|actual/i.test(text);
}

/** Reads one column header; null when it names no period. Role words around the period are ignored. */
export function periodOf(header: HeaderValue, reporting: CalendarDate): Period | null {
  if (typeof header === "number") {
    if (Number.isInteger(header) && header >= 1900 && header <= 2200)
      return yearPeriod(String(header), header, reporting);
    if (header > 2200) {
      const date = fromExcelSerial(header);
      return datePeriod(`${date.year}-${date.month}-${date.day}`, date, reporting);
    }
    return null;
  }
  if (typeof header !== "string") return null;
  const text = header.normalize("NFKC").replace(ROLE_WORDS, "").replace(/\s+/g, "");
  if (text === "") return null;
  const year = YEAR.exec(text);
  if (year) return yearPeriod(header.trim(), Number(year[1]), reporting);
  const month = MONTH.exec(text);
  if (month && (month[1] || /月/.test(text))) {
    const number = Number(month[2]);
    if (number < 1 || number > 12) return null;
    return monthPeriod(
      header.trim(),
      month[1] ? Number(month[1]) : reporting.year,
      number,
      reporting
    );
  }
  return null;
}

/**
 * The period of every column. A single column without a readable header is the reporting date's year so far;
 * otherwise every column needs a header, and an unreadable one is an error naming it (never a guess).
 */
export function periodsOf(
  headers: readonly HeaderValue[],
  reporting: CalendarDate
): (Period | LookupError)[] {
  const label = `${reporting.year}-${String(reporting.month).padStart(2, "0")}-${String(reporting.day).padStart(2, "0")}`;
  if (headers.length === 1 && periodOf(headers[0], reporting) === null) {
    return [{ kind: "date", label, year: reporting.year, asOf: reporting, fullYear: false }];
  }
  return headers.map(
    (header) =>
      periodOf(header, reporting) ??
      new LookupError({
        reason: "invalid",
        subject: "year",
        query: String(header ?? ""),
        expected: PERIOD_EXPECTED,
      })
  );
}
