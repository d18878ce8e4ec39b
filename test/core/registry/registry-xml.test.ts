import { planLookup } from "../../../src/core/catalog/embedded";
import type { WorkbookRegistry } from "../../../src/core/registry/registry";
import {
  MAX_PART_CHARS,
  RegistryFormatError,
  registryFromXml,
  registryToXml,
} from "../../../src/core/registry/registry-xml";
import { hostileParts } from "./hostile-parts";

/*
 * Issue 22: the registry part comes from whatever workbook is opened, and is read when it opens, in the runtime the
 * functions share. On 7d9ae08 a 1.2 MB part with an unclosed <data> took 102 s to be refused, `data` null threw a
 * TypeError, non-list plans or aliases and an alias with a __proto__ key passed the reader, and version="0" was
 * accepted. Now every such part is a RegistryFormatError that says what is wrong; the timings are in
 * `npm run bench -- hostile`, not here.
 */

const lookup = planLookup();
const INDICATORS = new Set(lookup.catalog.indicators.map((indicator) => indicator.id));
const read = (xml: string) => registryFromXml(xml, INDICATORS);
const part = (json: string, version = "1") =>
  `<registry xmlns="urn:plan-targets:workbook-registry" version="${version}"><data>${json}</data></registry>`;

const REGISTRY: WorkbookRegistry = {
  aliases: [{ subject: "unit", region: "江北区", typed: "观音桥", means: "观音桥街道" }],
  plans: [
    {
      plan: { ...lookup.catalog.plans[0], id: "registered-1" },
      registeredBy: "张三 <区科技局>",
      registeredAt: "2026-11-30T08:00:00.000Z",
      revision: 2,
    },
  ],
  history: [
    {
      plan: { ...lookup.catalog.plans[0], id: "registered-1" },
      registeredBy: "张三",
      registeredAt: "2026-11-01T08:00:00.000Z",
      revision: 1,
    },
  ],
};

function refusal(xml: string): string {
  try {
    read(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryFormatError);
    return (error as Error).message;
  }
  throw new Error("the part was read");
}

describe("registryFromXml", () => {
  test("reads back what registryToXml wrote, every figure and name as it was", () => {
    expect(read(registryToXml(REGISTRY))).toEqual(REGISTRY);
  });

  test("an older part without history reads as an empty history", () => {
    expect(read(part(JSON.stringify({ aliases: [], plans: [] })))).toEqual({
      aliases: [],
      plans: [],
      history: [],
    });
  });

  test.each([
    ["data null", part("null"), /holds no object/],
    ["data a list", part("[]"), /holds no object/],
    ["plans not a list", part('{"plans":{"0":{}}}'), /has plans that is not a list/],
    ["aliases a text", part('{"aliases":"观音桥"}'), /has aliases that is not a list/],
    [
      "an alias with a __proto__ key",
      part(
        '{"aliases":[{"subject":"unit","region":"江北区","typed":"x","means":"y","__proto__":{"polluted":1}}]}'
      ),
      /has a key "__proto__" at aliases\[0\]/,
    ],
    [
      "an alias without means",
      part('{"aliases":[{"subject":"unit","region":"江北区","typed":"x"}]}'),
      /aliases\[0\]\.means/,
    ],
    ["version 0", part("{}", "0"), /has version 0, which no add-in wrote/],
    ["a newer version", part("{}", "2"), /is of version 2; this add-in reads up to 1/],
    ["no version", "<registry><data>{}</data></registry>", /has no version/],
    ["no <data>", '<registry version="1"></registry>', /has no data/],
    ["two <data>", part("{}</data><data>{}"), /more than one <data>/],
    ["JSON that does not parse", part("{plans:"), /is not readable JSON/],
  ])("%s: refused, saying what", (_name, xml, message) => {
    expect(refusal(xml)).toMatch(message);
  });

  test("a plan damaged inside is refused with the place of the damage", () => {
    const damaged = JSON.parse(JSON.stringify(REGISTRY)) as {
      plans: { plan: { tables: { rows: { cells: unknown[] }[] }[] } }[];
    };
    damaged.plans[0].plan.tables[0].rows[0].cells[1] = 709;
    expect(refusal(part(JSON.stringify(damaged)))).toMatch(
      /has a damaged plan: plans\[0\]\.plan › table a1 \(附件1\) › row 1/
    );
  });

  test("an entry whose revision is not a whole number is refused", () => {
    const damaged = { ...REGISTRY, plans: [{ ...REGISTRY.plans[0], revision: 0.5 }] };
    expect(refusal(part(JSON.stringify(damaged)))).toMatch(/plans\[0\]\.revision/);
  });

  test.each(hostileParts().map((hostile) => [hostile.name, hostile] as const))(
    "hostile part: %s, refused",
    (_name, hostile) => {
      expect(refusal(hostile.xml)).toMatch(hostile.refusal);
    }
  );

  test("the cap is on the part's length, 5 MB", () => {
    expect(MAX_PART_CHARS).toBe(5 * 1024 * 1024);
  });
});
