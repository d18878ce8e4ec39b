import { reopenBook, xmlPartsOf } from "../../fakes/excel";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { addAlias, EMPTY_REGISTRY } from "../../../src/core/registry/registry";
import { REGISTRY_NAMESPACE, RegistryFormatError } from "../../../src/core/registry/registry-xml";
import { installedRegistry, installRegistry } from "../../../src/core/registry/workbook-state";
import { planLookup } from "../../../src/core/catalog/embedded";
import {
  loadWorkbookRegistry,
  readRegistry,
  updateRegistry,
} from "../../../src/excel/registry/registry-part";

/*
 * Microsoft's reference, "Excel.CustomXmlPartCollection" and "Excel.CustomXmlPartScopedCollection" (ExcelApi 1.5):
 * add(xml) adds a part; getByNamespace(uri).getOnlyItemOrNullObject() gives the one part of a namespace, or a null
 * object; CustomXmlPart.getXml() returns a ClientResult read after sync; setXml(xml) replaces the content.
 */

function run<T>(book: FakeBook, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return book.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

const ALIAS = {
  subject: "unit" as const,
  region: "江北区",
  typed: "新村街道",
  means: "观音桥街道",
};

beforeEach(() => installRegistry(EMPTY_REGISTRY));

describe("the workbook registry part", () => {
  it("is empty in a new workbook and reading it writes nothing", async () => {
    const book = new FakeBook();
    expect(await run(book, readRegistry)).toEqual(EMPTY_REGISTRY);
    expect(book.log).toEqual([]);
  });

  it("is one part of our namespace, replaced in place on every change", async () => {
    const book = new FakeBook();
    await run(book, (context) =>
      updateRegistry(context, (registry) => addAlias(registry, ALIAS), "zh")
    );
    await run(book, (context) =>
      updateRegistry(
        context,
        (registry) => addAlias(registry, { ...ALIAS, typed: "观音桥办" }),
        "zh"
      )
    );
    expect(xmlPartsOf(book).map((part) => part.namespaceUri)).toEqual([REGISTRY_NAMESPACE]);
    expect((await run(book, readRegistry)).aliases.map((alias) => alias.typed)).toEqual([
      "新村街道",
      "观音桥办",
    ]);
  });

  it("keeps the alias after the workbook is saved and reopened, and the lookup the functions use honours it", async () => {
    const book = new FakeBook();
    await run(book, (context) =>
      updateRegistry(context, (registry) => addAlias(registry, ALIAS), "zh")
    );
    installRegistry(EMPTY_REGISTRY);
    const reopened = reopenBook(book);
    await run(reopened, loadWorkbookRegistry);
    const fact = planLookup().target({
      region: "江北区",
      indicator: "高企",
      year: 2025,
      unit: "新村街道",
    });
    expect(fact.figure.text).toBe("100");
  });

  it("refuses a part written by a newer add-in instead of overwriting it", async () => {
    const book = new FakeBook();
    const newer = `<registry xmlns="${REGISTRY_NAMESPACE}" version="9"><data>{}</data></registry>`;
    xmlPartsOf(book).push({ id: "{P}", namespaceUri: REGISTRY_NAMESPACE, xml: newer });
    await expect(
      run(book, (context) => updateRegistry(context, (registry) => addAlias(registry, ALIAS), "zh"))
    ).rejects.toThrow(RegistryFormatError);
    expect(xmlPartsOf(book)[0].xml).toBe(newer);
    expect(book.log).toEqual(["customXmlPart.getXml"]);
  });

  /* Issue 22: a damaged part (here an alias with a __proto__ key) is neither installed nor overwritten. */
  it.each([
    [
      "an alias with a __proto__ key",
      '{"aliases":[{"subject":"unit","region":"江北区","typed":"x","means":"y","__proto__":{}}]}',
    ],
    ["plans that are not a list", '{"plans":"江北区"}'],
    ["data null", "null"],
  ])("refuses %s: nothing installed, the part left as it was", async (_name, json) => {
    const book = new FakeBook();
    const damaged = `<registry xmlns="${REGISTRY_NAMESPACE}" version="1"><data>${json}</data></registry>`;
    xmlPartsOf(book).push({ id: "{P}", namespaceUri: REGISTRY_NAMESPACE, xml: damaged });
    installRegistry(EMPTY_REGISTRY);
    await expect(run(book, (context) => loadWorkbookRegistry(context))).rejects.toThrow(
      RegistryFormatError
    );
    expect(installedRegistry()).toEqual(EMPTY_REGISTRY);
    await expect(
      run(book, (context) => updateRegistry(context, (registry) => addAlias(registry, ALIAS), "zh"))
    ).rejects.toThrow(RegistryFormatError);
    expect(xmlPartsOf(book)[0].xml).toBe(damaged);
  });
});
