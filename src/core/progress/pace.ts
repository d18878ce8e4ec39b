import { CalendarDate, dayOfYear, daysInYear } from "./dates";
import { LookupError } from "../lookup/lookup-error";
import { normalizeName } from "../lookup/text";

/**
 * How 序时进度 (the figure a unit should have reached by a date) is computed:
 * - increment (default): previous year-end + (this year's target − previous year-end) × days elapsed / days in year;
 * - days: this year's target × days elapsed / days in year;
 * - months: this year's target × month / 12, the date's month counted as complete (month-end reporting).
 * The date itself counts as elapsed: on 31 December the pace is the whole target.
 */
export type PaceMethod = "increment" | "days" | "months";

const METHOD_NAMES: Record<PaceMethod, string[]> = {
  increment: ["increment", "增量", "增量法", "从上年末", "1"],
  days: ["days", "按天", "按日", "2"],
  months: ["months", "按月", "3"],
};

const METHOD_EXPECTED = {
  zh: "“增量”（默认，从上年末到本年目标）、“按天”或“按月”",
  en: '"increment" (default: from last year-end to this year\'s target), "days" or "months"',
};

/** Every name of every method, normalized, for one map access per call. */
const METHOD_BY_NAME = new Map<string, PaceMethod>(
  (Object.entries(METHOD_NAMES) as [PaceMethod, string[]][]).flatMap(([method, names]) =>
    names.map((name): [string, PaceMethod] => [normalizeName(name), method])
  )
);

/** No method's name is longer; longer text is refused before it is normalized. */
const MAX_METHOD_TEXT = 40;

/** The method a cell names (English, Chinese or 1/2/3); blank means the default, anything else is a LookupError. */
export function parsePaceMethod(value: unknown): PaceMethod {
  if (value === null || value === undefined) return "increment";
  if (typeof value === "string" || typeof value === "number") {
    const text = String(value);
    const named = METHOD_BY_NAME.get(text);
    if (named !== undefined) return named;
    if (text.length <= MAX_METHOD_TEXT) {
      const typed = normalizeName(text);
      if (typed === "") return "increment";
      const method = METHOD_BY_NAME.get(typed);
      if (method !== undefined) return method;
    }
  } else if (String(value).trim() === "") return "increment";
  throw new LookupError({
    reason: "invalid",
    subject: "method",
    query: String(value),
    expected: METHOD_EXPECTED,
  });
}

/** How much of the year has elapsed at the end of the date, as elapsed ÷ whole: days of the year, or months. */
export function elapsedParts(
  date: CalendarDate,
  by: "days" | "months"
): { elapsed: number; whole: number } {
  return by === "months"
    ? { elapsed: date.month, whole: 12 }
    : { elapsed: dayOfYear(date), whole: daysInYear(date.year) };
}

/**
 * The one pace arithmetic, start + (target − start) × elapsed ÷ whole, in the order the highlighting's helper formula
 * writes it, so that a figure computed here and the same figure recalculated by Excel agree to the last digit.
 */
export function paceFrom(start: number, target: number, elapsed: number, whole: number): number {
  return start + ((target - start) * elapsed) / whole;
}

/** The pace figure at a date. `start` (previous year-end) is needed by the increment method only. */
export function paceAt(
  method: PaceMethod,
  date: CalendarDate,
  target: number,
  start: number | null
): number {
  const { elapsed, whole } = elapsedParts(date, method === "months" ? "months" : "days");
  if (method !== "increment") return paceFrom(0, target, elapsed, whole);
  if (start === null) throw new Error("the increment method needs the previous year-end figure");
  return paceFrom(start, target, elapsed, whole);
}
