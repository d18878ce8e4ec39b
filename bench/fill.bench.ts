import { join } from "path";
import { loadCatalog } from "../src/core/catalog/load-catalog";
import { planFill } from "../src/core/fill/fill-plan";
import type { FillChoice } from "../src/core/fill/fill-request";
import { PlanLookup } from "../src/core/lookup/plan-lookup";
import { fillTargets } from "../src/excel/fill/write-fill";
import { readSeeds } from "../src/node/read-seeds";
import { FakeBook, FakeRequestContext } from "../test/fakes/excel";
import { median, perSecond, timeMs } from "./timing";

const ROWS = 1000;
/* Names as staff write them, with 合计 and blank rows: every kind of row the fill meets. */
const NAMES = [
  "观音桥",
  "石马河 街道",
  "大石坝街道办事处",
  "重庆市江北区寸滩街道",
  "合计",
  "",
  "新村街道",
];

const CHOICE: FillChoice = {
  region: "江北区",
  indicator: "高企",
  year: 2025,
  baseline: true,
  previousYear: true,
  output: "values",
  totals: "fill",
};

function book(): FakeBook {
  const fake = new FakeBook();
  for (let row = 0; row < ROWS; row++) fake.sheets[0].setEntry(row, 0, NAMES[row % NAMES.length]);
  return fake;
}

/** A fill of 1,000 rows, three columns each: planning speed in rows per second, and syncs and bytes of the write. */
export async function benchFill(): Promise<string[]> {
  const lookup = new PlanLookup(loadCatalog(readSeeds(join(__dirname, "..", "seeds"))));
  const names = { sheet: "Sheet1", row: 0, column: 0, hasHeader: false };
  const lines: string[] = [];
  for (const output of ["values", "formulas"] as const) {
    const column = {
      ...names,
      names: Array.from({ length: ROWS }, (_, i) => NAMES[i % NAMES.length]),
    };
    const ms = median(
      Array.from({ length: 7 }, () => timeMs(() => planFill(lookup, column, { ...CHOICE, output })))
    );
    const fake = book();
    const outcome = await fake.run((context: FakeRequestContext) =>
      fillTargets(
        context as unknown as Excel.RequestContext,
        {
          locale: "zh",
          sheet: "Sheet1",
          names: { row: 0, column: 0, rows: ROWS, columns: 1 },
          hasHeader: false,
          choice: { ...CHOICE, output },
        },
        lookup
      )
    );
    const bytes = outcome.status === "filled" ? outcome.bytes : 0;
    lines.push(
      `fill ${ROWS} rows × 3 columns as ${output}: ${Math.round(perSecond(ROWS, ms)).toLocaleString("en")} rows/s planned, ` +
        `${fake.syncCount} syncs, ${(bytes / 1024).toFixed(1)} KB written (${((bytes / (5 * 1024 * 1024)) * 100).toFixed(2)}% of Excel on the web's 5 MB)`
    );
  }
  return lines;
}
