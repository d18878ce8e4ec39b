import { mkdtempSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { launch, OUTPUT, serveBuiltPane } from "./browser";
import { fakeOfficeScript } from "./fake-office";

/*
 * The 报送表 tab reached from the pane at the width Excel gives it (350 × 900): in Excel (the recording fake, Chinese)
 * it writes the sheet into the book; in the viewer (no Office, English) it downloads the .xlsx. Either way the
 * primary button is in the window without scrolling. Screenshots in test-output/submission-tab/ to look at.
 */

const SHOTS = join(OUTPUT, "submission-tab");
let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await serveBuiltPane());
});

afterAll(() => server?.close());

async function primaryInView(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 900 && box.x + box.width <= 350;
}

const cases = [
  {
    name: "excel-zh",
    language: "zh-CN",
    excel: true,
    tab: "报送表",
    tabs: ["分解表", "进度着色", "填入与登记", "报送表"],
    primary: "生成报送表（新工作表）",
    done: /已生成报送表/,
  },
  {
    name: "viewer-en",
    language: "en-US",
    excel: false,
    tab: "Submission sheet",
    tabs: ["Tables", "Submission sheet"],
    primary: "Download submission sheet .xlsx",
    done: /Downloaded .+\.xlsx/,
  },
];

describe.each(cases)("the submission tab at 350 × 900 ($name)", (given) => {
  test("is reachable, shows its primary button in view, and runs it", async () => {
    const context = await launch(given.language, mkdtempSync(join(tmpdir(), "submission-tab-")));
    if (given.excel) await context.addInitScript(fakeOfficeScript(given.language));
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setViewportSize({ width: 350, height: 900 });
      await page.goto(`${url}/taskpane.html`);
      await page.getByRole("tab", { name: given.tab }).click();
      await page.getByRole("button", { name: given.primary, exact: true }).waitFor();
      // Fluent writes an unselected tab's text twice, to reserve the width of its bold form.
      expect(await page.getByRole("tab").allTextContents()).toEqual(
        given.tabs.map((tab) => (tab === given.tab ? tab : `${tab}${tab}`))
      );
      expect(await primaryInView(page, given.primary)).toBe(true);
      await page.screenshot({ path: join(SHOTS, `submission-350-${given.name}.png`) });

      const download = given.excel ? null : page.waitForEvent("download");
      await page.getByRole("button", { name: given.primary, exact: true }).click();
      await page.getByTestId("submission-notice").getByText(given.done).waitFor();
      if (download) expect((await download).suggestedFilename()).toMatch(/^江北区.*\.xlsx$/);
      else {
        const sheets = await page.evaluate(() =>
          (
            window as unknown as { __fakeBook: { sheets: { name: string }[] } }
          ).__fakeBook.sheets.map((sheet) => sheet.name)
        );
        expect(sheets).toEqual(["Sheet1", expect.stringMatching(/^江北区/)]);
      }
      await page.screenshot({ path: join(SHOTS, `submission-350-${given.name}-done.png`) });
    } finally {
      await context.close();
    }
  });
});
