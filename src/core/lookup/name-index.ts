import { stripAffixes } from "./affixes";
import { BoundedCache } from "./bounded-cache";
import { LookupError } from "./lookup-error";
import type { Subject } from "./lookup-problem";
import { editDistance, MAX_NAME_LENGTH, normalizeName } from "./text";

/** Something a user may name: its display name and every other name it answers to. */
export interface Named<T> {
  item: T;
  display: string;
  names: readonly string[];
}

/** A name the user taught the workbook: `typed` stands for whatever `means` resolves to in this index. */
export interface IndexAlias {
  typed: string;
  means: string;
}

export interface NameIndexOptions {
  /** Words that may stand before a name without changing it (for a unit: its district). Longest first. */
  prefixes?: readonly string[];
  aliases?: readonly IndexAlias[];
  /**
   * Only the names as listed (after normalizing width, case and spaces) and the aliases: no affix taken away, no short
   * form, no part of a name. For subjects whose names are phrases (an indicator: 高新技术企 is not 高新技术企业).
   */
  listedOnly?: boolean;
}

const NEAREST = 5;
/**
 * How much of an unknown name the "did you mean" search compares: its start is what a suggestion can match, and the
 * search's cost grows with the length it compares.
 */
const SUGGESTION_PREFIX = 24;

/** Names remembered per index: a sheet repeats its names, but a cell of noise must not be kept for ever. */
export const RESOLVED_CACHE_SIZE = 512;

const LENGTH_EXPECTED = {
  zh: `不超过 ${MAX_NAME_LENGTH} 个字符的名称`,
  en: `a name of at most ${MAX_NAME_LENGTH} characters`,
};

function unique<T>(matches: Named<T>[]): Named<T>[] {
  return [...new Set(matches)];
}

/**
 * Resolves typed names against a fixed set of choices. The name is normalized (width, case, spaces) and, unless the
 * index takes listed names only, also tried without the affixes of affixes.ts; then, in turn: the exact name, a name
 * the text begins (观音桥 → 观音桥街道), a name the text is part of (高新区 → 永川高新区管委会); an index of listed
 * names takes the first step alone. The first step that finds anything decides: one match is the answer, several
 * are an "ambiguous" error listing them, so the add-in never guesses between two real names. A name with anything
 * else attached (江北区abc) matches nothing: an "unknown" error listing the nearest names.
 * Exact names are one map access; other answers are remembered, a bounded number of them.
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, T | Named<T>[]>();
  private readonly taught = new Map<string, T>();
  private readonly resolved = new BoundedCache<string, T | LookupError>(RESOLVED_CACHE_SIZE);
  private readonly keyed: { choice: Named<T>; keys: string[] }[];
  private readonly prefixes: readonly string[];
  private readonly listedOnly: boolean;

  constructor(
    private readonly subject: Subject,
    private readonly choices: readonly Named<T>[],
    options: NameIndexOptions = {}
  ) {
    this.prefixes = (options.prefixes ?? []).map(normalizeName);
    this.listedOnly = options.listedOnly ?? false;
    // The display name is a key too: a name copied from a message's list of candidates must resolve to that choice.
    this.keyed = choices.map((choice) => ({
      choice,
      keys: [...new Set([choice.display, ...choice.names].map(normalizeName))],
    }));
    const byKey = new Map<string, Named<T>[]>();
    for (const { choice, keys } of this.keyed) {
      for (const key of keys) byKey.set(key, unique([...(byKey.get(key) ?? []), choice]));
    }
    for (const [key, owners] of byKey)
      this.exact.set(key, owners.length === 1 ? owners[0].item : owners);
    for (const alias of options.aliases ?? []) {
      const key = normalizeName(alias.typed);
      if (this.exact.has(key)) continue;
      // A district-wide unit alias may name a row that this indicator's table lacks: it does not apply here.
      const meant = this.attempt(alias.means);
      if (meant !== undefined) this.taught.set(key, meant);
    }
  }

  get size(): number {
    return this.choices.length;
  }

  /** How many typed names this index remembers now (at most RESOLVED_CACHE_SIZE). */
  get cachedNames(): number {
    return this.resolved.size;
  }

  /** Whether a typed name is exactly one of the names (not a short form or a guess): an alias may not take it. */
  isExactName(query: string): boolean {
    return this.exact.has(normalizeName(query));
  }

  /** The choice whose stored name is exactly the text as given (one map access), else undefined. */
  printed(query: string): T | undefined {
    const direct = this.exact.get(query);
    return direct === undefined || Array.isArray(direct) ? undefined : (direct as T);
  }

  resolve(query: string): T {
    // A name typed as printed is its own key: one map access, no normalizing.
    const direct = this.exact.get(query);
    if (direct !== undefined && !Array.isArray(direct)) return direct as T;
    let answer = this.resolved.get(query);
    if (answer === undefined) {
      answer = this.search(query);
      this.resolved.set(query, answer);
    }
    if (answer instanceof LookupError) throw answer;
    return answer;
  }

  private attempt(query: string): T | undefined {
    const answer = this.search(query);
    return answer instanceof LookupError ? undefined : answer;
  }

  private search(query: string): T | LookupError {
    const subject = this.subject;
    if (query.length > MAX_NAME_LENGTH)
      return new LookupError({ reason: "invalid", subject, query, expected: LENGTH_EXPECTED });
    const typed = normalizeName(query);
    const forms = this.listedOnly
      ? [typed]
      : [...new Set([typed, stripAffixes(typed, this.prefixes)])];
    for (const form of forms) {
      const hit = this.exact.get(form);
      if (hit !== undefined && !Array.isArray(hit)) return hit as T;
      const taught = this.taught.get(form);
      if (taught !== undefined) return taught;
    }
    const steps: ((key: string, form: string) => boolean)[] = [
      (key, form) => key === form,
      (key, form) => form.length >= 2 && key.startsWith(form),
      (key, form) => form.length >= 2 && key.includes(form),
    ];
    for (const step of this.listedOnly ? steps.slice(0, 1) : steps) {
      for (const form of forms) {
        const matches = unique(
          this.keyed
            .filter(({ keys }) => keys.some((key) => step(key, form)))
            .map(({ choice }) => choice)
        );
        if (matches.length === 1) return matches[0].item;
        if (matches.length > 1) {
          const candidates = matches.map((match) => match.display);
          return new LookupError({ reason: "ambiguous", subject, query, candidates });
        }
      }
    }
    return new LookupError({ reason: "unknown", subject, query, candidates: this.nearest(typed) });
  }

  /** The nearest names by edit distance; a distance that cannot beat the nearest found so far is not finished. */
  private nearest(text: string): string[] {
    const typed = text.slice(0, SUGGESTION_PREFIX);
    const found: { display: string; distance: number }[] = [];
    for (const { choice, keys } of this.keyed) {
      const limit = found.length < NEAREST ? Infinity : found[NEAREST - 1].distance;
      let distance = limit;
      for (const key of keys) distance = Math.min(distance, editDistance(typed, key, distance));
      if (distance >= limit) continue;
      found.push({ display: choice.display, distance });
      found.sort((a, b) => a.distance - b.distance);
      if (found.length > NEAREST) found.pop();
    }
    return found.map((choice) => choice.display);
  }
}
