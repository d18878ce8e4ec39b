import { normalizeName } from "../lookup/text";

/** What a header says about its column: a year, and whether it holds targets or actual figures. */
export interface HeaderReading {
  year: number;
  role: "target" | "actual" | null;
}

const YEAR = /(20\d{2})\s*年?/;
/* 实际数, 完成值, 完成数, 实绩, 基数 are actual figures; 目标, 任务, 计划, 预期 are targets. */
const ACTUAL = /实际|完成|实绩|基数|基期|actual/;
const TARGET = /目标|任务|计划|预期|target/;

/**
 * Reads a header cell such as "2025年目标", "2023年目标数", "2022年 实际数", "2026 年目标数" or "2024年". Null when it
 * names no year. A bare year says nothing of the role: the caller decides (a breakdown table's bare years are targets).
 */
export function readHeader(header: unknown): HeaderReading | null {
  if (typeof header === "number")
    return Number.isInteger(header) && header >= 2000 && header < 2100
      ? { year: header, role: null }
      : null;
  if (typeof header !== "string") return null;
  const text = normalizeName(header);
  const match = YEAR.exec(text);
  if (!match) return null;
  const rest = text.replace(match[0], "");
  const role = ACTUAL.test(rest) ? "actual" : TARGET.test(rest) ? "target" : null;
  return { year: Number(match[1]), role };
}
