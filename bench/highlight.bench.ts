import { join } from "path";
import { readSeeds } from "../src/node/read-seeds";
import { applyHighlight } from "../src/excel/highlight/apply-highlight";
import { checkSelection } from "../src/excel/highlight/highlight";
import { largeBook, LARGE_REQUEST } from "../test/excel/safe-write/large-sheet";
import type { FakeBook } from "../test/fakes/excel";
import { timeMs } from "./timing";

/** Excel on the web's cap on one request or response, and the budget issue 15 sets for each write request. */
const LIMIT = 5_000_000;
const WRITE_BUDGET = 2_000_000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function measure(rows: number, action: "apply" | "check"): Promise<string> {
  const book: FakeBook = largeBook(rows);
  const context = () => book.context() as unknown as Excel.RequestContext;
  let run: Promise<unknown> = Promise.resolve();
  const ms = timeMs(() => {
    run =
      action === "apply"
        ? applyHighlight(context(), LARGE_REQUEST)
        : checkSelection(context(), LARGE_REQUEST);
  });
  const started = performance.now();
  await run;
  const total = ms + performance.now() - started;
  const request = Math.max(...book.requests.map((sync) => sync.requestBytes));
  const response = Math.max(...book.requests.map((sync) => sync.responseBytes));
  return (
    `${action} ${rows} rows × 12: ${total.toFixed(0)} ms against the fake, ${book.syncCount} syncs, ` +
    `largest request ${kb(request)} (${((request / WRITE_BUDGET) * 100).toFixed(0)}% of 2 MB), ` +
    `largest response ${kb(response)} (${((response / LIMIT) * 100).toFixed(0)}% of 5 MB)`
  );
}

/** Highlighting at the sizes bureaus use: time, syncs and request bytes (issues 10 and 15). */
export async function benchHighlight(): Promise<string[]> {
  (globalThis as { PLAN_SEEDS?: unknown }).PLAN_SEEDS ??= readSeeds(join(__dirname, "..", "seeds"));
  const lines: string[] = [];
  for (const rows of [100, 2_000, 10_000]) {
    lines.push(await measure(rows, "apply"), await measure(rows, "check"));
  }
  return lines;
}
