import type { HighlightInput } from "../../../src/core/highlight/analysis-types";
import type { Status } from "../../../src/core/progress/status";

/**
 * 江北区 high-tech enterprises by street, 2023 and 2024, reported on 2024-06-30 (day 182 of 366). Targets from
 * 江北府办发〔2023〕38号 附件1; the comments give the expected level and why.
 */
export const JIANGBEI_GRID: HighlightInput = {
  region: "江北区",
  indicator: "高新技术企业",
  reporting: { year: 2024, month: 6, day: 30 },
  headers: ["2023年", "2024年"],
  labels: [
    "石马河街道",
    "大石坝街道",
    "观音桥街道",
    "华新街街道",
    "江北城",
    "小计",
    "石马街道",
    "合计",
  ],
  actuals: [
    [34, 35], // 2023 target 33: met; 2024 pace 33 + 3 × 182/366 = 34.49, target 36: on pace
    [11, 11], // met; pace 11.497: behind by 4.1 points of 12
    [75, 70], // 2023 below the full-year target 81 by 7.4 points: behind; 2024 pace 84.98, gap 16.8: far behind
    ["", "—"], // blank and text: not coloured
    [10, 10], // 2023 target 10: met; 2024 pace 10.497, gap 4.5 of 11: behind
    [300, 330], // 小计 is ambiguous in 江北区 (two groups): reported, not coloured
    [30, 30], // unknown name: reported, not coloured
    [340, 380], // 合计 2023 target 361, gap 5.8: behind; 2024 pace 361 + 36 × 182/366 = 378.9: on pace
  ],
};

export const EXPECTED_STATUSES: (Status | null)[][] = [
  ["met", "on-pace"],
  ["met", "behind"],
  ["behind", "far-behind"],
  [null, null],
  ["met", "behind"],
  [null, null],
  [null, null],
  ["behind", "on-pace"],
];
