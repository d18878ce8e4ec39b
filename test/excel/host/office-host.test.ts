/**
 * @jest-environment jsdom
 */
import { planLookup } from "../../../src/core/catalog/embedded";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { layoutTable } from "../../../src/core/tables/sheet-layout";
import { cellValue } from "../../../src/core/tables/layout-cells";
import { connectOffice, OfficeConnection } from "../../../src/excel/host/office-host";
import { HOSTS, HostSets, supportsOf } from "../../core/capabilities/hosts";
import { runAsExcelApi11 } from "../../fakes/excel-api-1-1";
import { FakeBook, FakeRequestContext } from "../../fakes/excel";
import { addAlias, EMPTY_REGISTRY } from "../../../src/core/registry/registry";
import { installedRegistry, installRegistry } from "../../../src/core/registry/workbook-state";
import { updateRegistry } from "../../../src/excel/registry/registry-part";

/* connectOffice in a page (jsdom), as the pane's entry point runs it: office.js is added to the head, then the
   functions, then Office is asked where the pane runs and what this Excel supports. jsdom loads no scripts: the
   tests fire each script's load or error event themselves, and put in place the Office that office.js would. */

const SCRIPTS = { officeJs: "https://cdn.example/office.js", functionsJs: "functions.js" };
const globals = globalThis as { Office?: unknown; Excel?: unknown };

function scripts(): HTMLScriptElement[] {
  return Array.from(document.head.querySelectorAll("script"));
}

/** Waits until the page has a script with this address, then fires its event. */
async function finish(src: string, event: "load" | "error"): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    const script = scripts().find((element) => element.src.endsWith(src));
    if (script) {
      script.dispatchEvent(new Event(event));
      return;
    }
    await Promise.resolve();
  }
  throw new Error(`no script ${src} was added`);
}

/** An Excel with these requirement sets, in this display language, whose Excel.run is the book's. */
function excelHost(sets: HostSets, book: FakeBook, displayLanguage = "zh-CN"): void {
  globals.Office = {
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    context: { displayLanguage, requirements: { isSetSupported: supportsOf(sets) } },
  };
  globals.Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      sets === HOSTS.excel2016VolumeLicensed
        ? runAsExcelApi11(book, batch)
        : book.run((context) => batch(context as unknown as Excel.RequestContext)),
  };
}

async function connect(): Promise<OfficeConnection> {
  const connecting = connectOffice(SCRIPTS);
  await finish("office.js", "load");
  return connecting;
}

afterEach(() => {
  installRegistry(EMPTY_REGISTRY);
  delete globals.Office;
  delete globals.Excel;
  document.head.innerHTML = "";
});

