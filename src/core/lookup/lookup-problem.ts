import type { Locale } from "../i18n/locale";

/** What a lookup was asked about, for messages that tell the user which argument to change. */
export type Subject =
  "region" | "indicator" | "unit" | "document" | "year" | "date" | "number" | "method";

/** What kind of figure a lookup wanted. */
export type Wanted = "target" | "baseline" | "table" | "unit-table";

export type LookupProblem =
  /** No name matches; `candidates` are the nearest known names. */
  | { reason: "unknown"; subject: Subject; query: string; candidates: string[] }
  /** Several names match; `candidates` lists them all. */
  | { reason: "ambiguous"; subject: Subject; query: string; candidates: string[] }
  /** The names resolve but the catalog has no figure for the year; `years` are the years that have one. */
  | { reason: "no-year"; subject: "year"; query: string; years: number[] }
  /**
   * The names resolve but `scope` (a district, or a document) publishes no figure of the kind wanted for them;
   * `candidates` are the names (of the same subject) that have one there.
   */
  | {
      reason: "absent";
      subject: Subject;
      query: string;
      scope: string;
      what: Wanted;
      candidates: string[];
    }
  /**
   * The names resolve but there is no number to give: `figure`, the document prints "/" or "-" (query: the sign);
   * `previous`, no year-end figure before the year (query: that year); `dated`, the documents state the target
   * without a year (query: the indicator).
   */
  | { reason: "no-data"; subject: Subject; query: string; what: "previous" | "figure" | "dated" }
  /** An argument of the wrong type or range; `expected` says what was wanted. */
  | { reason: "invalid"; subject: Subject; query: string; expected: Record<Locale, string> };
