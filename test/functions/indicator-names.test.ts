import fc from "fast-check";
import { join } from "path";
import { loadCatalog } from "../../src/core/catalog/load-catalog";
import { normalizeName } from "../../src/core/lookup/text";
import { readSeeds } from "../../src/node/read-seeds";
import { runBuiltBundle } from "./built-bundle";
import { attempt, isStubError, OMITTED } from "./stub-runtime";

/*
 * Issue 22: indicator names are matched as listed, never by a part of one. On 7d9ae08 `高新技术企` (a character
 * missing) and `重庆市高新技术企业` both returned the 高新技术企业 target. The documented spellings are an indicator's
 * Chinese and English names, its id and the aliases of seeds/indicators.json, in any width, case or spacing (README,
 * "Functions"); tried on what ships (dist/functions.js), any other name answers an error, never a figure.
 */

const catalog = loadCatalog(readSeeds(join(__dirname, "..", "..", "seeds")));
const spellings = catalog.indicators.map((indicator) => ({
  indicator,
  names: [indicator.zh, indicator.en, indicator.id, ...indicator.aliases],
}));
const documented = new Set(spellings.flatMap(({ names }) => names.map(normalizeName)));

const { runtime } = runBuiltBundle("zh-CN");
const targets = runtime.associated.get("TARGETS") as (...args: unknown[]) => unknown;

/** Each indicator with a district whose documents give it targets: where a wrong name could return a figure. */
const given = spellings.flatMap(({ indicator, names }) => {
  const region = catalog.regions.find(
    (candidate) => attempt(() => targets(candidate, indicator.id, OMITTED, OMITTED)).ok
  );
  return region ? [{ indicator, names, region }] : [];
});

/** What PLAN.* says of an indicator name it does not take (describe-problem.ts: unknown, ambiguous). */
const NOT_AN_INDICATOR = /^未找到指标“|^指标“.*”不明确/;

/** Near misses of a real name: a character taken out, one put in, or words before or after it. */
const nearMiss = fc.oneof(
  fc
    .tuple(fc.constantFrom(...given), fc.nat(), fc.string({ minLength: 1, maxLength: 2 }))
    .map(([entry, at, text]) => {
      const name = entry.names[at % entry.names.length];
      const cut = at % (name.length + 1);
      return { entry, typed: `${name.slice(0, cut)}${text}${name.slice(cut)}` };
    }),
  fc.tuple(fc.constantFrom(...given), fc.nat()).map(([entry, at]) => {
    const name = entry.names[at % entry.names.length];
    const cut = at % name.length;
    return { entry, typed: `${name.slice(0, cut)}${name.slice(cut + 1)}` };
  }),
  fc
    .tuple(
      fc.constantFrom(...given),
      fc.nat(),
      fc.constantFrom("重庆市", "重庆", "全区", "江北区", "新增", "新引进"),
      fc.constantFrom("", "数", "总数", "（家）", "目标", "人民政府")
    )
    .map(([entry, at, before, after]) => ({
      entry,
      typed: `${before}${entry.names[at % entry.names.length]}${after}`,
    }))
);

describe("indicator names as the functions read them", () => {
  it("most indicators are given by a district's table, so the property below could return a figure", () => {
    // The others are stated in a document's text without a year, where PLAN.TARGETS answers #N/A either way.
    expect(given.length).toBeGreaterThanOrEqual(catalog.indicators.length / 2);
  });

  it.each([
    ["高新技术企", "a character missing"],
    ["重庆市高新技术企业", "the city before it"],
    ["上市企业", "a part of 新增上市企业"],
    ["研发", "a part of several"],
  ])("%s (%s) is no indicator name", (typed) => {
    const outcome = attempt(() => targets("江北区", typed, OMITTED, OMITTED));
    expect(outcome.ok).toBe(false);
    expect(String((outcome as { error: { message: string } }).error.message)).toMatch(
      NOT_AN_INDICATOR
    );
  });

  it("every documented spelling, in any width, case or spacing, returns that indicator's targets", () => {
    for (const { indicator, names, region } of given) {
      const expected = targets(region, indicator.id, OMITTED, OMITTED);
      for (const name of names) {
        const wide = name.replace(/[!-~]/g, (char) =>
          String.fromCharCode(char.charCodeAt(0) + 0xfee0)
        );
        for (const typed of [name, ` ${name} `, wide, name.toUpperCase()])
          expect([typed, targets(region, typed, OMITTED, OMITTED)]).toEqual([typed, expected]);
      }
    }
  });

  it("a name that is not a documented spelling never returns a figure", () => {
    fc.assert(
      fc.property(nearMiss, ({ entry, typed }) => {
        fc.pre(!documented.has(normalizeName(typed)));
        const outcome = attempt(() => targets(entry.region, typed, OMITTED, OMITTED));
        if (outcome.ok)
          throw new Error(`“${typed}” returned ${JSON.stringify(outcome.value).slice(0, 80)}`);
        expect(isStubError(outcome.error)).toBe(true);
        expect((outcome.error as { message: string }).message).toMatch(NOT_AN_INDICATOR);
      }),
      { numRuns: 600 }
    );
  });
});
