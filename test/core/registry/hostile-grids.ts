import { MAX_CELL_CHARS, MAX_GRID_CELLS } from "../../../src/core/registry/grid-error";
import { PLAN_JSON_LIMITS } from "../../../src/core/registry/plan-json";

/*
 * Pastes and imports someone careless or hostile could hand the register tab, with what the reader must answer; the
 * bench times each (issue 22: every reader of outside data answers a 10 MB input in well under 1 s).
 */

const TEN_MB = 10 * 1024 * 1024;
const fill = (unit: string, length: number) => unit.repeat(Math.floor(length / unit.length));

export interface HostileGrid {
  name: string;
  grid: string[][];
  /** The GridError's reason, or "read" for a grid within the bounds that is read in full. */
  answer: "too-large" | "cell-too-long" | "no-header" | "read";
}

export function hostileGrids(): HostileGrid[] {
  const longest = "观".repeat(MAX_CELL_CHARS - 1);
  return [
    { name: "one 10 MB cell", grid: [[fill("观", TEN_MB)]], answer: "cell-too-long" },
    {
      name: "5 M one-character cells",
      grid: Array.from({ length: 5_000_000 }, () => ["1"]),
      answer: "too-large",
    },
    {
      name: "the cap's cells, each the longest",
      grid: Array.from({ length: MAX_GRID_CELLS / 2 }, () => [longest, longest]),
      answer: "read",
    },
    {
      name: "the cap's cells in one column",
      grid: Array.from({ length: MAX_GRID_CELLS }, () => [longest]),
      answer: "no-header",
    },
  ];
}

export interface HostileJson {
  name: string;
  text: string;
  refusal: RegExp;
}

export function hostileJson(): HostileJson[] {
  const under = PLAN_JSON_LIMITS.maxChars - 1024;
  return [
    { name: "10 MB of nested lists", text: fill("[", TEN_MB), refusal: /over the 2 MB/ },
    { name: "2 MB of nested lists", text: fill("[", under), refusal: /nests deeper than 16/ },
    {
      name: "2 MB string never closed",
      text: `{"id":"${fill("观", under)}`,
      refusal: /is not readable JSON/,
    },
    {
      name: "2 MB of __proto__ keys",
      text: `[${fill('{"__proto__":1},', under)}{}]`,
      refusal: /has a key "__proto__" at \[0\]/,
    },
  ];
}
