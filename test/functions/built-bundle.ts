import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { Context, createContext, runInContext } from "vm";
import { createStubRuntime, StubRuntime } from "./stub-runtime";

const DIST = join(__dirname, "..", "..", "dist");

/**
 * What ships, run as Excel's runtime runs it: dist/functions.js (built by `npm run build`, which `npm test` runs
 * first) in a context whose only globals are a stub CustomFunctions and Office, after plan-data.js, the catalog's data,
 * as the page runs them (see webpack.config.js). The context is returned for callers that add code of their own to it.
 */
export function runBuiltBundle(displayLanguage: string): {
  runtime: StubRuntime;
  context: Context;
} {
  const bundle = join(DIST, "functions.js");
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: run \`npm run build\` first (npm test does).`);
  const runtime = createStubRuntime(displayLanguage);
  const context = createContext({
    CustomFunctions: runtime.CustomFunctions,
    Office: runtime.Office,
  });
  runInContext(readFileSync(join(DIST, "plan-data.js"), "utf8"), context, {
    filename: "plan-data.js",
  });
  runInContext(readFileSync(bundle, "utf8"), context, { filename: "functions.js" });
  return { runtime, context };
}
