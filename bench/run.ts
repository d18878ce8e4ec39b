import { benchCatalog } from "./catalog.bench";
import { benchFunctions } from "./functions.bench";
import { benchFill } from "./fill.bench";
import { benchHighlight } from "./highlight.bench";

/* npm run bench: figures, not pass/fail. Each benchmark returns its lines; this prints them. */
async function main(): Promise<void> {
  for (const bench of [benchCatalog, benchFunctions, benchFill, benchHighlight]) {
    for (const line of await bench()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
