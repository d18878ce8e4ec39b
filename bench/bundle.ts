import { runInContext } from "vm";
import { runBuiltBundle } from "../test/functions/built-bundle";
import type { CustomFunction } from "../test/functions/stub-runtime";

/* The shipped bundle, run as Excel's runtime runs it (as test/functions/bundle.test.ts does), with the floor the
   functions are measured against defined in the same context, so both are called the same way. */

export interface LoadedBundle {
  fn(id: string): CustomFunction;
  /** Build a key from the arguments and look it up in a map: the least any remembered answer can cost. */
  floor: (...args: unknown[]) => unknown;
  /** The same, then a throw: the least an error answer can cost, since Excel takes a scalar error only thrown. */
  floorThrow: (...args: unknown[]) => unknown;
  /** A throw of one pre-made error and nothing else: what Excel's contract (a scalar error is thrown) costs alone. */
  throwOnly: (...args: unknown[]) => unknown;
  /** Fills the floor's map with the keys of these argument lists, so the floor's lookups hit. */
  prime(calls: readonly unknown[][]): void;
  /** Calls `target` with each argument list, `times` over, inside the bundle's context (no call crosses realms). */
  run(target: (...args: unknown[]) => unknown, calls: readonly unknown[][], times: number): void;
  /** Office's display language; a change makes the functions forget every remembered answer. */
  setLanguage(language: string): void;
}

const FLOOR = `
  const answers = new Map();
  const keyOf = (args) => {
    let key = "";
    for (const arg of args) key += "\\u0001" + typeof arg + arg;
    return key;
  };
  globalThis.__floor = (...args) => answers.get(keyOf(args));
  const thrown = { code: "#N/A", message: "floor" };
  globalThis.__floorThrow = (...args) => {
    answers.get(keyOf(args));
    throw thrown;
  };
  globalThis.__throwOnly = () => {
    throw thrown;
  };
  globalThis.__prime = (calls) => { for (const args of calls) answers.set(keyOf(args), 1); };
  globalThis.__run = (target, calls, times) => {
    for (let t = 0; t < times; t++) {
      for (const args of calls) {
        try {
          target(...args);
        } catch (error) {
          // an error answer is an answer
        }
      }
    }
  };
`;

export function loadBundle(displayLanguage = "zh-CN"): LoadedBundle {
  const { runtime, context } = runBuiltBundle(displayLanguage);
  runInContext(FLOOR, context);
  const globals = context as {
    __floor: LoadedBundle["floor"];
    __floorThrow: LoadedBundle["floorThrow"];
    __throwOnly: LoadedBundle["throwOnly"];
    __prime: LoadedBundle["prime"];
    __run: LoadedBundle["run"];
  };
  return {
    fn(id) {
      const found = runtime.associated.get(id);
      if (!found) throw new Error(`${id} is not associated`);
      return found;
    },
    floor: globals.__floor,
    floorThrow: globals.__floorThrow,
    throwOnly: globals.__throwOnly,
    prime: globals.__prime,
    run: globals.__run,
    setLanguage(language) {
      runtime.Office.context.displayLanguage = language;
    },
  };
}
