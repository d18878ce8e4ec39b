import { mkdtempSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { planLookup } from "../../src/core/catalog/embedded";
import { tableChoices } from "../../src/core/tables/table-choice";
import { launch, OUTPUT, serveBuiltPane } from "./browser";
import { fakeOfficeScript } from "./fake-office";

/*
 * The pane at the width Excel gives it (350 × 900): for every table of every document, the primary action is in
 * the window without scrolling, and the pane has one vertical scroll area, its own. Screenshots at 350 px and at a
 * wide 800 px, in Chinese and English, are kept in test-output/pane-layout/ to look at.
 */

const lookup = planLookup();
const SHOTS = join(OUTPUT, "pane-layout");
let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await serveBuiltPane());
});

afterAll(() => server?.close());

async function open(
  language: string,
  excel: boolean,
  width = 350
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launch(language, mkdtempSync(join(tmpdir(), "pane-layout-")));
  if (excel) await context.addInitScript(fakeOfficeScript(language));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${url}/taskpane.html`);
  await page.getByRole("combobox").first().waitFor();
  return { context, page };
}

async function select(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).filter({ visible: true }).selectOption(value);
}

/** Elements other than the page that scroll vertically: each would be a second scroll area. */
function innerScrollAreas(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => {
        const overflow = getComputedStyle(element).overflowY;
        return (
          (overflow === "auto" || overflow === "scroll") &&
          element.scrollHeight > element.clientHeight + 1 &&
          element.offsetParent !== null
        );
      })
      .map((element) => `${element.tagName}.${element.className}`)
  );
}

async function inView(page: Page, name: string): Promise<boolean> {
  const box = await page
    .getByRole("button", { name, exact: true })
    .filter({ visible: true })
    .boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 900 && box.x + box.width <= 350;
}

const cases = [
  { language: "zh-CN", excel: true, labels: ["区县", "文件", "表格"], primary: "插入到所选位置" },
  {
    language: "en-US",
    excel: false,
    labels: ["District", "Document", "Table"],
    primary: "Download .xlsx",
  },
];

describe.each(cases)(
  "the pane at 350 × 900 ($language, in Excel: $excel)",
  ({ language, excel, labels, primary }) => {
    test("every table: the primary action is in view without scrolling, and there is one scroll area", async () => {
      const { context, page } = await open(language, excel);
      const seen: { table: string; inView: boolean; innerScroll: string[] }[] = [];
      try {
        for (const region of lookup.catalog.regions) {
          await select(page, labels[0], region);
          for (const plan of lookup.catalog.plansOf(region)) {
            await select(page, labels[1], plan.id);
            for (const choice of tableChoices(plan, language.startsWith("zh") ? "zh" : "en")) {
              await select(page, labels[2], choice.id);
              await page.getByTestId("preview").waitFor();
              seen.push({
                table: `${plan.id}/${choice.id}`,
                inView: await inView(page, primary),
                innerScroll: await innerScrollAreas(page),
              });
            }
          }
        }
        await select(page, labels[0], "江北区");
        await page.screenshot({
          path: join(SHOTS, `pane-350-${language}-${excel ? "excel" : "viewer"}.png`),
        });
      } finally {
        await context.close();
      }
      expect(seen.length).toBeGreaterThanOrEqual(13);
      expect(seen.filter((entry) => !entry.inView || entry.innerScroll.length > 0)).toEqual([]);
    });
  }
);

test("wide pane screenshots, Chinese and English", async () => {
  for (const language of ["zh-CN", "en-US"]) {
    const { context, page } = await open(language, true, 800);
    try {
      await page.screenshot({ path: join(SHOTS, `pane-800-${language}-excel.png`) });
      expect(await page.getByRole("button").filter({ visible: true }).count()).toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  }
});
