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

async function firstRenderMs(directory: string, page: string, runs: number): Promise<number> {
  const { server, url } = await serveDirectory(directory);
  const context = await launch("zh-CN", directory);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const tab = await context.newPage();
      await tab.goto(`${url}/${page}`);
      await tab.waitForFunction(
        () => (document.getElementById("root")?.childElementCount ?? 0) > 0
      );
      times.push(await tab.evaluate(() => performance.now()));
      await tab.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  return median(times);
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
  const paneMs = await firstRenderMs(DIST, "taskpane.html", 5);
  const floorMs = await firstRenderMs(floorDir, "floor.html", 5);
  lines.push(
    `pane first render in Chromium: ${paneMs.toFixed(0)} ms   floor ${floorMs.toFixed(0)} ms   ratio ${(paneMs / floorMs).toFixed(2)}×`
  );
  return lines;
}
