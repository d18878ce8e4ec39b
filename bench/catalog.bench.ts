import { join } from "path";
import { loadCatalog, SeedInput } from "../src/core/catalog/load-catalog";
import { PlanLookup, YearQuery } from "../src/core/lookup/plan-lookup";
import { readSeeds } from "../src/node/read-seeds";
import { DISTRICTS, syntheticSeeds, unitName } from "./synthetic";
import { median, perSecond, timeMs } from "./timing";

function shippedQueries(): YearQuery[] {
  return [
    { region: "江北", indicator: "高企", year: 2025, unit: "观音桥" },
    { region: "江北区", indicator: "科技型企业", year: 2027, unit: "鱼嘴镇" },
    { region: "永川", indicator: "研发投入", year: 2024, unit: "陈食街道" },
    { region: "永川区", indicator: "高新技术企业", year: 2025 },
    { region: "巫溪", indicator: "科技型", year: 2027 },
    { region: "綦江", indicator: "专精特新企业", year: 2027 },
  ];
}

function syntheticQueries(): YearQuery[] {
  return Array.from({ length: 600 }, (_, i) => {
    const district = (i * 7) % DISTRICTS.length;
    const region = i % 2 === 0 ? DISTRICTS[district] : DISTRICTS[district].slice(0, -1);
    const unit = i % 5 === 0 ? null : unitName(district, (i * 11) % 30);
    return { region, indicator: `指标${(i % 10) + 1}`, year: 2023 + (i % 5), unit };
  });
}

function measure(
  name: string,
  seeds: SeedInput,
  queries: YearQuery[]
): { lines: string[]; lookupsPerSecond: number } {
  const loadMs = median(Array.from({ length: 7 }, () => timeMs(() => loadCatalog(seeds))));
  const lookup = new PlanLookup(loadCatalog(seeds));
  const rounds = 200_000;
  const run = () => {
    for (let i = 0; i < rounds; i++) lookup.target(queries[i % queries.length]);
  };
  run();
  const lookupsPerSecond = perSecond(rounds, median(Array.from({ length: 5 }, () => timeMs(run))));
  return {
    lookupsPerSecond,
    lines: [
      `${name}: ${lookup.catalog.plans.length} documents, ${lookup.catalog.factCount} figures`,
      `  load + validate + index: ${loadMs.toFixed(2)} ms (median of 7)`,
      `  PlanLookup.target: ${Math.round(lookupsPerSecond).toLocaleString("en-US")} lookups/s (median of 5 × ${rounds.toLocaleString("en-US")})`,
    ],
  };
}

export async function benchCatalog(): Promise<string[]> {
  const shipped = measure(
    "shipped catalog",
    readSeeds(join(__dirname, "..", "seeds")),
    shippedQueries()
  );
  const synthetic = measure(
    "synthetic catalog (38 districts × 30 units × 10 indicators × 6 years)",
    syntheticSeeds(),
    syntheticQueries()
  );
  const ratio = shipped.lookupsPerSecond / synthetic.lookupsPerSecond;
  return [
    ...shipped.lines,
    ...synthetic.lines,
    `  lookup time, synthetic ÷ shipped: ${ratio.toFixed(2)}×`,
  ];
}
