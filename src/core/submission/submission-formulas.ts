import { cellA1, columnLetters } from "../sheet/a1";
import type { PaceMethod } from "../progress/pace";
import type { Thresholds } from "./submission-request";

/*
 * The formulas of one indicator's block on one row: plain Excel over the sheet's own cells (no PLAN.* function), so
 * the sheet recalculates in Excel 2016, WPS and LibreOffice without the add-in. Blank until 累计完成 is filled in.
 */

export const BLOCK_COLUMNS = 10;
export const BLOCK = {
  target: 0,
  base: 1,
  actual: 2,
  added: 3,
  rate: 4,
  addedRate: 5,
  pace: 6,
  gap: 7,
  status: 8,
  rank: 9,
} as const;

export const STATUS_WORDS = {
  met: "达标",
  onPace: "序时达标",
  behind: "落后",
  farBehind: "严重落后",
} as const;

export interface BlockContext {
  row: number;
  /** First column of the indicator's block. */
  column: number;
  /** Absolute reference of the cell holding the share of the year elapsed ($L$2). */
  share: string;
  pace: PaceMethod;
  thresholds: Thresholds;
}

function at(context: BlockContext, offset: number): string {
  return cellA1(context.row, context.column + offset);
}

/** 新增, 完成率, 新增完成率, 序时进度, 超/低于序时 (points) and 状态, in block order from 新增. */
export function derivedFormulas(context: BlockContext): string[] {
  const [t, b, a] = [at(context, BLOCK.target), at(context, BLOCK.base), at(context, BLOCK.actual)];
  const [rate, pace, gap] = [
    at(context, BLOCK.rate),
    at(context, BLOCK.pace),
    at(context, BLOCK.gap),
  ];
  const paceFormula =
    context.pace === "increment"
      ? `=IF(OR(${t}="",${t}=0),"",(${b}+(${t}-${b})*${context.share})/${t})`
      : `=${context.share}`;
  const { green, red } = context.thresholds;
  return [
    `=IF(${a}="","",${a}-${b})`,
    `=IF(OR(${a}="",${t}="",${t}=0),"",${a}/${t})`,
    `=IF(OR(${a}="",${t}="",${t}=${b}),"",(${a}-${b})/(${t}-${b}))`,
    paceFormula,
    `=IF(OR(${rate}="",${pace}=""),"",(${rate}-${pace})*100)`,
    `=IF(${gap}="","",IF(${a}>=${t},"${STATUS_WORDS.met}",IF(${gap}>=${-green},"${STATUS_WORDS.onPace}",IF(${gap}>=${-red},"${STATUS_WORDS.behind}","${STATUS_WORDS.farBehind}"))))`,
  ];
}

/** Rank by 完成率 among the rows of the unit's group; RANK passes over the blank rates of units not yet reported. */
export function rankFormula(context: BlockContext, first: number, last: number): string {
  const letters = columnLetters(context.column + BLOCK.rate);
  const rate = at(context, BLOCK.rate);
  return `=IF(ISNUMBER(${rate}),RANK(${rate},${letters}$${first + 1}:${letters}$${last + 1}),"")`;
}

/** A 小计 or 合计 figure: the sum of the sheet's own unit rows. */
export function sumFormula(column: number, rows: number[]): string {
  const letters = columnLetters(column);
  const runs: string[] = [];
  let start = rows[0];
  rows.forEach((row, index) => {
    if (rows[index + 1] !== row + 1) {
      runs.push(
        start === row ? `${letters}${row + 1}` : `${letters}${start + 1}:${letters}${row + 1}`
      );
      start = rows[index + 1];
    }
  });
  return `=SUM(${runs.join(",")})`;
}

/** The share of the year elapsed at the date in `date` (a cell reference), by months or by days. */
export function shareFormula(date: string, pace: PaceMethod): string {
  if (pace === "months") return `=MONTH(${date})/12`;
  return `=(${date}-DATE(YEAR(${date}),1,1)+1)/(DATE(YEAR(${date}),12,31)-DATE(YEAR(${date}),1,1)+1)`;
}
