import { mkdtempSync, writeFileSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { BrowserContext, Page, Route } from "playwright-core";
import { launch, OUTPUT, serveBuiltPane } from "./browser";
import { fakeOfficeScript } from "./fake-office";

/* Where Microsoft's CDN hangs or is refused (政务内网), the built pane must still paint at once and become the viewer;
   and an Excel 2016 volume-licensed host gets the values insert. The pane's timeout is 4 s (src/taskpane/index.tsx);
   the tests wait well past it and record how long it took in test-output/e2e-office-unavailable.json. */

const CDN = "https://appsforoffice.microsoft.com/**";
const figures: Record<string, number> = {};
let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await serveBuiltPane());
});

afterAll(() => {
  server?.close();
  writeFileSync(join(OUTPUT, "e2e-office-unavailable.json"), JSON.stringify(figures, null, 2));
});

/** Opens the pane with the CDN answered by `cdn` (a later route takes precedence over launch's). */
async function open(
  cdn: ((route: Route) => Promise<void> | void) | null,
  init?: string
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launch("zh-CN", mkdtempSync(join(tmpdir(), "pane-downloads-")));
  if (cdn) await context.route(CDN, cdn);
  if (init) await context.addInitScript(init);
  const page = context.pages()[0] ?? (await context.newPage());
  // Not "load": a held script keeps the load event from firing, which is the point.
  await page.goto(`${url}/taskpane.html`, { waitUntil: "domcontentloaded" });
  return { context, page };
}

/** The viewer is up: the district list, and the note that office.js is missing. */
async function expectViewer(page: Page, name: string): Promise<void> {
  await page.getByRole("combobox", { name: "区县" }).waitFor({ timeout: 20_000 });
  await page
    .getByTestId("host-notes")
    .getByText(/未能加载 Office 脚本（office\.js）/)
    .waitFor();
  expect(await page.getByRole("button", { name: "插入到所选位置" }).count()).toBe(0);
  expect(await page.getByRole("button", { name: /复制/ }).count()).toBe(1);
  figures[name] = await page.evaluate(() => Math.round(performance.now()));
  await page.screenshot({ path: join(OUTPUT, `pane-${name}.png`), fullPage: true });
}

describe("task pane in Chromium when office.js cannot be had", () => {
  test("the CDN request is held forever: a loading state at once, then the viewer", async () => {
    const held: Route[] = [];
    const { context, page } = await open((route) => void held.push(route));
    try {
      await page
        .getByText(/正在加载|正在连接 Excel/)
        .first()
        .waitFor({ timeout: 5_000 });
      await expectViewer(page, "cdn-held");
      expect(held.length).toBe(1);
    } finally {
      await context.close();
    }
  });

  test("the CDN request is refused: the viewer", async () => {
    const { context, page } = await open((route) => route.abort("connectionrefused"));
    try {
      await expectViewer(page, "cdn-refused");
    } finally {
      await context.close();
    }
  });
});

describe("task pane in Chromium when its own code cannot be had", () => {
  test("the pane's chunk is refused (the intranet dropped): it says so and what to do, instead of spinning", async () => {
    const context = await launch("zh-CN", mkdtempSync(join(tmpdir(), "pane-downloads-")));
    await context.route(/\/pane\.[0-9a-f]+\.js$/, (route) => route.abort("connectionreset"));
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${url}/taskpane.html`, { waitUntil: "domcontentloaded" });
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.textContent()).toMatch(
        /请检查网络，然后关闭并重新打开本窗格；工作簿未作任何更改/
      );
      expect(await page.getByTestId("pane-loading").count()).toBe(0);
      await page.screenshot({ path: join(OUTPUT, "pane-chunk-refused.png"), fullPage: true });
    } finally {
      await context.close();
    }
  });
});

describe("task pane in Chromium as Excel 2016 volume-licensed (ExcelApi 1.1 alone)", () => {
  test("offers the values insert and says what it lacks; the highlighting tab and formulas are not there", async () => {
    const { context, page } = await open(
      null,
      fakeOfficeScript("zh-CN", undefined, { ExcelApi: "1.1" })
    );
    try {
      await page.getByRole("button", { name: "插入到所选位置" }).waitFor({ timeout: 20_000 });
      expect(await page.getByRole("tab").count()).toBe(0);
      expect(await page.getByText("写入方式").count()).toBe(0);
      await page
        .getByTestId("host-notes")
        .getByText(/表格按数值插入/)
        .waitFor();
      await page.screenshot({ path: join(OUTPUT, "pane-excel-2016-vl.png"), fullPage: true });
      await page.getByRole("button", { name: "插入到所选位置" }).click();
      await page
        .getByTestId("notice")
        .getByText(/已插入到 Sheet1!A1:/)
        .waitFor();
      const book = await page.evaluate(() => {
        const fake = (
          window as unknown as {
            __fakeBook: { tables: unknown[]; names: unknown[]; log: string[] };
          }
        ).__fakeBook;
        return { tables: fake.tables.length, names: fake.names.length, log: fake.log };
      });
      expect(book).toMatchObject({ tables: 0, names: 0 });
      expect(book.log).toContain("range.values");
      expect(book.log).not.toContain("freezePanes.freezeRows");
      expect(book.log).not.toContain("tables.add");
    } finally {
      await context.close();
    }
  });
});
