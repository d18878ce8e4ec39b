import { benchBundle } from "./bundle.bench";
import { benchCatalog } from "./catalog.bench";
import { benchFunctions } from "./functions.bench";
import { benchFill } from "./fill.bench";
import { benchHighlight } from "./highlight.bench";
import { benchHighlightAnalysis } from "./highlight-analysis.bench";
import { benchSubmission } from "./submission.bench";
import { benchPane } from "./pane.bench";
import { benchHostile } from "./hostile.bench";

/* npm run bench: figures, not pass/fail. Each benchmark returns its lines; this prints them. */
async function main(): Promise<void> {
  const only = process.argv[2];
  const benches: [string, () => Promise<string[]>][] = [
    ["catalog", benchCatalog],
    ["functions", benchFunctions],
    ["bundle", benchBundle],
    ["highlight-analysis", benchHighlightAnalysis],
    ["highlight", benchHighlight],
    ["fill", benchFill],
    ["submission", benchSubmission],
    ["pane", benchPane],
    ["hostile", benchHostile],
  ];
  for (const [name, bench] of benches) {
    if (only && only !== name) continue;
    for (const line of await bench()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
