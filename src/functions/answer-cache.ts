import type { CellValue } from "./answers";

/*
 * Answers remembered by the arguments Excel passed. A sheet recalculates the same formulas again and again (every
 * edit, every open), so most calls repeat an earlier one: for those, building a key and one map access is the
 * whole call, errors included (the CustomFunctions.Error made the first time is thrown again).
 *
 * Memory is bounded: two generations of at most GENERATION entries each. New answers go into the young one; when it
 * is full it becomes the old one and the previous old one is dropped, so what a sheet keeps using survives (a hit in
 * the old generation is copied into the young one) and a stream of one-off arguments cannot grow without end.
 * Arguments too long to be worth a key are not remembered.
 */

export const GENERATION = 8192;
const MAX_KEY_LENGTH = 256;

/** An error answer, told apart from a value by its class; values are kept as they are, with nothing around them. */
export class Failure {
  constructor(readonly error: unknown) {}
}

export type Remembered = unknown;

let young = new Map<string, Remembered>();
let old = new Map<string, Remembered>();
/** What the answers were computed from: the lookup in use and the display language. A change forgets them all. */
let basisLookup: unknown;
let basisLocale: unknown;

/** The key of a call: the function and each argument with its type, so 2025 and "2025" stay apart. */
export function keyOf(id: string, args: readonly CellValue[]): string | null {
  let key = id;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // A separator of its own per type: "\u0001" text, "\u0002" number, "\u0003" anything else (true, false, none).
    if (typeof arg === "string") key += "\u0001" + arg;
    else if (typeof arg === "number") key += "\u0002" + arg;
    else key += arg === true ? "\u0003T" : arg === false ? "\u0003F" : "\u0003";
  }
  return key.length <= MAX_KEY_LENGTH ? key : null;
}

export function recall(key: string, lookup: unknown, locale: unknown): Remembered | undefined {
  if (lookup !== basisLookup || locale !== basisLocale) {
    young = new Map();
    old = new Map();
    basisLookup = lookup;
    basisLocale = locale;
    return undefined;
  }
  const hit = young.get(key);
  if (hit !== undefined || old.size === 0) return hit;
  const older = old.get(key);
  if (older !== undefined) remember(key, older);
  return older;
}

export function remember(key: string, answer: Remembered): void {
  if (young.size >= GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(key, answer);
}

/** How many answers are remembered now (at most 2 × GENERATION), for the benchmark's report. */
export function rememberedCount(): number {
  return young.size + old.size;
}
