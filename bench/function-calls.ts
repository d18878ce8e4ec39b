import { join } from "path";
import type { Fact } from "../src/core/catalog/catalog";
import { loadCatalog } from "../src/core/catalog/load-catalog";
import { readSeeds } from "../src/node/read-seeds";

/* Argument lists for each PLAN.* function, as a sheet passes them: a few typical ones that a recalculation repeats,
   and long lists of combinations never seen before (more of them than the answer cache keeps). */

export type Args = unknown[];

const SERIAL_OF_JAN_1 = (year: number): number =>
  (Date.UTC(year, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;

function winners(): Fact[] {
  return loadCatalog(readSeeds(join(__dirname, "..", "seeds")))
    .allFacts()
    .filter(
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
const padded = (text: string, i: number): string => `${text}${" ".repeat(i % 7)}${"　".repeat(Math.floor(i / 7) % 5)}`;

/** More distinct calls than the answer cache keeps (2 × 8192), for each function. */
export function unseen(id: string, spread = 24): Args[] {
  switch (id) {
    case "TARGET":
      return perFact(spread, (fact, serial) => [short(fact.region), fact.indicator, serial, unitOf(fact), null]);
    case "PACE":
      return perFact(spread, (fact, serial) => [fact.region, fact.indicator, serial, unitOf(fact), "按天", null]);
    case "RATE":
      return perFact(spread, (fact, _serial, i) => [i, fact.region, fact.indicator, fact.year, unitOf(fact), null]);
    case "STATUS":
      return perFact(spread, (fact, serial, i) => [i % 500, fact.region, fact.indicator, serial, unitOf(fact), null]);
    case "SOURCE":
      return perFact(spread, (fact, serial) => [fact.region, fact.indicator, serial, unitOf(fact), null]);
    case "ERRORS":
      return perFact(spread, (fact, serial) => [fact.region, fact.indicator, serial + 365 * 12, unitOf(fact), null]);
    default:
      return perFact(spread, (fact, _serial, i) => {
        const region = padded(fact.region, i);
        const indicator = padded(fact.indicator, Math.floor(i / 35));
        if (id === "BASELINE" || id === "TARGETS") return [region, indicator, unitOf(fact), null];
        return [region, indicator, null];
      });
  }
}
