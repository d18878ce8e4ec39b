import { normalizeName } from "../lookup/text";

/** A user's "this name means …": in `region`, the name as typed on their sheet stands for the catalog's unit `means`. */
export interface UnitAlias {
  region: string;
  name: string;
  means: string;
}

/** The workbook's aliases, looked up by region and the name as typed (normalized, so spaces and widths do not matter). */
export class AliasBook {
  private readonly meanings = new Map<string, string>();

  constructor(readonly aliases: readonly UnitAlias[] = []) {
    for (const alias of aliases) this.meanings.set(keyOf(alias.region, alias.name), alias.means);
  }

  meaning(region: string, typed: string): string | null {
    return this.meanings.get(keyOf(region, typed)) ?? null;
  }

  /** A new book with `alias` added; a later alias for the same name replaces the earlier one. */
  with(alias: UnitAlias): AliasBook {
    const key = keyOf(alias.region, alias.name);
    return new AliasBook([
      ...this.aliases.filter((known) => keyOf(known.region, known.name) !== key),
      alias,
    ]);
  }
}

function keyOf(region: string, name: string): string {
  return `${normalizeName(region)}|${normalizeName(name)}`;
}
