/**
 * @jest-environment jsdom
 */
import { readFileSync } from "fs";
import { join } from "path";
import { planLookup } from "../../src/core/catalog/embedded";
import type { PlanDocument } from "../../src/core/catalog/plan-types";
import { localeOf } from "../../src/core/i18n/locale";
import { layoutTable } from "../../src/core/tables/sheet-layout";
import type { FunctionsMetadata } from "../../src/functions/localize-metadata";
import { insertPlanTable } from "../../src/excel/tables/insert-table";
import { FakeBook } from "../fakes/excel";
import { resourceFor } from "./office-rules";

/* The done-when of issue 10: an Excel in zh-CN, zh-TW and en-US each writes formulas that resolve with the metadata
   the manifest gives that locale. The pane inserts through the recording fake, in the locale officeLocale reads
   from Office's display language; each formula's namespace and function are looked up in the manifest's choice of
   metadata file (dist/, as built), and its arguments counted against the function's parameters. */

const ROOT = join(__dirname, "..", "..");
const manifest = new DOMParser().parseFromString(
  readFileSync(join(ROOT, "manifest.xml"), "utf8"),
  "application/xml"
);
const lookup = planLookup();
const plan = lookup.catalog.plans.find((doc) => doc.id === "jiangbei-2023-38") as PlanDocument;

function metadataFor(displayLanguage: string): FunctionsMetadata {
  const url = resourceFor(manifest, "Functions.Metadata.Url", displayLanguage) as string;
  const file = url.slice(url.lastIndexOf("/") + 1);
  return JSON.parse(readFileSync(join(ROOT, "dist", file), "utf8")) as FunctionsMetadata;
}

/** The arguments of a formula such as =PLAN.TARGET("a",2023,""): quoted texts (with "" inside) and numbers. */
function argumentCount(list: string): number {
  return list === "" ? 0 : (list.match(/"(?:[^"]|"")*"|[^,]+/g) ?? []).length;
}

/** Formulas whose namespace, function or argument count the metadata does not accept, each with the reason. */
function unresolved(formulas: string[], namespace: string, metadata: FunctionsMetadata): string[] {
  return formulas.flatMap((formula) => {
    const call = /^=([^.(]+)\.([^(]+)\((.*)\)$/u.exec(formula);
    if (!call) return [`${formula}: not a single function call`];
    const [, ns, name, args] = call;
    if (ns !== namespace) return [`${formula}: namespace ${ns} is not ${namespace}`];
    const fn = metadata.functions.find((entry) => entry.name === name);
    if (!fn) return [`${formula}: no function named ${name}`];
    const count = argumentCount(args);
    const required = (fn.parameters as { optional?: boolean }[]).filter((p) => !p.optional).length;
    if (count < required || count > fn.parameters.length)
      return [`${formula}: ${count} arguments for ${required} to ${fn.parameters.length}`];
    return [];
  });
}

async function formulasWrittenIn(
  displayLanguage: string
): Promise<{ formulas: string[]; log: string[] }> {
  const book = new FakeBook();
  const layout = layoutTable(lookup, plan, "a1", {
    locale: "zh",
    mode: "formulas",
    footnotes: true,
  });
  await book.run((context) =>
    insertPlanTable(context as unknown as Excel.RequestContext, {
      layout,
      destination: "selection",
      formulas: true,
      locale: localeOf(displayLanguage),
    })
  );
  const formulas = Object.values(book.sheet("Sheet1").written()).filter(
    (value): value is string => typeof value === "string" && value.startsWith("=")
  );
  return { formulas, log: book.log };
}

describe.each(["zh-CN", "zh-TW", "en-US"])("an Excel in %s", (displayLanguage) => {
  test("writes formulas through range.formulas that resolve with the metadata its manifest entry names", async () => {
    const { formulas, log } = await formulasWrittenIn(displayLanguage);
    expect(log).toContain("range.formulas");
    expect(log).not.toContain("range.formulasLocal");
    expect(formulas.length).toBeGreaterThan(20);
    const namespace = resourceFor(manifest, "Functions.Namespace", displayLanguage) as string;
    expect(unresolved(formulas, namespace, metadataFor(displayLanguage))).toEqual([]);
  });
});

test("the check fails where it should: with translated names, as functions-zh-cn.json had, nothing resolves", async () => {
  const { formulas } = await formulasWrittenIn("zh-CN");
  const metadata = metadataFor("zh-CN");
  const translated: FunctionsMetadata = {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      name: ({ TARGET: "目标", BASELINE: "基期数" } as Record<string, string>)[fn.id] ?? fn.name,
    })),
  };
  const failures = unresolved(formulas, "PLAN", translated);
  expect(failures).toHaveLength(formulas.length);
  expect(failures[0]).toMatch(/: no function named (TARGET|BASELINE)$/);
  expect(unresolved(['=PLAN.TARGET("江北区")'], "PLAN", metadata)).toEqual([
    '=PLAN.TARGET("江北区"): 1 arguments for 3 to 5',
  ]);
});
