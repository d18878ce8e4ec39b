import { join } from "path";
import { CatalogError, loadCatalog } from "../src/core/catalog/load-catalog";
import { citeDocument, citeFact } from "../src/core/catalog/citation";
import { findConflicts } from "../src/core/audit/conflicts";
import { catalogCsv } from "../src/core/audit/csv";
import { provenanceProblems } from "../src/core/audit/provenance";
import { reconcilePlans } from "../src/core/audit/reconcile";
import { readSeeds, readSource } from "../src/node/read-seeds";

/* Tools for the people who maintain the plan data:
     npm run catalog -- check   validate, prove every figure against its source, print the reconciliation
     npm run catalog -- csv     every figure as CSV, for review in Excel */

const SEEDS = join(__dirname, "..", "seeds");

function check(): number {
  const catalog = loadCatalog(readSeeds(SEEDS));
  let unproven = 0;
  for (const plan of catalog.plans) {
    for (const problem of provenanceProblems(plan, readSource(SEEDS, plan.source))) {
      unproven++;
      console.log(`NOT IN SOURCE\t${plan.id}\t${problem.where}\t${problem.message}`);
    }
  }
  const discrepancies = reconcilePlans(catalog.plans);
  console.log("document\ttable\trow\tyear\tstated\tcomputed\tsummed");
  for (const d of discrepancies) {
    const document = citeDocument(d.plan, "zh");
    const table = `${d.table.attachment} ${d.table.title}`;
    const basis = d.basis === "units" ? "单位行" : "小计行";
    console.log(
      `${document}\t${table}\t${d.rowLabel}\t${d.year}\t${d.stated}\t${d.computed}\t${basis}`
    );
  }
  const conflicts = findConflicts(catalog);
  for (const conflict of conflicts) {
    const name = catalog.indicator(conflict.indicator).zh;
    console.log(`\nDIFFERENT TARGETS\t${conflict.region}\t${name}\t${conflict.year}`);
    conflict.facts.forEach((fact, index) => {
      console.log(`  ${index === 0 ? "default" : "       "}\t${citeFact(fact, "zh")}`);
    });
  }
  const facts = catalog.factCount;
  console.log(
    `\n${catalog.plans.length} documents, ${facts} figures, ${unproven} not found in their source, ` +
      `${discrepancies.length} stated totals that differ from their rows, ${conflicts.length} targets given differently.`
  );
  return unproven === 0 ? 0 : 1;
}

function main(command: string | undefined): number {
  try {
    if (command === "check") return check();
    if (command === "csv") {
      process.stdout.write(catalogCsv(loadCatalog(readSeeds(SEEDS))));
      return 0;
    }
    console.error("Usage: npm run catalog -- check | csv");
    return 2;
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main(process.argv[2]);
