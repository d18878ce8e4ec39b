import { join } from "path";
import { readSeeds } from "../src/node/read-seeds";
(globalThis as any).PLAN_SEEDS = readSeeds(join(__dirname, "..", "seeds"));
import { installStubRuntime } from "../test/functions/stub-runtime";
installStubRuntime("zh-CN");
import * as PLAN from "../src/functions/functions";
import { unseen } from "../bench/function-calls";
import { performance } from "perf_hooks";
const id = process.argv[2] ?? "TARGET";
const fnName = id.toLowerCase() as keyof typeof PLAN;
const fn = PLAN[fnName] as any;
const calls = unseen(id, 40);
const m = new Map();
const floor = (...a: unknown[]) => { let k = ""; for (const x of a) k += "\u0001" + typeof x + x; return m.get(k); };
for (let r = 0; r < 6; r++) {
  for (const [name, f] of [["fn", fn], ["floor", floor]] as const) {
    const t = performance.now();
    for (const a of calls) { try { f(...a); } catch {} }
    const ns = ((performance.now() - t) * 1e6) / calls.length;
    if (r > 1) console.log(name, ns.toFixed(0));
  }
}
