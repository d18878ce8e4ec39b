import type { SheetSpec } from "../../../src/core/presentation/sheet-spec";
import { BLOCK, BLOCK_COLUMNS } from "../../../src/core/submission/submission-formulas";
import type { SubmissionRequest } from "../../../src/core/submission/submission-request";
import { defaultRequest } from "../../../src/core/submission/submission-request";

/*
 * 江北区 高新技术企业 + 科技型企业 at 2025-10-31, month-end pace 10/12 = 83.3%, with actuals chosen to hit every level,
 * a tie, a unit exactly on pace (郭家沱街道 5 of 6) and a unit not yet reported (复盛镇, 高企). The expected figures
 * were worked out by hand from the published 2025 targets and 2024 targets (上年末) of 江北府办发〔2023〕38号 附件1/2:
 * rate = actual ÷ target, gap = (rate − 10/12) × 100, status by the default thresholds (0 and 10 points). 小计 and
 * 合计 carry the figures the document states where they differ from the rows (附件1 合计 442 and 397, not 443 and 394;
 * 小计（第2组） 58 and 54; 附件2 小计（第2组） 244 and 213, 合计 上年末 2286), so their rates are of those.
 */

export const REQUEST: SubmissionRequest = defaultRequest("江北区", ["高新技术企业", "科技型企业"], {
  year: 2025,
  month: 10,
  day: 31,
});

export interface Expected {
  unit: string;
  target: number;
  base: number;
  actual: number | null;
  /** Percent with one decimal, as the sheet prints it; "" when blank. */
  rate: string;
  gap: string;
  status: string;
  rank: string;
}

const row = (
  unit: string,
  target: number,
  base: number,
  actual: number | null,
  rate: string,
  gap: string,
  status: string,
  rank: string
): Expected => ({ unit, target, base, actual, rate, gap, status, rank });

export const HIGH_TECH: Expected[] = [
  row("石马河街道", 40, 36, 38, "95.0%", "+11.7", "序时达标", "3"),
  row("大石坝街道", 14, 12, 10, "71.4%", "-11.9", "严重落后", "8"),
  row("观音桥街道", 100, 89, 80, "80.0%", "-3.3", "落后", "6"),
  row("华新街街道", 35, 31, 35, "100.0%", "+16.7", "达标", "1"),
  row("五里店街道", 31, 27, 22, "71.0%", "-12.4", "严重落后", "9"),
  row("江北城街道", 13, 11, 11, "84.6%", "+1.3", "序时达标", "5"),
  row("寸滩街道", 58, 52, 50, "86.2%", "+2.9", "序时达标", "4"),
  row("铁山坪街道", 92, 82, 70, "76.1%", "-7.2", "落后", "7"),
  row("五宝镇", 1, 1, 1, "100.0%", "+16.7", "达标", "1"),
  row("小计（第1组）", 384, 343, 317, "82.6%", "-0.8", "落后", ""),
  row("郭家沱街道", 6, 5, 5, "83.3%", "0.0", "序时达标", "2"),
  row("鱼嘴镇", 40, 37, 36, "90.0%", "+6.7", "序时达标", "1"),
  row("复盛镇", 13, 11, null, "", "", "", ""),
  row("小计（第2组）", 58, 54, 41, "70.7%", "-12.6", "严重落后", ""),
  row("合计", 442, 397, 358, "81.0%", "-2.3", "落后", ""),
];

export const TECH_BASED: Expected[] = [
  row("石马河街道", 282, 246, 240, "85.1%", "+1.8", "序时达标", "3"),
  row("大石坝街道", 187, 164, 150, "80.2%", "-3.1", "落后", "5"),
  row("观音桥街道", 815, 712, 600, "73.6%", "-9.7", "落后", "6"),
  row("华新街街道", 224, 196, 230, "102.7%", "+19.3", "达标", "1"),
  row("五里店街道", 280, 245, 200, "71.4%", "-11.9", "严重落后", "8"),
  row("江北城街道", 74, 65, 62, "83.8%", "+0.5", "序时达标", "4"),
  row("寸滩街道", 206, 180, 180, "87.4%", "+4.0", "序时达标", "2"),
  row("铁山坪街道", 302, 263, 220, "72.8%", "-10.5", "严重落后", "7"),
  row("五宝镇", 3, 3, 2, "66.7%", "-16.7", "严重落后", "9"),
  row("小计（第1组）", 2373, 2073, 1884, "79.4%", "-3.9", "落后", ""),
  row("郭家沱街道", 25, 22, 20, "80.0%", "-3.3", "落后", "3"),
  row("鱼嘴镇", 189, 165, 160, "84.7%", "+1.3", "序时达标", "2"),
  row("复盛镇", 31, 27, 30, "96.8%", "+13.4", "序时达标", "1"),
  row("小计（第2组）", 244, 213, 210, "86.1%", "+2.7", "序时达标", ""),
  row("合计", 2618, 2286, 2094, "80.0%", "-3.3", "落后", ""),
];

export const EXPECTED = [HIGH_TECH, TECH_BASED];

/** The plan with the fixture's actuals typed into its input cells, as a user fills the sheet. */
export function filledIn(plan: SheetSpec): SheetSpec {
  const cells = plan.cells.map((cells) => [...cells]);
  EXPECTED.forEach((rows, block) =>
    rows.forEach((expected) => {
      const row = cells.findIndex((cells) => cells[1] === expected.unit);
      const column = 2 + block * BLOCK_COLUMNS + BLOCK.actual;
      if (plan.inputs.boxes.some((box) => box.row === row && box.column === column))
        cells[row][column] = expected.actual;
    })
  );
  return { ...plan, cells };
}
