import { LookupError } from "./lookup-error";

/** A day of the calendar, without time zones: what a cell's date means to the person who typed it. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Excel's 1900 date system counts 1900-02-29, a day that never was; serials after it are one day late. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

const YEAR_EXPECTED = {
  zh: "年份，如 2025、“2025年”或日期",
  en: 'a year such as 2025, "2025年", or a date',
};
const DATE_EXPECTED = {
  zh: "日期，如 2025-06-30 或日期单元格",
  en: "a date such as 2025-06-30, or a date cell",
};

export function fromExcelSerial(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  const time = whole < 60 ? EXCEL_EPOCH + (whole + 1) * DAY : EXCEL_EPOCH + whole * DAY;
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isValidDate(date: CalendarDate): boolean {
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (
    check.getUTCFullYear() === date.year &&
    check.getUTCMonth() === date.month - 1 &&
    check.getUTCDate() === date.day
  );
}

/** A date from an Excel serial or text: 2025-06-30, 2025/6/30, 2025年6月30日. */
export function parseDate(value: number | string): CalendarDate {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 1) {
      const date = fromExcelSerial(value);
      if (date.year <= LAST_YEAR) return date;
    }
    throw new LookupError({
      reason: "invalid",
      subject: "date",
      query: String(value),
      expected: DATE_EXPECTED,
    });
  }
  const match = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(
    value.normalize("NFKC")
  );
  const date = match
    ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
    : null;
  if (date && isValidDate(date)) return date;
  throw new LookupError({
    reason: "invalid",
    subject: "date",
    query: value,
    expected: DATE_EXPECTED,
  });
}

/** A year from 2025, "2025", "2025年", or a date (serial or text). */
export function parseYear(value: number | string): number {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR) return value;
    if (Number.isFinite(value) && value > LAST_YEAR) return parseDate(value).year;
  } else {
    const text = value.normalize("NFKC").trim();
    const match = /^(\d{4})\s*年?$/.exec(text);
    if (match) return Number(match[1]);
    if (/^\d{4}\s*[-/.年]/.test(text)) return parseDate(text).year;
  }
  throw new LookupError({
    reason: "invalid",
    subject: "year",
    query: String(value),
    expected: YEAR_EXPECTED,
  });
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
