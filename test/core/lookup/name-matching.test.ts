import { planLookup } from "../../../src/core/catalog/embedded";
import { LookupError } from "../../../src/core/lookup/lookup-error";
import type { LookupProblem } from "../../../src/core/lookup/lookup-problem";
import { RESOLVED_CACHE_SIZE } from "../../../src/core/lookup/name-index";
import { MAX_NAME_LENGTH } from "../../../src/core/lookup/text";

/* Issue 12: names as staff write them are understood; a name with anything else attached is never taken for the
   real one. Issue 13, findings 9 and 10: long inputs are refused at once, name caches are bounded. */

const lookup = planLookup();
const HIGH_TECH = "high-tech-enterprises";

function problemOf(find: () => unknown): LookupProblem {
  try {
    find();
  } catch (error) {
    if (error instanceof LookupError) return error.problem;
    throw error;
  }
  throw new Error("expected a LookupError");
}

describe("the words around a name that do not change it", () => {
  test.each([
    ["观音桥街道办事处", "观音桥街道"],
    ["石马河 街道", "石马河街道"],
    ["复盛镇人民政府", "复盛镇"],
    ["江北区观音桥街道", "观音桥街道"],
    ["重庆市江北区观音桥街道办事处", "观音桥街道"],
    ["ＦＵ盛镇", null],
  ])("unit %s", (typed, name) => {
    if (name === null) expect(() => lookup.unit("江北区", HIGH_TECH, typed)).toThrow(LookupError);
    else expect(lookup.unit("江北区", HIGH_TECH, typed)?.name).toBe(name);
  });

  test.each([
    ["重庆市江北区", "江北区"],
    ["重庆江北区", "江北区"],
    ["江北区人民政府", "江北区"],
    ["江北", "江北区"],
    ["　江北区　", "江北区"],
  ])("region %s", (typed, region) => {
    expect(lookup.region(typed)).toBe(region);
  });

  test("forms accepted before keep working", () => {
    expect(lookup.unit("江北区", HIGH_TECH, "观音桥")?.name).toBe("观音桥街道");
    expect(lookup.unit("江北区", HIGH_TECH, "小计1")?.key).toBe("小计1");
    expect(lookup.unit("江北区", HIGH_TECH, "第1组小计")?.key).toBe("小计1");
    expect(lookup.indicator("高企").id).toBe(HIGH_TECH);
    expect(lookup.indicator("Ｒ＆Ｄ").id).toBe("rd-spend");
    expect(problemOf(() => lookup.unit("江北区", HIGH_TECH, "小计")).reason).toBe("ambiguous");
  });
});

describe("a name with anything else attached is not taken for the real one", () => {
  test.each([
    ["region", () => lookup.region("江北区abc"), "江北区"],
    ["region", () => lookup.region("江北区=cmd|' /C calc'!A0"), "江北区"],
    ["indicator", () => lookup.indicator("高企<x>"), "高新技术企业"],
    ["indicator", () => lookup.indicator("高企<script>"), "高新技术企业"],
    ["unit", () => lookup.unit("江北区", HIGH_TECH, "观音桥街道xyz"), "观音桥街道"],
    ["unit", () => lookup.unit("江北区", HIGH_TECH, "观音桥镇政府"), "观音桥街道"],
  ])("%s: an error listing the nearest names", (subject, find, nearest) => {
    const problem = problemOf(find);
    expect(problem).toMatchObject({ reason: "unknown", subject });
    expect(problem.reason === "unknown" && problem.candidates).toContain(nearest);
  });
});

describe("bounded work and memory", () => {
  test("a name longer than any real one is refused as invalid, whatever it contains", () => {
    const long = `江北区${"x".repeat(32_764)}`;
    for (const find of [
      () => lookup.region(long),
      () => lookup.indicator(long),
      () => lookup.unit("江北区", HIGH_TECH, long),
      () => lookup.unit("江北区", HIGH_TECH, " ".repeat(MAX_NAME_LENGTH + 1)),
    ]) {
      expect(problemOf(find)).toMatchObject({ reason: "invalid" });
    }
    expect(problemOf(() => lookup.region("江".repeat(MAX_NAME_LENGTH))).reason).toBe("unknown");
  });

  test("the message quotes a short excerpt of a long argument", () => {
    let message = "";
    try {
      lookup.indicator("指".repeat(30_000));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("指".repeat(40) + "…");
    expect(message.length).toBeLessThan(200);
  });

  test("the cache of typed names keeps at most its capacity", () => {
    const index = lookup.unitIndex("江北区", HIGH_TECH);
    for (let i = 0; i < RESOLVED_CACHE_SIZE * 3; i++) {
      expect(() => index.resolve(`未知单位${i}`)).toThrow(LookupError);
    }
    expect(index.cachedNames).toBe(RESOLVED_CACHE_SIZE);
  });
});
