import type { PlanCell } from "../presentation/sheet-spec";
import type { Box } from "../presentation/sheet-presentation";
import { columnLetters } from "../sheet/a1";
import { shareFormula } from "./submission-formulas";
import type { SubmissionRequest } from "./submission-request";
import { HEADER_LINE } from "./submission-text";

export interface HeaderLine {
  cells: PlanCell[];
  formats: (string | null)[];
  merges: Box[];
  /** Absolute reference of the share of the year elapsed, which every pace formula reads. */
  share: string;
}

/**
 * The line under the title: 填报单位（盖章）at the left; at the right 填报日期 (left blank to write by hand), 截止日期
 * as a real date, and the share of the year elapsed computed from it. Changing the date recomputes the whole sheet.
 * Labels and the date sit in pairs of merged cells so that they fit the narrow figure columns.
 */
export function headerLine(row: number, width: number, request: SubmissionRequest): HeaderLine {
  const cells = Array<PlanCell>(width).fill(null);
  const formats = Array<string | null>(width).fill(null);
  const { year, month, day } = request.date;
  const [filled, until, date, shareLabel, share] = [
    width - 8,
    width - 6,
    width - 4,
    width - 2,
    width - 1,
  ];
  cells[0] = HEADER_LINE.reporter;
  cells[filled] = HEADER_LINE.filled;
  cells[until] = HEADER_LINE.until;
  cells[date] = `=DATE(${year},${month},${day})`;
  formats[date] = 'yyyy"年"m"月"d"日"';
  cells[shareLabel] = HEADER_LINE.share;
  cells[share] = shareFormula(`$${columnLetters(date)}$${row + 1}`, request.pace);
  formats[share] = "0.0%";
  return {
    cells,
    formats,
    merges: [filled, until, date].map((column) => ({ row, column, rows: 1, columns: 2 })),
    share: `$${columnLetters(share)}$${row + 1}`,
  };
}
