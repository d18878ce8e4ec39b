import { LookupError } from "./lookup-error";
import type { Subject } from "./lookup-problem";
import { editDistance, normalizeName } from "./text";

/** Something a user may name: its display name and every other name it answers to. */
export interface Named<T> {
  item: T;
  display: string;
  names: readonly string[];
}

const NEAREST = 5;

function unique<T>(matches: Named<T>[]): Named<T>[] {
  return matches.filter(
    (match, index) => matches.findIndex((other) => other.item === match.item) === index
  );
}

/**
 * Resolves typed names against a fixed set of choices, trying in turn: the exact name (after normalization), a
 * name the text begins (观音桥 → 观音桥街道), a name the text is part of (高新区 → 永川高新区管委会), then the
 * longest name that the text contains (重庆市江北区 → 江北区). The first step that finds anything decides: one
 * match is the answer, several are an "ambiguous" error listing them, so the add-in never guesses between two
 * real names. Exact names are one map access; other answers are remembered, since a sheet repeats its names.
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, T | Named<T>[]>();
  private readonly resolved = new Map<string, T | LookupError>();
  private readonly keyed: { choice: Named<T>; keys: string[] }[];

  constructor(
    private readonly subject: Subject,
    private readonly choices: readonly Named<T>[]
  ) {
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
  }

  get size(): number {
    return this.choices.length;
  }

  resolve(query: string): T {
    const typed = normalizeName(query);
    const hit = this.exact.get(typed);
    if (hit !== undefined && !Array.isArray(hit)) return hit as T;
    let answer = this.resolved.get(typed);
    if (answer === undefined) {
      answer = this.search(query, typed);
      this.resolved.set(typed, answer);
    }
    if (answer instanceof LookupError) throw new LookupError({ ...answer.problem, query });
    return answer;
  }

  private search(query: string, typed: string): T | LookupError {
    const subject = this.subject;
    if (typed === "")
      return new LookupError({
        reason: "unknown",
        subject,
        query,
        candidates: this.nearest(typed),
      });
    const longest = Math.max(
      0,
      ...this.keyed.flatMap(({ keys }) =>
        keys.filter((key) => typed.includes(key)).map((key) => key.length)
      )
    );
    const steps: ((key: string) => boolean)[] = [
      (key) => key === typed,
      (key) => typed.length >= 2 && key.startsWith(typed),
      (key) => typed.length >= 2 && key.includes(typed),
      (key) => key.length >= 2 && key.length === longest && typed.includes(key),
    ];
    for (const step of steps) {
      const matches = unique(
        this.keyed.filter(({ keys }) => keys.some(step)).map(({ choice }) => choice)
      );
      if (matches.length === 1) return matches[0].item;
      if (matches.length > 1) {
        const candidates = matches.map((match) => match.display);
        return new LookupError({ reason: "ambiguous", subject, query, candidates });
      }
    }
    return new LookupError({ reason: "unknown", subject, query, candidates: this.nearest(typed) });
  }

  private nearest(typed: string): string[] {
    return this.keyed
      .map(({ choice, keys }) => ({
        display: choice.display,
        distance: Math.min(...keys.map((key) => editDistance(typed, key))),
      }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, NEAREST)
      .map((choice) => choice.display);
  }
}
