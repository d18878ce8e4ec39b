import fc from "fast-check";
import { performance } from "perf_hooks";
import { runBuiltBundle } from "./built-bundle";
import { ERROR_CODES, StubRuntime } from "./stub-runtime";

/*
 * Issue 13's contract, tried at random on what ships (dist/functions.js, run as Excel's runtime runs it): whatever
 * the arguments, every PLAN.* function answers a number, text, a rectangular array of numbers and text, or throws a
 * CustomFunctions.Error with a message. The number of runs is fixed (no timing assertion); the slowest call seen is
 * printed, for the record.
 */

const ARITY: Record<string, number> = {
  TARGET: 5,
  BASELINE: 4,
  TARGETS: 4,
  TABLE: 3,
  UNITS: 3,
  PACE: 6,
  RATE: 6,
  STATUS: 6,
  SOURCE: 5,
};
const RUNS_PER_FUNCTION = 400;

function loadBundle(language: string): StubRuntime {
  const { runtime } = runBuiltBundle(language);
  // The first call loads and indexes the catalog, once per page: not a call's own time.
  runtime.associated.get("TARGET")?.("江北", "高企", 2025, null, null);
  return runtime;
}

const NAMES = [
  "江北区",
  "江北",
  "永川",
  "巫溪县",
  "綦江",
  "重庆市江北区",
  "高企",
  "高新技术企业",
  "科技型企业",
  "研发投入",
  "R&D",
  "观音桥",
  "观音桥街道办事处",
  "小计",
  "小计1",
  "第2组小计",
  "合计",
  "三教",
  "永川府办发〔2021〕66号",
  "qijiang-2023",
  "按月",
  "按天",
  "increment",
  "2025年",
  "2025-06-30",
  "2025年6月30日",
  "≥15",
  "0x64",
  "-",
  "/",
];
/** Excel's longest cell text, and near-real text padded to it. */
const HUGE = [
  "江".repeat(32_767),
  `2025-1-1${" ".repeat(32_758)}x`,
  `江北区${"x".repeat(32_764)}`,
  " ".repeat(32_767),
];

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NAMES), fc.string({ maxLength: 12 }))
      .map(([a, b]) => a + b),
  },
  { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 3e6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1890, max: 2300 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", "  ") },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) }
);

function isCellValue(value: unknown): boolean {
  return (typeof value === "number" && Number.isFinite(value)) || typeof value === "string";
}

/** What the contract allows; a description of what broke it otherwise. */
function breach(
  outcome: { ok: true; value: unknown } | { ok: false; error: unknown }
): string | null {
  if (!outcome.ok) {
    const { code, message } = (outcome.error ?? {}) as { code?: unknown; message?: unknown };
    const known = (Object.values(ERROR_CODES) as unknown[]).includes(code);
    return known && typeof message === "string" && message.length > 0 && message.length <= 600
      ? null
      : `threw ${String(outcome.error)}`;
  }
  const value = outcome.value;
  if (isCellValue(value)) return null;
  if (Array.isArray(value) && value.length > 0 && value.every(Array.isArray)) {
    const width = (value[0] as unknown[]).length;
    const rows = value as unknown[][];
    if (width > 0 && rows.every((row) => row.length === width && row.every(isCellValue)))
      return null;
  }
  return `returned ${JSON.stringify(value)?.slice(0, 200)}`;
}

/** The slowest calls seen, kept to be timed again: on a shared machine one timing may be a pause of the machine's. */
const slowest: { ms: number; id: string; args: unknown[]; language: string }[] = [];
const KEPT = 5;

function describe(id: string, args: unknown[]): string {
  const shown = args.map((arg) =>
    typeof arg === "string" && arg.length > 24
      ? `"${arg.slice(0, 12)}…" (${arg.length} characters)`
      : arg === undefined
        ? "undefined"
        : JSON.stringify(arg)
  );
  return `${id}(${shown.join(", ")})`;
}

/** One call on a bundle that has never seen it (nor any name in it), after the catalog is loaded. */
function timedFresh(id: string, args: unknown[], language: string): number {
  const fn = loadBundle(language).associated.get(id) as (...args: unknown[]) => unknown;
  const start = performance.now();
  try {
    fn(...args);
  } catch {
    // an error answer is an answer
  }
  return performance.now() - start;
}

afterAll(() => {
  // Each of the slowest calls timed again three times on fresh bundles; its fastest time is its own cost.
  const again = slowest.map((call) => ({
    ...call,
    best: Math.min(
      ...Array.from({ length: 3 }, () => timedFresh(call.id, call.args, call.language))
    ),
  }));
  const worst = again.reduce((a, b) => (b.best > a.best ? b : a), again[0]);
  console.log(
    `slowest call the fuzz test saw: ${slowest[0]?.ms.toFixed(2)} ms once, ${describe(slowest[0]?.id, slowest[0]?.args ?? [])}; ` +
      `timed again, the slowest is ${worst?.best.toFixed(2)} ms, ${describe(worst?.id, worst?.args ?? [])}`
  );
});

test.each(["zh-CN", "en-US"])("every function keeps its contract on any input (%s)", (language) => {
  const runtime = loadBundle(language);
  for (const [id, arity] of Object.entries(ARITY)) {
    const fn = runtime.associated.get(id);
    if (!fn) throw new Error(`${id} is not associated`);
    fc.assert(
      fc.property(fc.array(cell, { minLength: arity, maxLength: arity }), (args) => {
        const start = performance.now();
        let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
        try {
          outcome = { ok: true, value: fn(...args) };
        } catch (error) {
          outcome = { ok: false, error };
        }
        const ms = performance.now() - start;
        if (slowest.length < KEPT || ms > slowest[slowest.length - 1].ms) {
          slowest.push({ ms, id, args, language });
          slowest.sort((a, b) => b.ms - a.ms);
          slowest.length = Math.min(slowest.length, KEPT);
        }
        const broken = breach(outcome);
        if (broken) throw new Error(`${describe(id, args)} ${broken}`);
      }),
      { numRuns: RUNS_PER_FUNCTION }
    );
  }
});
