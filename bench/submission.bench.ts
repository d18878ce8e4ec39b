import { join } from "path";
import { loadCatalog } from "../src/core/catalog/load-catalog";
import { PlanLookup } from "../src/core/lookup/plan-lookup";
import { readSeeds } from "../src/node/read-seeds";
import { buildSubmission } from "../src/core/submission/build-submission";
import { defaultRequest } from "../src/core/submission/submission-request";
import { buildSheetSpecXlsx } from "../src/export/sheet-spec-xlsx";
import { insertSubmissionSheet } from "../src/excel/submission/insert-submission";
import * as fake from "../test/fakes/excel";
import { median, timeMs } from "./timing";

/*
 * The 江北区 高企 + 科技型企业 submission sheet: time to build the plan in core, to write the .xlsx, and the syncs and
 * time of the Excel writer against the recording fake (which counts syncs; its time is ours, not Excel's).
 */
export async function benchSubmission(): Promise<string[]> {
  const lookup = new PlanLookup(loadCatalog(readSeeds(join(__dirname, "..", "seeds"))));
  const request = defaultRequest("江北区", ["高新技术企业", "科技型企业"], {
    year: 2025,
    month: 10,
    day: 31,
  });
  buildSubmission(lookup, request);
  const builds = Array.from({ length: 50 }, () => timeMs(() => buildSubmission(lookup, request)));
  const plan = buildSubmission(lookup, request);
  const cells = plan.cells.length * plan.cells[0].length;

  const xlsxTimes: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    bytes = (await buildSheetSpecXlsx(plan)).byteLength;
    xlsxTimes.push(performance.now() - start);
  }

  const writes: number[] = [];
  let syncs = 0;
  for (let run = 0; run < 10; run++) {
    const book = new fake.FakeBook();
    const start = performance.now();
    await book.run((context) =>
      insertSubmissionSheet(context as unknown as Excel.RequestContext, plan, "zh")
    );
    writes.push(performance.now() - start);
    syncs = book.syncCount;
  }
  return [
    `submission sheet 江北区 2 indicators: ${plan.cells.length} rows × ${plan.cells[0].length} columns (${cells} cells), ${plan.rules.length} rules, ${plan.inputs.boxes.length} inputs`,
    `  build plan (core): median ${median(builds).toFixed(2)} ms of 50`,
    `  .xlsx (exceljs): median ${median(xlsxTimes).toFixed(1)} ms of 5, ${(bytes / 1024).toFixed(1)} KB`,
    `  Excel writer against the fake: ${syncs} syncs, median ${median(writes).toFixed(2)} ms of 10`,
  ];
}

if (require.main === module) {
  benchSubmission()
    .then((lines) => lines.forEach((line) => console.log(line)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
