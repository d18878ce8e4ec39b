import { join } from "path";
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import type { Fact } from "../src/core/catalog/catalog";
import { planLookup } from "../src/core/catalog/embedded";
import * as PLAN from "../src/functions/functions";
import { readSeeds } from "../src/node/read-seeds";
import { installStubRuntime, OMITTED } from "../test/functions/stub-runtime";
import { GENERATION, rememberedCount } from "../src/functions/answer-cache";
import { RESOLVED_CACHE_SIZE } from "../src/core/lookup/name-index";
import { median, perSecond, timeMs } from "./timing";

/* The custom functions as Excel calls them (through src/functions/functions.ts, with a stub CustomFunctions
   global), on the shipped catalog: calls per second of each function, and a sheet of 10,000 PLAN.TARGET formulas. */

const SHEET_CELLS = 10_000;

type Call = () => unknown;

/**
 * Every dated target of the catalog as a formula staff would write it: names full or short, years in every form.
 * Some cells fail as they would on a real sheet: a year without a target, and 三教 where it names two units.
 */
function sheetOfTargets(): Call[] {
  const lookup = planLookup();
  const catalog = lookup.catalog;
  const targets = catalog
    .allFacts()
    .filter(
      (fact: Fact) => fact.kind === "target" && fact.year !== null && fact.figure.value !== null
    );
  const calls: Call[] = [];
  for (let i = 0; calls.length < SHEET_CELLS; i++) {
    const fact = targets[i % targets.length];
    const year = fact.year as number;
    const region = i % 2 === 0 ? fact.region : fact.region.slice(0, -1);
    const indicator = catalog.indicator(fact.indicator);
    const indicatorName = i % 3 === 0 ? indicator.zh : (indicator.aliases[0] ?? indicator.zh);
    const yearCell = [
      year,
      `${year}年`,
      (Date.UTC(year, 5, 30) - Date.UTC(1899, 11, 30)) / 86_400_000,
    ][i % 3];
    const unitName = fact.unit?.kind === "unit" ? fact.unit.name : OMITTED;
    const unit =
      i % 4 === 0 && unitName ? unitName.replace(/(街道|镇|管委会|产业促进中心)$/, "") : unitName;
    const typedYear = i % 100 === 99 ? 2031 : yearCell;
    calls.push(() =>
      PLAN.target(region, indicatorName, typedYear, unit, fact.plan.docNumber ?? fact.plan.id)
    );
  }
  return calls;
}

function runAll(calls: readonly Call[]): number {
  let errors = 0;
  for (const call of calls) {
    try {
      call();
    } catch {
      errors++;
    }
  }
  return errors;
}

/** A handful of typical calls of one function, repeated for about a quarter of a second. */
function callsPerSecond(calls: readonly Call[]): number {
  runAll(calls);
  let rounds = 1;
  while (timeMs(() => runLoop(calls, rounds)) < 50) rounds *= 2;
  const ms = median(Array.from({ length: 5 }, () => timeMs(() => runLoop(calls, rounds))));
  return perSecond(rounds * calls.length, ms);
}

function runLoop(calls: readonly Call[], rounds: number): void {
  for (let round = 0; round < rounds; round++) runAll(calls);
}

function perFunction(): [string, Call[]][] {
  return [
    [
      "TARGET",
      [
        () => PLAN.target("江北", "高企", 2025, "观音桥", OMITTED),
        () => PLAN.target("永川区", "研发投入", "2026年", "陈食街道", OMITTED),
        () => PLAN.target("巫溪", "科技型企业", 2027, OMITTED, OMITTED),
      ],
    ],
    [
      "BASELINE",
      [
        () => PLAN.baseline("江北", "科技型企业", "鱼嘴镇", OMITTED),
        () => PLAN.baseline("永川", "高企", OMITTED, "永川府办发〔2021〕66号"),
      ],
    ],
    ["TARGETS", [() => PLAN.targets("永川", "科技型企业", "三教镇", OMITTED)]],
    ["TABLE", [() => PLAN.table("永川", "研发投入", OMITTED)]],
    ["UNITS", [() => PLAN.units("江北", "高企", OMITTED)]],
    [
      "PACE",
      [
        () => PLAN.pace("江北", "高企", 45838, "观音桥", OMITTED, OMITTED),
        () => PLAN.pace("永川", "研发投入", "2025-06-30", "陈食", "按月", OMITTED),
      ],
    ],
    ["RATE", [() => PLAN.rate(80, "江北", "高企", 2025, "观音桥", OMITTED)]],
    ["STATUS", [() => PLAN.status(80, "江北", "高企", 45838, "观音桥", OMITTED)]],
    [
      "SOURCE",
      [
        () => PLAN.source("江北", "高企", 2025, "观音桥", OMITTED),
        () => PLAN.source("江北", "上市企业", null, OMITTED, OMITTED),
      ],
    ],
    ["errors (TARGET, ambiguous 小计)", [() => PLAN.target("江北", "高企", 2025, "小计", OMITTED)]],
  ];
}

export async function benchFunctions(): Promise<string[]> {
  (globalThis as { PLAN_SEEDS?: unknown }).PLAN_SEEDS = readSeeds(join(__dirname, "..", "seeds"));
  installStubRuntime("zh-CN");
  const lines = ["custom functions (src/functions/functions.ts, stub runtime, shipped catalog):"];

  let sheet: Call[] = [];
  let failing = 0;
  const coldMs = timeMs(() => {
    sheet = sheetOfTargets();
    failing = runAll(sheet);
  });
  const warmMs = median(Array.from({ length: 5 }, () => timeMs(() => runAll(sheet))));
  if (runAll(sheet) !== failing)
    throw new Error("a recalculation gave other errors than the first");
  lines.push(
    `  sheet of ${SHEET_CELLS} PLAN.TARGET cells (${failing} of them #N/A): ` +
      `first calculation ${coldMs.toFixed(1)} ms (catalog load and name indexes included), ` +
      `recalculation ${warmMs.toFixed(1)} ms = ${((warmMs * 1000) / SHEET_CELLS).toFixed(2)} µs a cell`
  );
  lines.push(...memory());
  for (const [name, calls] of perFunction()) {
    lines.push(
      `  ${name.padEnd(32)} ${Math.round(callsPerSecond(calls)).toLocaleString("en-US")} calls/s`
    );
  }
  return lines;
}

/** Memory stays bounded: a stream of 100,000 names never seen (one-off typing, pasted noise) against the caches. */
function memory(): string[] {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const lookup = planLookup();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 100_000; i++) {
    try {
      PLAN.target("江北", "高企", 2025, `未知单位${i}${"x".repeat(i % 150)}`, OMITTED);
    } catch {
      // #N/A: what a name never seen answers
    }
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const units = lookup.unitIndex("江北区", "high-tech-enterprises");
  return [
    `  after 100,000 unknown unit names: answers remembered ${rememberedCount().toLocaleString("en-US")} (cap ${(2 * GENERATION).toLocaleString("en-US")}), ` +
      `names remembered by the unit index ${units.cachedNames} (cap ${RESOLVED_CACHE_SIZE} per index), heap grown ${grown.toFixed(1)} MiB`,
  ];
}
