/** One problem in a data file, located as precisely as the file allows. */
export interface DataProblem {
  file: string;
  /** "table a1 (附件1) › row 3 (中山路街道) › column 2025年", "headline 2", … */
  where: string;
  message: string;
}

export function formatProblem(problem: DataProblem): string {
  return `${problem.file}${problem.where ? ` › ${problem.where}` : ""}: ${problem.message}`;
}

export type Json = Record<string, unknown>;

/** The data files' own words (field names, JSON values), which mean nothing to the people reading a table. */
const SCHEMA_WORDS =
  /\b(?:issuer|docNumber|date|year|region|title|source|headlines?|tables?|columns?|rows?|role|kind|cells|indicator|measure|null|true|false|json)\b/gi;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collects problems while walking one file, so a file is reported whole rather than stopping at its first error. */
export class FileChecker {
  readonly problems: DataProblem[] = [];

  constructor(readonly file: string) {}

  report(where: string, message: string): void {
    this.problems.push({ file: this.file, where, message });
  }

  object(value: unknown, where: string): Json | null {
    if (isObject(value)) return value;
    this.report(where, "expected an object");
    return null;
  }

  text(
    owner: Json,
    key: string,
    where: string,
    options: { nullable?: boolean; optional?: boolean } = {}
  ): void {
    const value = owner[key];
    if (value === undefined && options.optional) return;
    if (value === null && options.nullable) return;
    if (typeof value !== "string" || value.trim() === "") {
      this.report(
        where,
        `"${key}" must be a non-empty string${options.nullable ? " or null" : ""}`
      );
    }
  }

  /**
   * An optional note for readers, and its maintainer twin: a reader's note that speaks the data file's language (its
   * field names, null) belongs in `maintainerNote`.
   */
  notes(owner: Json, where: string): void {
    this.text(owner, "note", where, { optional: true });
    this.text(owner, "maintainerNote", where, { optional: true });
    const note = owner.note;
    const words = typeof note === "string" ? note.match(SCHEMA_WORDS) : null;
    if (words)
      this.report(
        where,
        `"note" is shown to users but speaks of ${[...new Set(words)].join(", ")}: move that to "maintainerNote"`
      );
  }

  textList(owner: Json, key: string, where: string, optional = false): void {
    const value = owner[key];
    if (value === undefined && optional) return;
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
      this.report(where, `"${key}" must be a list of strings`);
    }
  }

  year(owner: Json, key: string, where: string, nullable = false): void {
    const value = owner[key];
    if (value === null && nullable) return;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1990 || value > 2100) {
      this.report(where, `"${key}" must be a year such as 2025${nullable ? ", or null" : ""}`);
    }
  }

  oneOf<T extends string>(owner: Json, key: string, allowed: readonly T[], where: string): void {
    if (!allowed.includes(owner[key] as T)) {
      this.report(
        where,
        `"${key}" must be one of ${allowed.join(", ")}, not ${JSON.stringify(owner[key])}`
      );
    }
  }

  indicatorRef(owner: Json, key: string, where: string, known: ReadonlySet<string>): void {
    const value = owner[key];
    if (typeof value !== "string" || !known.has(value)) {
      this.report(
        where,
        `"${key}" ${JSON.stringify(value)} is not an indicator id in indicators.json`
      );
    }
  }
}
