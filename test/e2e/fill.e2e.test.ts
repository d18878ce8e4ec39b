import { mkdtempSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { BookSeed, FakeBook } from "../fakes/excel";
import type { XmlPartState } from "../fakes/excel";
import { HIGH_TECH_2025, JIANGBEI_NAMES } from "../core/fill/jiangbei-names";
import { launch, OUTPUT, serveBuiltPane } from "./browser";
import { fakeOfficeScript } from "./fake-office";

/* The fill of the built pane in real Chromium, offline, against the recording Excel fake: the 江北区 names written
   five ways in B2:B20 (header in B2), last year's actuals in C, and a formula that shows nothing in D5. */

const SEED: BookSeed = {
  sheet: "月报",
  rows: [
    ["江北区高新技术企业培育情况"],
    ...JIANGBEI_NAMES.map((name, offset) =>
      offset === 0
        ? ["序号", name, "2024年实际"]
        : [
            name === null ? null : offset,
            name,
            name === null ? null : 10 + offset,
            offset === 3 ? '=IF(C5>0,"","")' : null,
          ]
    ),
  ],
  selection: { row: 1, column: 1, rows: JIANGBEI_NAMES.length, columns: 1 },
};

let server: Server;
let url: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ server, url } = await serveBuiltPane());
  context = await launch("zh-CN", mkdtempSync(join(tmpdir(), "pane-downloads-")));
  for (const script of [fakeOfficeScript("zh-CN", SEED)]) await context.addInitScript(script);
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15000);
  await page.goto(`${url}/taskpane.html`);
  await page.getByRole("tab", { name: "填入与登记" }).click();
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

function column(letter: string): Promise<Record<number, unknown>> {
  return page.evaluate((letter) => {
    const book = (window as unknown as { __fakeBook: FakeBook }).__fakeBook;
    const written = book.sheets[0].written();
    return Object.fromEntries(
      Object.entries(written)
        .filter(([cell]) => cell.startsWith(letter) && cell.slice(1) !== "2")
        .map(([cell, value]) => [Number(cell.slice(1)) - 2, value])
    );
  }, letter);
}

describe("filling targets in Chromium (zh-CN)", () => {
  test("reads the names, fills the official targets past the formula that shows nothing, lists the rest", async () => {
    await page.getByRole("button", { name: "读取选区" }).click();
    await page.getByText(/已读取 19 行/).waitFor();
    await page.getByRole("spinbutton", { name: "年份" }).fill("2025");
    await page.getByRole("radio", { name: "按官方表的小计/合计填" }).check();
    await page.getByRole("button", { name: "填入目标" }).click();
    await page.getByText("已填入 15 行目标：E3:E20。").waitFor();
    expect(await column("E")).toEqual(HIGH_TECH_2025);
    expect(await column("D")).toEqual({ 3: '=IF(C5>0,"","")' });
    await expect(page.getByText(/第 14 行“新村街道”：找不到此单位/).count()).resolves.toBe(1);
    await expect(page.getByText(/第 15 行“街道”：名称不明确/).count()).resolves.toBe(1);
    await page.screenshot({ path: join(OUTPUT, "fill-zh.png"), fullPage: true });
  });

  test("remembers what an unknown name means, in the workbook", async () => {
    await page.getByRole("button", { name: "记住：新村街道 → 华新街街道" }).click();
    await page.getByText(/已记住：“新村街道”即“华新街街道”/).waitFor();
    const parts = await page.evaluate(() => {
      const win = window as unknown as {
        __fakeBook: FakeBook;
        __fakeExcel: { xmlPartsOf(book: FakeBook): XmlPartState[] };
      };
      return win.__fakeExcel.xmlPartsOf(win.__fakeBook);
    });
    expect(parts).toHaveLength(1);
    expect(parts[0].xml).toContain('"typed":"新村街道","means":"华新街街道"');
  });
});
