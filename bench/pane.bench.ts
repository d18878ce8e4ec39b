import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { SourceMapConsumer } from "source-map";
import { gzipSync } from "zlib";
import { launch } from "../test/e2e/browser";
import { serveDirectory } from "../test/e2e/static-server";
import { buildFloorPane } from "./pane-floor";
import { median } from "./timing";

/*
 * Issue 15: the pane's initial scripts, gzipped as the production build ships them, and its first render in Chromium,
 * each against a minimal React + Fluent pane built the same way in the same run; what remains above the floor,
 * by package or source folder.
 */

const DIST = join(__dirname, "..", "dist");

/** The scripts taskpane.html loads at once (office.js aside: it comes from Microsoft's CDN). */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)]
    .map((match) => match[1])
    .filter((src) => !/^(https?:)?\/\//.test(src) && !src.includes("office.js"));
}

const gzipped = (file: string): number => gzipSync(readFileSync(file)).length;

/** Bytes of minified code per package (node_modules/<name>) or source folder, from a source map. */
function bytesBySource(script: string): Map<string, number> {
  const code = readFileSync(script, "utf8").split("\n");
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${script}.map`, "utf8")));
  const sizes = new Map<string, number>();
  const add = (source: string | null, bytes: number): void => {
    if (source) sizes.set(groupOf(source), (sizes.get(groupOf(source)) ?? 0) + bytes);
  };
  let previous: { line: number; column: number; source: string | null } | null = null;
  consumer.eachMapping((mapping) => {
    if (previous && previous.line === mapping.generatedLine)
      add(previous.source, mapping.generatedColumn - previous.column);
    else if (previous)
      add(previous.source, (code[previous.line - 1]?.length ?? 0) - previous.column);
    previous = {
      line: mapping.generatedLine,
      column: mapping.generatedColumn,
      source: mapping.source,
    };
  });
  const last = previous as { line: number; column: number; source: string | null } | null;
  if (last) add(last.source, (code[last.line - 1]?.length ?? 0) - last.column);
  return sizes;
}

function groupOf(source: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (modules) return modules[1];
  const own = /src\/([^/]+(?:\/[^/]+)?)\//.exec(source);
  return own ? `src/${own[1]}` : source;
}

/** When the page first drew with React (a FluentProvider in #root), when it became usable, and what it had fetched. */
interface Opening {
  drawnMs: number;
  usableMs: number;
  /**
   * The page's own scripts (office.js and functions.js aside) asked for no later than its first screen's chunk: the
   * chunk and those webpack asks for with it, in the same instant. Chunks of other tabs are asked for once it runs.
   */
  scripts: string[];
}

/**
 * Opens `page` `runs` times in Chromium; medians. Usable: `usable` matches (for the pane, the tables tab's picker;
 * the floor draws everything at once). `firstScreen`: the chunk that draws the first screen, if the page has one.
 */
async function openings(
  directory: string,
  page: string,
  usable: string,
  firstScreen: RegExp | null,
  runs: number
): Promise<Opening> {
  const { server, url } = await serveDirectory(directory);
  const context = await launch("zh-CN", directory);
  // The static "正在加载…" of taskpane.html paints before any script: the first React drawing is what is compared.
  await context.addInitScript(() => {
    const marks = window as unknown as { reactDrawnAt?: number };
    new MutationObserver(() => {
      if (marks.reactDrawnAt === undefined && document.querySelector("#root .fui-FluentProvider"))
        marks.reactDrawnAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const drawn: number[] = [];
  const ready: number[] = [];
  let scripts: string[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const tab = await context.newPage();
      await tab.goto(`${url}/${page}`);
      await tab.waitForSelector(usable);
      const requested = await tab.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((entry) => ({ name: entry.name, start: entry.startTime }))
      );
      const own = requested
        .filter((entry) => entry.name.startsWith(url) && entry.name.endsWith(".js"))
        .map((entry) => ({ path: entry.name.slice(url.length + 1), start: entry.start }))
        .filter((entry) => entry.path !== "functions.js");
      const screen = firstScreen ? own.find((entry) => firstScreen.test(entry.path)) : undefined;
      scripts = own
        .filter((entry) => !screen || entry.start <= screen.start + 1)
        .map((entry) => entry.path);
      const marks = await tab.evaluate(
        (selector) => ({
          drawn: (window as unknown as { reactDrawnAt?: number }).reactDrawnAt ?? NaN,
          usable: document.querySelector(selector) ? performance.now() : NaN,
        }),
        usable
      );
      drawn.push(marks.drawn);
      ready.push(marks.usable);
      await tab.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  return { drawnMs: median(drawn), usableMs: median(ready), scripts };
}

export async function benchPane(): Promise<string[]> {
  if (!existsSync(join(DIST, "taskpane.html")))
    return ["pane: dist/ is missing, run `npm run build` first"];
  const floorDir = await buildFloorPane();
  const scripts = initialScripts();
  const ours = scripts.reduce((sum, src) => sum + gzipped(join(DIST, src)), 0);
  const floor = gzipped(join(floorDir, "floor.js"));
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `pane initial scripts (${scripts.join(" + ")}), gzipped: ${kb(ours)}   floor (React + Fluent) ${kb(floor)}   ratio ${(ours / floor).toFixed(2)}×   (goal ≤ 150 KB)`,
  ];
  for (const src of scripts) lines.push(`  ${src}: ${kb(gzipped(join(DIST, src)))}`);
  const functionsJs = gzipped(join(DIST, "functions.js"));
  lines.push(
    `  in Excel, with functions.js (${kb(functionsJs)}) that the pane adds after office.js: ${kb(ours + functionsJs)}   ratio ${((ours + functionsJs) / floor).toFixed(2)}×`
  );
  const mine = new Map<string, number>();
  for (const src of scripts) {
    // plan-data.js is emitted by the build without a source map: it counts as one group, the catalog's data.
    const groups = existsSync(join(DIST, `${src}.map`))
      ? bytesBySource(join(DIST, src))
      : new Map([[src, readFileSync(join(DIST, src)).length]]);
    for (const [group, size] of groups) mine.set(group, (mine.get(group) ?? 0) + size);
  }
  const base = bytesBySource(join(floorDir, "floor.js"));
  const above = [...mine]
    .map(([group, size]) => [group, size - (base.get(group) ?? 0)] as const)
    .filter(([, extra]) => extra > 1024)
    .sort((a, b) => b[1] - a[1]);
  lines.push("  above the floor, minified bytes by package or source folder:");
  for (const [group, extra] of above.slice(0, 15))
    lines.push(`    ${group.padEnd(40)} +${kb(extra)}`);
  const pane = await openings(DIST, "taskpane.html", "#root select", /^pane\.[0-9a-f]+\.js$/, 5);
  const floorOpening = await openings(floorDir, "floor.html", "#root button", null, 5);
  const usableBytes = pane.scripts.reduce((sum, src) => sum + gzipped(join(DIST, src)), 0);
  lines.push(
    `  the first screen's scripts (${pane.scripts.join(" + ")}): ${kb(usableBytes)}   ratio ${(usableBytes / floor).toFixed(2)}×`,
    `pane in Chromium, first drawn by React: ${pane.drawnMs.toFixed(0)} ms   floor ${floorOpening.drawnMs.toFixed(0)} ms   ratio ${(pane.drawnMs / floorOpening.drawnMs).toFixed(2)}×`,
    `pane in Chromium, tables tab usable: ${pane.usableMs.toFixed(0)} ms   floor drawn ${floorOpening.usableMs.toFixed(0)} ms   ratio ${(pane.usableMs / floorOpening.usableMs).toFixed(2)}×`
  );
  return lines;
}
