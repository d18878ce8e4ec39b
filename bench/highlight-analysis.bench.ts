import { join } from "path";
import { analyzeHighlight } from "../src/core/highlight/analyze";
import { loadCatalog } from "../src/core/catalog/load-catalog";
import { PlanLookup } from "../src/core/lookup/plan-lookup";
import { statusOf } from "../src/core/progress/status";
import { readSeeds } from "../src/node/read-seeds";
import { median, timeMs } from "./timing";

/*
 * Issue 15: the highlighting analysis of a grid of units × 12 months at the sizes bureaus use, against a floor in the
 * same run: one map access per row for the year's target and the status arithmetic per cell. Linear in cells means
 * the time per cell stays flat from 100 to 10,000 rows.
 */

const MONTHS = Array.from({ length: 12 }, (_, month) => `2025年${month + 1}月`);

function grid(rows: number, units: readonly string[]) {
  return {
    region: "江北区",
    indicator: "高新技术企业",
    reporting: { year: 2025, month: 12, day: 31 },
    labels: Array.from({ length: rows }, (_, row) => units[row % units.length]),
    headers: MONTHS,
    actuals: Array.from({ length: rows }, (_, row) =>
      MONTHS.map((_, month) => (row % 50) + month * 3)
    ),
  };
}

function floor(input: ReturnType<typeof grid>, targets: Map<string, number>): number {
  let behind = 0;
  input.labels.forEach((label, row) => {
    const target = targets.get(label) ?? 1;
    input.actuals[row].forEach((actual, month) => {
      if (statusOf(actual, target, (target * (month + 1)) / 12) !== "met") behind++;
    });
  });
  return behind;
}

export async function benchHighlightAnalysis(): Promise<string[]> {
  const lookup = new PlanLookup(loadCatalog(readSeeds(join(__dirname, "..", "seeds"))));
  const units = lookup.catalog
    .unitsOf("江北区", "high-tech-enterprises")
    .filter((unit) => unit.kind === "unit")
    .map((unit) => unit.name);
  const targets = new Map(units.map((unit, index) => [unit, 50 + index]));
  const lines = ["highlighting analysis, units × 12 months (analyzeHighlight), against its floor:"];
  // Warm the code up first, so the smallest size is not measured while it is still being compiled.
  for (let round = 0; round < 3; round++) analyzeHighlight(lookup, grid(2000, units));
  for (const rows of [100, 2000, 10_000]) {
    const input = grid(rows, units);
    analyzeHighlight(lookup, input);
    const subject: number[] = [];
    const base: number[] = [];
    for (let round = 0; round < 7; round++) {
      subject.push(timeMs(() => analyzeHighlight(lookup, input)));
      base.push(timeMs(() => floor(input, targets)));
    }
    const ms = median(subject);
    const floorMs = median(base);
    const cells = rows * MONTHS.length;
    lines.push(
      `  ${String(rows).padStart(6)} rows (${cells} cells): ${ms.toFixed(1)} ms = ${((ms * 1000) / cells).toFixed(2)} µs a cell` +
        `   floor ${floorMs.toFixed(2)} ms   ratio ${(ms / floorMs).toFixed(1)}×`
    );
  }
  return lines;
}