describe("connectOffice", () => {
  test("adds office.js to the head, and the functions only once office.js has run", async () => {
    excelHost(HOSTS.current, new FakeBook());
    const connecting = connectOffice(SCRIPTS);
    expect(scripts().map((script) => script.src)).toEqual([SCRIPTS.officeJs]);
    expect(scripts()[0].async).toBe(true);
    await finish("office.js", "load");
    await connecting;
    expect(scripts().map((script) => script.getAttribute("src"))).toEqual([
      SCRIPTS.officeJs,
      "functions.js",
    ]);
  });

  test("office.js refused: the viewer, saying office.js is missing; no functions are loaded", async () => {
    const connecting = connectOffice(SCRIPTS);
    await finish("office.js", "error");
    const connection = await connecting;
    expect(connection).toMatchObject({
      host: null,
      highlight: null,
      fill: null,
      register: null,
      submission: null,
      registryError: null,
      locale: null,
      officeJs: false,
    });
    expect(scripts()).toHaveLength(1);
  });

  test("office.js loaded outside Office: the viewer", async () => {
    globals.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const connection = await connect();
    expect(connection).toMatchObject({
      host: null,
      highlight: null,
      fill: null,
      register: null,
      submission: null,
      officeJs: true,
    });
  });

  test("Excel 2016 volume-licensed: the pane installs and inserts a table as values, with ExcelApi 1.1 alone", async () => {
    const book = new FakeBook();
    excelHost(HOSTS.excel2016VolumeLicensed, book);
    const connection = await connect();
    expect(connection.highlight).toBeNull();
    expect([connection.fill, connection.register, connection.submission]).toEqual([
      null,
      null,
      null,
    ]);
    expect(connection.features.insertValues.state).toBe("offered");
    const lookup = planLookup();
    const plan = lookup.catalog.plans.find((doc) => doc.id === "jiangbei-2023-38") as PlanDocument;
    const layout = layoutTable(lookup, plan, "a1", {
      locale: "zh",
      mode: "values",
      footnotes: true,
    });
    const outcome = await connection.host?.insertTable({
      layout,
      destination: "selection",
      formulas: false,
      locale: "zh",
    });
    expect(outcome?.status).toBe("inserted");
    const box = { row: 0, column: 0, rows: layout.cells.length, columns: layout.width };
    expect(book.sheet("Sheet1").grid(box, (cell) => cell.value)).toEqual(
      layout.cells.map((row) => row.map(cellValue))
    );
    expect(book.tables).toEqual([]);
  });

  test("ExcelApi 1.4: the check is there, colouring is not supported", async () => {
    excelHost(HOSTS.excelApi14, new FakeBook(), "en-US");
    const connection = await connect();
    expect(connection.locale).toBe("en");
    expect(connection.highlight?.supported()).toBe(false);
    expect(connection.fill).not.toBeNull();
    expect([connection.register, connection.submission]).toEqual([null, null]);
  });

  test("ExcelApi 1.6: colouring supported; a current Excel: the full insert", async () => {
    excelHost(HOSTS.excelApi16, new FakeBook());
    expect((await connect()).highlight?.supported()).toBe(true);
    document.head.innerHTML = "";
    const book = new FakeBook();
    excelHost(HOSTS.current, book);
    const connection = await connect();
    expect(connection.features.insertTable.state).toBe("offered");
    expect(connection.fill && connection.register && connection.submission).toBeTruthy();
    expect(connection.submission?.supported()).toEqual({ insert: true, freeze: true });
    const lookup = planLookup();
    const plan = lookup.catalog.plans.find((doc) => doc.id === "yongchuan-2023-26") as PlanDocument;
    const layout = layoutTable(lookup, plan, "a1", {
      locale: "zh",
      mode: "values",
      footnotes: true,
    });
    await connection.host?.insertTable({
      layout,
      destination: "selection",
      formulas: false,
      locale: "zh",
    });
    expect(book.tables).toHaveLength(1);
  });

  test("ExcelApi 1.11: a submission sheet, but no 发送前固化 (spill ranges are ExcelApi 1.12)", async () => {
    excelHost(HOSTS.retailWithoutFunctions, new FakeBook());
    const connection = await connect();
    expect(connection.submission?.supported()).toEqual({ insert: true, freeze: false });
  });

  describe("the workbook's registry, read at start-up so the functions' first recalculation knows it", () => {
    const ALIAS = {
      subject: "unit" as const,
      region: "江北区",
      typed: "新村街道",
      means: "观音桥街道",
    };

    /** A workbook whose registry part already holds an alias, as a workbook saved by the add-in and reopened. */
    async function bookWithAlias(): Promise<FakeBook> {
      const book = new FakeBook();
      await book.run((context: FakeRequestContext) =>
        updateRegistry(
          context as unknown as Excel.RequestContext,
          (registry) => addAlias(registry, ALIAS),
          "zh"
        )
      );
      installRegistry(EMPTY_REGISTRY);
      return book;
    }

    /** Counts Excel.run, and notes which scripts the page had when each run began. */
    function countRuns(): string[][] {
      const runs: string[][] = [];
      const excel = globals.Excel as { run: (batch: unknown) => Promise<unknown> };
      const run = excel.run;
      excel.run = (batch) => {
        runs.push(scripts().map((script) => script.getAttribute("src") ?? ""));
        return run(batch);
      };
      return runs;
    }

    test("with ExcelApi 1.5: read once, before the custom functions are loaded", async () => {
      excelHost(HOSTS.current, await bookWithAlias());
      const runs = countRuns();
      const connection = await connect();
      expect(runs).toEqual([[SCRIPTS.officeJs]]);
      expect(installedRegistry().aliases).toEqual([expect.objectContaining(ALIAS)]);
      expect(connection.registryError).toBeNull();
      expect(scripts().map((script) => script.getAttribute("src"))).toContain("functions.js");
    });

    test.each([
      ["ExcelApi 1.4", HOSTS.excelApi14],
      ["Excel 2016 volume-licensed", HOSTS.excel2016VolumeLicensed],
    ])(
      "%s has no custom XML parts: nothing is read, the functions load all the same",
      async (_name, sets) => {
        excelHost(sets, await bookWithAlias());
        const runs = countRuns();
        const connection = await connect();
        expect(runs).toEqual([]);
        expect(installedRegistry()).toEqual(EMPTY_REGISTRY);
        expect(connection.registryError).toBeNull();
        expect(scripts().map((script) => script.getAttribute("src"))).toContain("functions.js");
      }
    );

    test("a failed read does not block the pane: it opens with every action, says why, and loads the functions", async () => {
      excelHost(HOSTS.current, new FakeBook());
      (globals.Excel as { run: unknown }).run = () => Promise.reject(new Error("GeneralException"));
      const connection = await connect();
      expect(connection.registryError).toBe("GeneralException");
      expect(
        connection.host && connection.fill && connection.register && connection.submission
      ).toBeTruthy();
      expect(installedRegistry()).toEqual(EMPTY_REGISTRY);
      expect(scripts().map((script) => script.getAttribute("src"))).toContain("functions.js");
    });
  });
});
