import type { CellProblem } from "../../core/highlight/analysis-types";
import { describeProblem } from "../../core/lookup/describe-problem";
import { LookupError } from "../../core/lookup/lookup-error";
import type { Locale } from "../../core/i18n/locale";
import { SelectionError } from "../../core/sheet/selection-error";
import type { HighlightStrings } from "./strings";
import { WriteFailedError } from "../../excel/contract";

/** Where a problem is, in sheet terms (1-based rows and columns of the sheet, not of the selection). */
export function problemText(
  problem: CellProblem,
  origin: { row: number; column: number },
  strings: HighlightStrings,
  locale: Locale
): string {
  const row = problem.row === null ? null : origin.row + problem.row + 1;
  const column = problem.column === null ? null : origin.column + problem.column + 1;
  const place =
    row !== null && column !== null
      ? strings.cell(row, column)
      : row !== null
        ? strings.row(row)
        : strings.column(column ?? 0);
  return `${place}${locale === "zh" ? "：" : ": "}${describeProblem(problem.problem, locale)}`;
}

/**
 * A failure in words the user can act on: lookup problems in their language; a failed write as it says (whether it
 * was undone); anything else as "nothing changed".
 */
export function failureText(error: unknown, strings: HighlightStrings, locale: Locale): string {
  if (error instanceof LookupError) return describeProblem(error.problem, locale);
  if (error instanceof WriteFailedError) return error.message;
  if (error instanceof SelectionError)
    return error.reason === "empty" ? strings.emptySelection : strings.tooLarge;
  return strings.failed(error instanceof Error ? error.message : String(error));
}
