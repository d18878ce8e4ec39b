import type { FillChoice } from "../../../src/core/fill/fill-request";

/**
 * A 江北区 monthly sheet's name column as staff type it: streets written five ways (a stray space, the 办事处 suffix,
 * the short name, a 重庆市江北区 prefix, a full-width space), a blank row, two 小计 and a 合计, one name that is no
 * unit of 江北区 (新村街道) and one that names several (街道).
 */
export const JIANGBEI_NAMES: (string | null)[] = [
  "街道/镇",
  "石马河 街道",
  "大石坝街道办事处",
  "观音桥",
  "重庆市江北区华新街街道",
  "五里店街道\u3000",
  null,
  "江北城街道",
  "寸滩街道",
  "铁山坪街道",
  "五宝镇人民政府",
  "小计",
  "新村街道",
  "街道",
  "郭家沱街道",
  "鱼嘴镇",
  "复盛镇",
  "小计",
  "合  计",
];

/** 附件1 of 江北府办发〔2023〕38号, 2025年目标数, by the row of JIANGBEI_NAMES (header at index 0). */
export const HIGH_TECH_2025: Record<number, number> = {
  1: 40,
  2: 14,
  3: 100,
  4: 35,
  5: 31,
  7: 13,
  8: 58,
  9: 92,
  10: 1,
  11: 384,
  14: 6,
  15: 40,
  16: 13,
  17: 58,
  18: 442,
};

/** 江北区 高企 2025 as values, the 小计 and 合计 rows filled too: what most of the fill tests ask. */
export const JIANGBEI_CHOICE: FillChoice = {
  region: "江北区",
  indicator: "高企",
  year: 2025,
  baseline: false,
  previousYear: false,
  output: "values",
  totals: "fill",
};
