import type { CustomFunction } from "../test/functions/stub-runtime";
import { loadBundle, LoadedBundle } from "./bundle";
import { Args, REPEATED, REPEATED_ERRORS, unseen } from "./function-calls";
import { median, timeMs } from "./timing";

/*
 * Issue 15: every PLAN.* function of the built bundle against its floor, "build a key from the arguments + Map.get",
 * measured in the same run, interleaved, as medians: within 2× for repeated arguments, 5× for arguments never seen
 * before; errors against successes.
 */

const ROUNDS = 7;

let run: LoadedBundle["run"] = () => undefined;

/** Nanoseconds a call of `subject` and of `floor`, interleaved rounds, medians. */
function compare(
  subject: (...args: unknown[]) => unknown,
  floor: (...args: unknown[]) => unknown,
  calls: readonly Args[],
  times: number
): { subject: number; floor: number } {
  run(subject, calls, 1);
  run(floor, calls, 1);
  const subjectNs: number[] = [];
  const floorNs: number[] = [];
  const perCall = (ms: number): number => (ms * 1e6) / (calls.length * times);
  for (let round = 0; round < ROUNDS; round++) {
    subjectNs.push(perCall(timeMs(() => run(subject, calls, times))));
    floorNs.push(perCall(timeMs(() => run(floor, calls, times))));
  }
  return { subject: median(subjectNs), floor: median(floorNs) };
}

/** Enough repetitions of a short list for about 20 ms a round. */
function repetitions(fn: CustomFunction, calls: readonly Args[]): number {
  let times = 1;
  while (timeMs(() => run(fn, calls, times)) < 20) times *= 2;
  return times;
}

function line(label: string, figures: { subject: number; floor: number }, goal: number): string {
  const ratio = figures.subject / figures.floor;
  return `  ${label.padEnd(34)} ${figures.subject.toFixed(0).padStart(6)} ns/call   floor ${figures.floor
    .toFixed(0)
    .padStart(
      5
    )} ns   ratio ${ratio.toFixed(2)}× (goal ≤ ${goal}×)${ratio <= goal ? "" : "  MISSED"}`;
}

function repeated(
  bundle: LoadedBundle,
  id: string,
  calls: readonly Args[]
): { subject: number; floor: number } {
  const fn = bundle.fn(id);
  bundle.prime(calls);
  return compare(fn, bundle.floor, calls, repetitions(fn, calls));
}

/**
 * Each pass: the functions forget every answer (a switch of display language), then every call once, so each is one
 * never seen before; short lists are passed several times a round. Against the floor on the same calls (misses).
 */
function unseenRounds(
  bundle: LoadedBundle,
  subject: (...args: unknown[]) => unknown,
  calls: readonly Args[]
): { subject: number; floor: number } {
  const passes = Math.ceil(4000 / calls.length);
  const subjectNs: number[] = [];
  const floorNs: number[] = [];
  const perCall = (ms: number): number => (ms * 1e6) / (calls.length * passes);
  const forgetting = (): void => {
    for (let pass = 0; pass < passes; pass++) {
      bundle.setLanguage(pass % 2 === 0 ? "en-US" : "zh-CN");
      run(subject, calls, 1);
    }
  };
  for (let round = 0; round < 15; round++) {
    subjectNs.push(perCall(timeMs(forgetting)));
    floorNs.push(perCall(timeMs(() => run(bundle.floor, calls, passes))));
  }
  bundle.setLanguage("zh-CN");
  return { subject: median(subjectNs), floor: median(floorNs) };
}

export async function benchBundle(): Promise<string[]> {
  const bundle = loadBundle("zh-CN");
  run = bundle.run;
  const lines = [
    "built bundle dist/functions.js (vm context, stub runtime), each call against its floor:",
  ];
  for (const [id, calls] of Object.entries(REPEATED)) {
    lines.push(line(`${id} repeated arguments`, repeated(bundle, id, calls), 2));
  }
  for (const id of Object.keys(REPEATED)) {
    const calls = unseen(id);
    lines.push(
      line(
        `${id} never seen (${calls.length} calls)`,
        unseenRounds(bundle, bundle.fn(id), calls),
        5
      )
    );
  }
  const success = repeated(bundle, "TARGET", REPEATED.TARGET);
  const failure = repeated(bundle, "TARGET", REPEATED_ERRORS);
  const fn = bundle.fn("TARGET");
  lines.push(
    line(
      "TARGET repeated errors vs key+get+throw",
      compare(fn, bundle.floorThrow, REPEATED_ERRORS, repetitions(fn, REPEATED_ERRORS)),
      2
    )
  );
  lines.push(
    line(
      "TARGET repeated: errors ÷ successes",
      { subject: failure.subject, floor: success.subject },
      1
    )
  );
  // Excel takes a scalar error only thrown (learn.microsoft.com, "Handle and return errors from your custom
  // function"); the throw alone, against a whole remembered successful call, bounds errors ÷ successes from below.
  const bare = compare(bundle.throwOnly, bundle.floor, REPEATED_ERRORS, 1 << 14).subject;
  lines.push(
    `  a throw alone (one pre-made error, caught)   ${bare.toFixed(0).padStart(6)} ns   ÷ TARGET success ${(bare / success.subject).toFixed(2)}×: the least errors ÷ successes can be`
  );
  const fresh = unseenRounds(bundle, bundle.fn("TARGET"), unseen("TARGET")).subject;
  const freshErrors = unseenRounds(bundle, bundle.fn("TARGET"), unseen("ERRORS")).subject;
  lines.push(
    line("TARGET never seen: errors ÷ successes", { subject: freshErrors, floor: fresh }, 1)
  );
  return lines;
}
