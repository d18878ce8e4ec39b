/*
 * Answers remembered by the arguments Excel passed. A sheet recalculates the same formulas again and again (every
 * edit, every open), so most calls repeat an earlier one: for those, building a key and one map access is the
 * whole call, errors included (the CustomFunctions.Error made the first time is thrown again).
 *
 * Memory is bounded: two generations of at most GENERATION entries each. New answers go into the young one; when it
 * is full it becomes the old one and the previous old one is dropped, so what a sheet keeps using survives (a hit in
 * the old generation is copied into the young one) and a stream of one-off arguments cannot grow without end.
 * Arguments too long to be worth a key, and arguments that are not a cell's value, are not remembered.
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

/**
 * The key of a call: the function and each argument with its type, so 2025 and "2025" stay apart. Only the values a
 * cell holds have keys; anything else (an array, an object, a Date, a Symbol) has none, and the call is answered
 * afresh, so it cannot share the key of an omitted argument.
 */
export function keyOf(id: string, args: readonly unknown[]): string | null {
  let key = id;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // A separator of its own per type: "\u0001" text, "\u0002" number, "\u0003" true, false or none.
    if (typeof arg === "string") key += "\u0001" + arg;
    else if (typeof arg === "number") key += "\u0002" + arg;
    else if (arg === true) key += "\u0003T";
    else if (arg === false) key += "\u0003F";
    else if (arg === null || arg === undefined) key += "\u0003";
    else return null;
    if (key.length > MAX_KEY_LENGTH) return null;
  }
  return key;
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
