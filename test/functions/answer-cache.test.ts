import { keyOf } from "../../src/functions/answer-cache";
import { runBuiltBundle } from "./built-bundle";
import { attempt, CustomFunction, StubRuntime } from "./stub-runtime";

/*
 * Issue 22: the answer cache gave every argument that is not text, a number or a boolean the key of an omitted one,
 * so after a district call a 2-D array as the unit answered the district's total. Excel passes a range given where a
 * single value is expected as a 2-D array (Microsoft: "Custom functions parameter options", matrix parameters;
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options), and code may pass
 * anything: such arguments bypass the cache, and the answer is the one a fresh bundle gives.
 */

const tryKey = (arg: unknown): string | null =>
  keyOf("TARGET", ["江北区", "高企", 2025, arg as string]);

describe("keyOf", () => {
  test("text, numbers, booleans and omitted arguments have keys, each apart from the others", () => {
    const keys = ["2025", 2025, true, false, null, undefined].map(tryKey);
    expect(keys.every((key) => typeof key === "string")).toBe(true);
    expect(new Set(keys.slice(0, 5)).size).toBe(5);
    expect(tryKey(null)).toBe(tryKey(undefined));
  });

  test.each([
    ["a 2-D array", [["观音桥街道"]]],
    ["an empty array", []],
    ["an object", { value: "观音桥街道" }],
    ["a Date", new Date(2025, 5, 30)],
    ["a Symbol", Symbol("观音桥街道")],
    ["a bigint", BigInt(2025)],
    ["a function", () => "观音桥街道"],
  ])("%s has no key: the call bypasses the cache", (_what, arg) => {
    expect(tryKey(arg)).toBeNull();
  });
});

function targetOf(runtime: StubRuntime): CustomFunction {
  const fn = runtime.associated.get("TARGET");
  if (!fn) throw new Error("TARGET is not associated");
  return fn;
}

/** What a call gives, comparable across bundles: its value, or its error's code and message. */
function outcomeOf(call: () => unknown): unknown {
  const outcome = attempt(call);
  if (outcome.ok) return { value: outcome.value };
  const { code, message } = outcome.error as { code?: unknown; message?: unknown };
  return { code, message };
}

describe("through the built bundle", () => {
  test.each([
    ["a 2-D array", [["观音桥街道"]]],
    ["an object", { name: "观音桥街道" }],
    ["a Date", new Date(2025, 5, 30)],
  ])("after a district call, %s as the unit answers as a fresh bundle does", (_what, unit) => {
    const fresh = outcomeOf(() =>
      targetOf(runBuiltBundle("zh-CN").runtime)("江北区", "高新技术企业", 2025, unit, null)
    );
    const used = targetOf(runBuiltBundle("zh-CN").runtime);
    expect(used("江北区", "高新技术企业", 2025, null, null)).toBe(442);
    const after = outcomeOf(() => used("江北区", "高新技术企业", 2025, unit, null));
    expect(after).toEqual(fresh);
    expect(after).not.toEqual({ value: 442 });
  });
});
