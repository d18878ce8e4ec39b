import { loadCatalog } from "../../../src/core/catalog/load-catalog";
import { layoutTable } from "../../../src/core/tables/sheet-layout";
import { PlanLookup } from "../../../src/core/lookup/plan-lookup";
import { toTsv } from "../../../src/core/tables/table-text";
import { readSeeds } from "../../../src/node/read-seeds";
import { copyOf, SEEDS_DIR } from "../../data/seeds";

/* Issue 13, finding 8: a maintainer's note ("故 issuer、docNumber、date 均为 null") reached the pane, the copy and
   the .xlsx. Notes for readers and notes for maintainers are separate fields, and validation keeps them apart. */

const shipped = readSeeds(SEEDS_DIR);
const lookup = new PlanLookup(loadCatalog(shipped));
const SCHEMA = /issuer|docNumber|\bnull\b|\byear\b|maintainerNote/;

test("no table of any document, as laid out for the pane, the copy and the .xlsx, shows a maintainer's words", () => {
  let laidOut = 0;
  for (const plan of lookup.catalog.plans) {
    for (const tableId of [...plan.tables.map((table) => table.id), "headlines"]) {
      for (const locale of ["zh", "en"] as const) {
        let text: string;
        try {
          text = toTsv(
            layoutTable(lookup, plan, tableId, { locale, mode: "values", footnotes: true })
          );
        } catch {
          continue; // a document without headline targets has no "headlines" table
        }
        laidOut++;
        expect([plan.id, tableId, SCHEMA.exec(text)?.[0]]).toEqual([plan.id, tableId, undefined]);
      }
    }
  }
  expect(laidOut).toBeGreaterThan(20);
});

test("the maintainers' explanations are kept, in their own field", () => {
  const qijiang = lookup.catalog.plans.find((plan) => plan.id === "qijiang-2023");
  expect(qijiang?.maintainerNote).toContain("issuer、docNumber、date 均为 null");
  expect(qijiang?.note).toContain("未载发文机关、文号、成文日期和标题");
});

test("validation refuses a reader's note that speaks the data file's language", () => {
  const input = copyOf(shipped);
  const qijiang = input.plans.find((file) => file.file.includes("qijiang"));
  (qijiang?.data as { note: string }).note = "故 issuer、docNumber、date 均为 null。";
  expect(() => loadCatalog(input)).toThrow(
    /"note" is shown to users but speaks of issuer, docNumber, date, null/
  );
});
