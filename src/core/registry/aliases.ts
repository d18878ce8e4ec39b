import { normalizeName } from "../lookup/text";

/**
 * A user's "this name means …": in `region`, the name as typed on their sheet stands for the catalog's unit `means`.
 * The shape of lookup-speed's WorkbookAlias (unit variant), so that the stored aliases feed `setWorkbook` unchanged.
 */
export interface UnitAlias {
  subject: "unit";
  region: string;
  typed: string;
  means: string;
}

/** The workbook's aliases, looked up by region and the name as typed (normalized, so spaces and widths do not matter). */
export class AliasBook {
  private readonly meanings = new Map<string, string>();

  constructor(readonly aliases: readonly UnitAlias[] = []) {
    for (const alias of aliases) this.meanings.set(keyOf(alias.region, alias.typed), alias.means);
  }

  meaning(region: string, typed: string): string | null {
    return this.meanings.get(keyOf(region, typed)) ?? null;
  }

  /** A new book with `alias` added; a later alias for the same name replaces the earlier one. */
  with(alias: UnitAlias): AliasBook {
    const key = keyOf(alias.region, alias.typed);
    return new AliasBook([
      ...this.aliases.filter((known) => keyOf(known.region, known.typed) !== key),
      alias,
    ]);
  }
}

function keyOf(region: string, name: string): string {
  return `${normalizeName(region)}|${normalizeName(name)}`;
}
