/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { parse } from "acorn";

/* dist/taskpane.html, the page the manifest opens (and, in the shared runtime, the page Excel runs the functions
   in). Where Microsoft's CDN hangs the page must still paint: no script may block parsing; office.js is added by the
   pane's own code (src/excel/host/office-host.ts), which also loads functions.js once office.js has run, since the
   functions' CustomFunctions.associate calls need it. plan-data.js, the catalog's data both bundles read, comes
   first, deferred, so it has run before either. */

const page = join(__dirname, "..", "..", "dist", "taskpane.html");

function built(): Document {
  if (!existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` first`);
  return new DOMParser().parseFromString(readFileSync(page, "utf8"), "text/html");
}

test("no script blocks the first paint, the data runs before the pane, none loads office.js or the functions, and the page says it is loading", () => {
  const doc = built();
  const scripts = Array.from(doc.querySelectorAll("script"));
  expect(scripts.map((script) => script.getAttribute("src"))).toEqual([
    "compat.js",
    "plan-data.js",
    "taskpane.js",
  ]);
  for (const script of scripts) expect(script.defer || script.async).toBe(true);
  expect(doc.getElementById("root")?.textContent).toMatch(/正在加载… · Loading…/);
});

/* Issue 15's budget for what the page loads at once. The rest comes in chunks: the pane itself (fetched from the
   first moment, alongside office.js), each tab's panel, and each group of actions that write to Excel, on first use.
   npm run bench -- pane lists what these bytes are, against a minimal React + Fluent pane. */
test("the page's own first scripts weigh at most 150 KB gzipped", () => {
  const sizes = Array.from(built().querySelectorAll("script")).map(
    (script) =>
      gzipSync(readFileSync(join(page, "..", script.getAttribute("src") as string))).length
  );
  expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(150 * 1024);
});

/* Issue 22: a strict policy on the page (src/node/content-security-policy.ts); test/e2e/content-security.e2e.test.ts
   runs the pane under it in Chromium. */
test("the page carries its Content-Security-Policy: scripts from our origin and office.js's only, nothing inline", () => {
  const meta = built().querySelector('meta[http-equiv="Content-Security-Policy"]');
  const policy = new Map(
    (meta?.getAttribute("content") ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources] as const)
  );
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
});

/* compat.js runs first in every webview Office has used, Internet Explorer 11 among them: ES5 only. */
test("compat.js is ES5", () => {
  const source = readFileSync(join(page, "..", "compat.js"), "utf8");
  expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  expect(() => parse("const x = () => 1;", { ecmaVersion: 5 })).toThrow();
});
