import { join } from "path";
import type { Fact } from "../src/core/catalog/catalog";
import { loadCatalog } from "../src/core/catalog/load-catalog";
import { readSeeds } from "../src/node/read-seeds";

/* Argument lists for each PLAN.* function, as a sheet passes them: a few typical ones that a recalculation repeats,
   and long lists of combinations never seen before (more of them than the answer cache keeps). */

export type Args = unknown[];

const SERIAL_OF_JAN_1 = (year: number): number =>
  (Date.UTC(year, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;

const facts = (): Fact[] => loadCatalog(readSeeds(join(__dirname, "..", "seeds"))).allFacts();

function winners(): Fact[] {
  return facts().filter(
    (fact) =>
      fact.kind === "target" &&
      fact.year !== null &&
      fact.figure.value !== null &&
      fact.figure.value > 0 &&
      fact.unit?.kind !== "subtotal"
  );
}

export const REPEATED: Record<string, Args[]> = {
  TARGET: [
    ["江北", "高企", 2025, "观音桥", null],
    ["永川区", "研发投入", "2026年", "陈食街道", null],
    ["巫溪", "科技型企业", 2027, null, null],
  ],
  BASELINE: [
    ["江北", "科技型企业", "鱼嘴镇", null],
    ["永川", "高企", null, "永川府办发〔2021〕66号"],
  ],
  TARGETS: [["永川", "科技型企业", "三教镇", null]],
  TABLE: [["永川", "研发投入", null]],
  UNITS: [["江北", "高企", null]],
  PACE: [
    ["江北", "高企", 45838, "观音桥", null, null],
    ["永川", "研发投入", "2025-06-30", "陈食", "按月", null],
  ],
  RATE: [[80, "江北", "高企", 2025, "观音桥", null]],
  STATUS: [[80, "江北", "高企", 45838, "观音桥", null]],
  SOURCE: [
    ["江北", "高企", 2025, "观音桥", null],
    ["江北", "上市企业", null, null, null],
  ],
};

/** Repeated failing calls: an ambiguous name, an unknown one, a year without a target. */
export const REPEATED_ERRORS: Args[] = [
  ["江北", "高企", 2025, "小计", null],
  ["江北", "高企", 2025, "解放碑", null],
  ["江北", "高企", 2031, "观音桥", null],
];

/** Each target fact with `spread` different days of its year: distinct arguments, names as staff type them. */
function perFact(spread: number, make: (fact: Fact, serial: number, i: number) => Args): Args[] {
  const calls: Args[] = [];
  winners().forEach((fact, index) => {
    for (let day = 0; day < spread; day++) {
      const serial = SERIAL_OF_JAN_1(fact.year as number) + ((day * 17 + index) % 365);
      calls.push(make(fact, serial, calls.length));
    }
  });
  return calls;
}

const short = (region: string): string => region.slice(0, -1);
const unitOf = (fact: Fact): string | null => fact.unit?.name ?? null;

/** Each distinct argument list once. */
function distinct(calls: Args[]): Args[] {
  const seen = new Set<string>();
  return calls.filter((args) => {
    const key = JSON.stringify(args);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every slot of the catalog by the names staff type: the district full and short, the indicator by each name. */
function byNames(
  from: Fact[],
  make: (region: string, indicator: string, fact: Fact) => Args
): Args[] {
  const indicators = loadCatalog(readSeeds(join(__dirname, "..", "seeds"))).indicators;
  return distinct(
    from.flatMap((fact) => {
      const known = indicators.find((indicator) => indicator.id === fact.indicator);
      const names = [
        fact.indicator,
        known?.zh ?? fact.indicator,
        ...(known?.aliases.slice(0, 2) ?? []),
      ];
      return [fact.region, short(fact.region)].flatMap((region) =>
        names.map((indicator) => make(region, indicator, fact))
      );
    })
  );
}

/**
 * Distinct calls of each function, as a sheet would hold them; the benchmark makes the functions forget their
 * answers before each pass, so that every call of a pass is one never seen before.
 */
export function unseen(id: string, spread = 8): Args[] {
  switch (id) {
    case "TARGET":
      return perFact(spread, (fact, serial) => [
        short(fact.region),
        fact.indicator,
        serial,
        unitOf(fact),
        null,
      ]);
    case "PACE":
      return perFact(spread, (fact, serial) => [
        fact.region,
        fact.indicator,
        serial,
        unitOf(fact),
        "按天",
        null,
      ]);
    case "RATE":
      return perFact(spread, (fact, _serial, i) => [
        i,
        fact.region,
        fact.indicator,
        fact.year,
        unitOf(fact),
        null,
      ]);
    case "STATUS":
      return perFact(spread, (fact, serial, i) => [
        i % 500,
        fact.region,
        fact.indicator,
        serial,
        unitOf(fact),
        null,
      ]);
    case "SOURCE":
      return perFact(spread, (fact, serial) => [
        fact.region,
        fact.indicator,
        serial,
        unitOf(fact),
        null,
      ]);
    case "ERRORS":
      return perFact(spread, (fact, serial) => [
        fact.region,
        fact.indicator,
        serial + 365 * 12,
        unitOf(fact),
        null,
      ]);
    case "BASELINE": {
      // Base-year actuals of the newest document of each slot: what BASELINE gives without a document named.
      const actuals = facts().filter(
        (fact) => fact.kind === "actual" && fact.plan.id !== "yongchuan-2021-66"
      );
      return byNames(actuals, (region, indicator, fact) => [region, indicator, unitOf(fact), null]);
    }
    case "TARGETS":
      return byNames(winners(), (region, indicator, fact) => [
        region,
        indicator,
        unitOf(fact),
        null,
      ]);
    case "UNITS":
      return byNames(
        winners().filter((fact) => fact.table?.layout === "units"),
        (region, indicator) => [region, indicator, null]
      );
    default:
      return byNames(
        winners().filter((fact) => fact.table !== null),
        (region, indicator, fact) => [region, indicator, fact.plan.docNumber ?? fact.plan.id]
      );
  }
}
