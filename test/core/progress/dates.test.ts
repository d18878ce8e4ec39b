import {
  dayOfYear,
  daysInYear,
  fromExcelSerial,
  parseDate,
  parseYear,
} from "../../../src/core/progress/dates";
import { LookupError } from "../../../src/core/lookup/lookup-error";

/* Known serials of Excel's 1900 date system (as Excel shows them with a date format). */
const KNOWN: [number, string][] = [
  [1, "1900-01-01"],
  [59, "1900-02-28"],
  [61, "1900-03-01"],
  [36526, "2000-01-01"],
  [43831, "2020-01-01"],
  [45351, "2024-02-29"],
  [45658, "2025-01-01"],
  [45838, "2025-06-30"],
  [45839, "2025-07-01"],
  [46022, "2025-12-31"],
  [46023, "2026-01-01"],
];

const iso = ({ year, month, day }: { year: number; month: number; day: number }): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

describe("Excel serials", () => {
  test.each(KNOWN)("%d is %s", (serial, date) => {
    expect(iso(fromExcelSerial(serial))).toBe(date);
    expect(iso(parseDate(serial))).toBe(date);
  });

  test("every serial from 61 to 2200-12-31 is the day a calendar count from 1899-12-30 gives", () => {
    for (let serial = 61; serial <= 109_574; serial++) {
      const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      expect(fromExcelSerial(serial)).toEqual({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      });
    }
  });

  test("the time of day is ignored", () => {
    expect(iso(parseDate(45838.99))).toBe("2025-06-30");
  });

  test("serial 60, Excel's 1900-02-29, is no date", () => {
    expect(() => parseDate(60)).toThrow(LookupError);
    expect(() => parseDate(60.5)).toThrow(LookupError);
  });

  test.each([0, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2958466 + 365 * 300])(
    "%p is no date",
    (serial) => {
      expect(() => parseDate(serial)).toThrow(LookupError);
    }
  );
});

describe("parseDate from text", () => {
  test.each([
    ["2025-06-30", "2025-06-30"],
    ["2025/6/30", "2025-06-30"],
    ["2025.6.3", "2025-06-03"],
    ["2025年6月30日", "2025-06-30"],
    [" 2025 年 6 月 30 日 ", "2025-06-30"],
    ["２０２５－０６－３０", "2025-06-30"],
    ["2024-02-29", "2024-02-29"],
  ])("%p", (text, date) => {
    expect(iso(parseDate(text))).toBe(date);
  });

  test.each([
    "2025-02-29",
    "2025-13-01",
    "2025-06-31",
    "2025-06",
    "六月",
    "",
    "0099-01-01",
    "2300-01-01",
  ])("%p is rejected with what was expected", (text) => {
    expect(() => parseDate(text)).toThrow(/Invalid date .*expected a date such as 2025-06-30/);
  });

  test.each([true, null, undefined, {}])("%p is not a date", (value) => {
    expect(() => parseDate(value)).toThrow(LookupError);
  });

  test("a long text is refused before any matching (issue 13, finding 9: it cost 0.46 s by backtracking)", () => {
    for (const text of [`2025-1-1${" ".repeat(32_758)}x`, `2025-1-1${" ".repeat(32_759)}`]) {
      expect(() => parseDate(text)).toThrow(LookupError);
      expect(() => parseYear(text)).toThrow(LookupError);
    }
  });
});

describe("years and date serials (issue 13, finding 7)", () => {
  test.each([2201, 2500, 9999])("%d is that year, not a date serial of 1906–1927", (year) => {
    expect(parseYear(year)).toBe(year);
    expect(parseYear(`${year}年`)).toBe(year);
  });

  test("from 10000 a number is a date serial", () => {
    expect(parseYear(10000)).toBe(1927);
  });

  test.each([1900, 2025, 2201, 9999])("%d in a date argument is a year, not a date", (year) => {
    expect(() => parseDate(year)).toThrow(/Invalid date/);
  });
});

describe("parseYear", () => {
  test.each([
    [2025, 2025],
    ["2025", 2025],
    ["2025年", 2025],
    [" 2025 年 ", 2025],
    ["２０２５年", 2025],
    ["2025-06-30", 2025],
    ["2025年6月30日", 2025],
    [45838, 2025],
    [46022, 2025],
    [46023, 2026],
    [1900, 1900],
    [2200, 2200],
  ])("%p is %d", (value, year) => {
    expect(parseYear(value)).toBe(year);
  });

  test.each([
    1899,
    0,
    -2025,
    2025.5,
    Number.NaN,
    "1899",
    "2025年度",
    "二〇二五",
    "2025-02-30",
    "",
    true,
    null,
  ])("%p is rejected with what was expected", (value) => {
    expect(() => parseYear(value)).toThrow(
      /Invalid year .*expected a year such as 2025, "2025年", or a date/
    );
  });
});

describe("day of year", () => {
  test.each([
    [{ year: 2025, month: 1, day: 1 }, 1],
    [{ year: 2025, month: 6, day: 30 }, 181],
    [{ year: 2025, month: 12, day: 31 }, 365],
    [{ year: 2024, month: 6, day: 30 }, 182],
    [{ year: 2024, month: 12, day: 31 }, 366],
  ])("%p is day %d", (date, day) => {
    expect(dayOfYear(date)).toBe(day);
  });

  test.each([
    [2024, 366],
    [2025, 365],
    [2000, 366],
    [1900, 365],
    [2100, 365],
  ])("%d has %d days", (year, days) => {
    expect(daysInYear(year)).toBe(days);
  });
});
