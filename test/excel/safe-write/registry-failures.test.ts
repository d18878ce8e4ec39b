import { xmlPartsOf } from "../../fakes/excel";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { addAlias, EMPTY_REGISTRY } from "../../../src/core/registry/registry";
import { installedRegistry, installRegistry } from "../../../src/core/registry/workbook-state";
import { storePlan } from "../../../src/excel/registry/register-actions";
import { updateRegistry } from "../../../src/excel/registry/registry-part";
import { yubeiPlan } from "../../core/registry/yubei-plan";
import { contentsOf, expectEachFailureUndone } from "./fail-each-command";

/*
 * Issue 22: registering a table and remembering a name write the workbook's registry part (customXmlParts.add the
 * first time, setXml after). Each command is failed in turn: the user is told in words, the workbook and its parts are
 * as before, and nothing is installed for the functions.
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

const plan = yubeiPlan;

/** The workbook, its custom XML parts, and what the functions use. */
const everything = (book: FakeBook) => ({
  contents: contentsOf(book),
  parts: xmlPartsOf(book).map((part) => [part.namespaceUri, part.xml]),
  installed: installedRegistry(),
});

const register = (book: FakeBook) =>
  run(book, (context) =>
    storePlan(context, plan(), "张三", new Date("2026-12-06T08:00:00Z"), "zh")
  );

async function bookWithRegistry(): Promise<FakeBook> {
  const book = new FakeBook();
  await run(book, (context) =>
    updateRegistry(context, (registry) => addAlias(registry, ALIAS), "zh")
  );
  installRegistry(EMPTY_REGISTRY);
  return book;
}

beforeEach(() => installRegistry(EMPTY_REGISTRY));

describe("registry writes that fail are told and leave nothing", () => {
  it("registering into a workbook with no registry yet (customXmlParts.add)", async () => {
    await expectEachFailureUndone(() => new FakeBook(), register, 1, everything);
  });

  it("registering into a workbook that has one (setXml)", async () => {
    // Command 1 reads the stored part (customXmlPart.getXml); command 2 is setXml.
    await expectEachFailureUndone(bookWithRegistry, register, 2, everything, 2);
  });

  it("remembering a name", async () => {
    await expectEachFailureUndone(
      bookWithRegistry,
      (book) =>
        run(book, (context) =>
          updateRegistry(
            context,
            (registry) => addAlias(registry, { ...ALIAS, typed: "观音桥办" }),
            "zh"
          )
        ),
      2,
      everything,
      2
    );
  });
});
