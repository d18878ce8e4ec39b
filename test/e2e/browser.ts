import { execSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync } from "fs";
import type { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import { BrowserContext, chromium } from "playwright-core";
import { serveDirectory } from "./static-server";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const OUTPUT = join(ROOT, "test-output");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** `npm test` builds before Jest; a lone run of this suite builds if dist/ is missing. */
export function ensureBuilt(): void {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    execSync("npx webpack --mode production", { cwd: ROOT, stdio: "inherit" });
  }
}

/** The built pane on a local port (built first if missing), with test-output/ ready for screenshots. */
export async function serveBuiltPane(): Promise<{ server: Server; url: string }> {
  ensureBuilt();
  mkdirSync(OUTPUT, { recursive: true });
  return serveDirectory(DIST);
}

/** Chromium with a fresh profile and no network: office.js comes from node_modules, everything else not local fails. */
export async function launch(locale: string, downloads: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), "pane-chromium-")),
    {
      executablePath: "/usr/bin/chromium",
      headless: true,
      locale,
      acceptDownloads: true,
      downloadsPath: downloads,
      viewport: { width: 420, height: 1100 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  );
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      const file = join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split("?")[0]);
      if (existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 404 });
    }
    if (url.startsWith("http://127.0.0.1:")) return route.continue();
    return route.abort();
  });
  return context;
}
