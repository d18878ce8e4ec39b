import { LookupError } from "../lookup/lookup-error";

/** A day of the calendar, without time zones: what a cell's date means to the person who typed it. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Excel's 1900 date system counts 1900-02-29 (serial 60), a day that never was: serials before it are one day
 * early against a plain count from 1899-12-30, and serial 60 itself is no date.
 */
const DAY = 86_400_000;
const FIRST_YEAR = 1900;
/** The last year a date may fall in: far beyond any plan, and it keeps date text short. */
const LAST_YEAR = 2200;
/** The last number read as a year rather than a date serial: every four-digit year. */
const LAST_TYPED_YEAR = 9999;
/** Longer date text is refused before any parsing: the longest real form (" 2025 年 06 月 30 日 ") is far shorter. */
const MAX_DATE_TEXT = 40;
/** After NFKC and trimming; no two quantifiers can match the same characters, so matching is linear. */
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?$/;

const YEAR_EXPECTED = {
  zh: "年份，如 2025、“2025年”或日期",
  en: 'a year such as 2025, "2025年", or a date',
};
const DATE_EXPECTED = {
  zh: "日期，如 2025-06-30 或日期单元格",
  en: "a date such as 2025-06-30, or a date cell",
};

/** Days from 1970-01-01 to Excel's day 0, 1899-12-30. */
const EPOCH_DAYS = -25_569;

/**
 * The calendar date of a count of days since 1970-01-01, by arithmetic alone (Howard Hinnant's civil_from_days): no
 * Date object, since a sheet of date serials calls this for every cell.
 */
function civilFromDays(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1,
  };
}

/** The day of an Excel serial (its time of day ignored). Callers reject serial 60, Excel's phantom 1900-02-29. */
export function fromExcelSerial(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  return civilFromDays(EPOCH_DAYS + (whole < 60 ? whole + 1 : whole));
}

function isValidDate(date: CalendarDate): boolean {
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (
    check.getUTCFullYear() === date.year &&
    check.getUTCMonth() === date.month - 1 &&
    check.getUTCDate() === date.day
  );
}

function invalid(subject: "date" | "year", value: unknown): LookupError {
  return new LookupError({
    reason: "invalid",
    subject,
    query: String(value ?? ""),
    expected: subject === "date" ? DATE_EXPECTED : YEAR_EXPECTED,
  });
}

/**
 * A date from an Excel serial or text: 2025-06-30, 2025/6/30, 2025年6月30日. Anything else is a LookupError, and so is
 * a whole number from 1900 to 9999: someone typed a year where a date was wanted (as a serial it would be a day of
 * 1905–1927, which no report is dated).
 */
export function parseDate(value: unknown): CalendarDate {
  if (typeof value === "number") {
    const typedYear = Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_TYPED_YEAR;
    if (Number.isFinite(value) && value >= 1 && Math.floor(value) !== 60 && !typedYear) {
      const date = fromExcelSerial(value);
      if (date.year <= LAST_YEAR) return date;
    }
    throw invalid("date", value);
  }
  if (typeof value !== "string" || value.length > MAX_DATE_TEXT) throw invalid("date", value);
  const match = DATE_TEXT.exec(value.normalize("NFKC").trim());
  const date = match
    ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
    : null;
  if (date && date.year >= FIRST_YEAR && date.year <= LAST_YEAR && isValidDate(date)) return date;
  throw invalid("date", value);
}

/**
 * A year from 2025, "2025", "2025年", or a date (serial or text). Whole numbers from 1900 to 9999 are years, as
 * typed (2201 is the year 2201, which has no target, not the serial of 1906-01-09); numbers from 10000 are date
 * serials (45838 is 2025-06-30; 10000 is 1927-05-18, long before any plan). Anything else is a LookupError.
 */
export function parseYear(value: unknown): number {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_TYPED_YEAR) return value;
    if (Number.isFinite(value) && value > LAST_TYPED_YEAR) return dateOrInvalidYear(value).year;
  } else if (typeof value === "string" && value.length <= MAX_DATE_TEXT) {
    const text = value.normalize("NFKC").trim();
    const match = /^(\d{4})\s*年?$/.exec(text);
    if (match && Number(match[1]) >= FIRST_YEAR) return Number(match[1]);
    if (/^\d{4}\s*[-/.年]/.test(text)) return dateOrInvalidYear(text).year;
  }
  throw invalid("year", value);
}

function dateOrInvalidYear(value: number | string): CalendarDate {
  try {
    return parseDate(value);
  } catch {
    throw invalid("year", value);
  }
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day of the year, 1 for January 1st. */
export function dayOfYear(date: CalendarDate): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / DAY + 1;
}

export function daysInYear(year: number): number {
  return isLeap(year) ? 366 : 365;
}
