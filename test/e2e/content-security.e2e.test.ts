import { mkdtempSync } from "fs";
import { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { launch, OUTPUT, serveBuiltPane } from "./browser";
import { fakeOfficeScript } from "./fake-office";

/* The built page's Content-Security-Policy (src/node/content-security-policy.ts) in real Chromium: the pane runs
   under it without one violation, in Excel and as the viewer, while an injected inline script and eval are refused.
   And compat.js: a webview that cannot run the pane (Internet Explorer 11 or EdgeHTML, which Excel 2016 and 2019
   volume-licensed use: Microsoft, "Browsers and webview controls used by Office Add-ins"; or one missing an ES2020
   feature) shows what to do instead, in zh-CN and English, and the pane does not start. */

let server: Server;
let url: string;

beforeAll(async () => {
  ({ server, url } = await serveBuiltPane());
});

afterAll(() => server?.close());

const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(event.effectiveDirective + " " + event.blockedURI);
  });
`;

async function open(init: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launch("zh-CN", mkdtempSync(join(tmpdir(), "pane-downloads-")));
  for (const script of [RECORD_VIOLATIONS, ...init]) await context.addInitScript(script);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/taskpane.html`);
  return { context, page };
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

async function walkTabs(page: Page): Promise<number> {
  await page.getByRole("combobox").first().waitFor();
  const tabs = page.getByRole("tab");
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    await tabs.nth(i).click();
    await page.waitForFunction(
      (index) =>
        document.querySelectorAll('[role="tab"]')[index]?.getAttribute("aria-selected") === "true",
      i
    );
    // Each tab's panel is a chunk of its own, fetched on first use.
    await page.waitForLoadState("networkidle");
  }
  return count;
}

describe("the pane's Content-Security-Policy", () => {
  test("the pane in Excel runs every tab without a violation", async () => {
    const { context, page } = await open([fakeOfficeScript("zh-CN")]);
    try {
      expect(await walkTabs(page)).toBeGreaterThanOrEqual(4);
      await page.getByRole("tab").first().click();
      await page.getByRole("button", { name: "插入到所选位置" }).first().click();
      await page.getByTestId("notice").first().waitFor();
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the viewer, where office.js is refused, runs without a violation", async () => {
    const { context, page } = await open([]);
    try {
      await page.getByRole("combobox", { name: "区县" }).waitFor({ timeout: 20_000 });
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an injected inline script is refused, and a script of our origin runs but cannot eval", async () => {
    const { context, page } = await open([fakeOfficeScript("zh-CN")]);
    try {
      await context.route(/\/probe\.js$/, (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: "try { window.__evaluated = String(eval('1 + 1')); } catch (error) { window.__evaluated = error.name; }",
        })
      );
      await page.getByRole("combobox").first().waitFor();
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const inline = document.createElement("script");
            inline.textContent = "window.__injected = true;";
            document.body.appendChild(inline);
            const probe = document.createElement("script");
            probe.src = "probe.js";
            probe.onload = () => resolve();
            document.body.appendChild(probe);
          })
      );
      const outcome = await page.evaluate(() => {
        const page = window as unknown as { __injected?: boolean; __evaluated?: string };
        return { injected: page.__injected, evaluated: page.__evaluated };
      });
      expect(outcome).toEqual({ injected: undefined, evaluated: "EvalError" });
      expect(await violations(page)).toEqual(
        expect.arrayContaining(["script-src-elem inline", "script-src eval"])
      );
    } finally {
      await context.close();
    }
  });
});

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const posingAs = (agent: string) =>
  `Object.defineProperty(Navigator.prototype, "userAgent", { get: () => ${JSON.stringify(agent)} });`;

async function expectUnsupported(page: Page, picture?: string): Promise<void> {
  const message = page.getByTestId("unsupported");
  await message.waitFor({ timeout: 10_000 });
  const text = await message.textContent();
  expect(text).toMatch(/此版本 Office 无法运行本任务窗格/);
  expect(text).toMatch(/下载 \.xlsx/);
  expect(text).toMatch(/Microsoft 365 或 Office 2021 及以上/);
  expect(text).toMatch(/This version of Office cannot run this task pane/);
  expect(text).toContain(`${url}/taskpane.html`);
  // The pane never started: 4 s is the pane's own wait for Office before it would show the viewer.
  await page.waitForTimeout(4_500);
  expect(await page.getByRole("combobox").count()).toBe(0);
  expect(await page.getByTestId("unsupported").count()).toBe(1);
  if (picture) await page.screenshot({ path: join(OUTPUT, picture), fullPage: true });
}

describe("webviews that cannot run the pane", () => {
  test.each([
    ["Internet Explorer 11 (Excel 2016 volume-licensed)", IE11, "pane-unsupported-ie11.png"],
    ["EdgeHTML 18 (Excel 2019 volume-licensed on Windows 10 1903+)", EDGE_HTML, undefined],
  ])("%s: the message, not a blank page", async (_name, agent, picture) => {
    const { context, page } = await open([posingAs(agent)]);
    try {
      await expectUnsupported(page, picture);
    } finally {
      await context.close();
    }
  });

  test.each([
    ["globalThis", "delete globalThis.globalThis;"],
    ["Promise.allSettled", "delete Promise.allSettled;"],
    ["String.prototype.matchAll", "delete String.prototype.matchAll;"],
    ["Object.fromEntries", "delete Object.fromEntries;"],
    ["Array.prototype.flat", "delete Array.prototype.flat;"],
  ])("a webview without %s: the message", async (_feature, removal) => {
    const { context, page } = await open([removal]);
    try {
      await expectUnsupported(page);
    } finally {
      await context.close();
    }
  });

  test("a pane script the webview cannot parse: the message", async () => {
    const context = await launch("zh-CN", mkdtempSync(join(tmpdir(), "pane-downloads-")));
    await context.route(/\/taskpane\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: "const pane = () => { return ?. ; };" })
    );
    const page = context.pages()[0] ?? (await context.newPage());
    try {
      await page.goto(`${url}/taskpane.html`);
      await expectUnsupported(page);
    } finally {
      await context.close();
    }
  });
});
