import type { Locale } from "../i18n/locale";
import { describeProblem } from "./describe-problem";
import { LookupError } from "./lookup-error";
import type { IndexAlias } from "./name-index";
import type { NameResolver, ResolvedAliases } from "./name-resolver";
import type { WorkbookAlias, WorkbookProblem } from "./workbook";

type UnitAlias = IndexAlias & { indicator: string | null };

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function problem(alias: WorkbookAlias, message: Record<Locale, string>): WorkbookProblem {
  return { kind: "alias", where: alias.typed, message };
}

function taken(alias: WorkbookAlias): WorkbookProblem {
  return problem(alias, {
    zh: `“${alias.typed}”本身就是目录中的名称，不能另作别名。`,
    en: `"${alias.typed}" is already a name in the catalog and cannot be taught another meaning.`,
  });
}

interface Sorted {
  regions: IndexAlias[];
  indicators: Map<string, IndexAlias[]>;
  units: Map<string, UnitAlias[]>;
}

/** Files one alias where it applies, or says why it cannot; a LookupError means a name in it does not resolve. */
function sortAlias(
  plain: NameResolver,
  alias: WorkbookAlias,
  into: Sorted
): WorkbookProblem | null {
  const { typed, means } = alias;
  if (alias.subject === "region") {
    if (plain.isRegionName(typed)) return taken(alias);
    plain.region(means);
    into.regions.push({ typed, means });
    return null;
  }
  const region = plain.region(alias.region);
  if (alias.subject === "indicator") {
    if (plain.isIndicatorName(typed)) return taken(alias);
    plain.indicator(means);
    push(into.indicators, region, { typed, means });
    return null;
  }
  const indicator = alias.indicator ? plain.indicator(alias.indicator).id : null;
  const scope = indicator ? [indicator] : plain.catalog.indicators.map((known) => known.id);
  const tables = scope.filter((id) => plain.catalog.unitsOf(region, id).length > 0);
  if (tables.some((id) => plain.unitIndex(region, id).isExactName(typed))) return taken(alias);
  // The meant row must exist: in the named indicator's table, or in at least one of the region's tables.
  if (!tables.some((id) => resolves(() => plain.unit(region, id, means)))) {
    plain.unitIndex(region, tables[0] ?? scope[0]).resolve(means);
    return problem(alias, {
      zh: `别名“${typed}”须指向一个单位，而不是全区。`,
      en: `The alias "${typed}" must mean a unit, not the whole district.`,
    });
  }
  push(into.units, region, { typed, means, indicator });
  return null;
}

/**
 * Checks the workbook's aliases against the catalog (with `plain`, a resolver that knows no aliases): the region and
 * indicator each one is scoped to, and the name it means, must resolve; the typed name must not be a real name
 * already, since an alias may add a name but never change what a real one means. The rest are set aside, each
 * with a message in both languages.
 */
export function resolveAliases(
  plain: NameResolver,
  aliases: readonly WorkbookAlias[]
): { aliases: ResolvedAliases; problems: WorkbookProblem[] } {
  const sorted: Sorted = { regions: [], indicators: new Map(), units: new Map() };
  const problems: WorkbookProblem[] = [];
  for (const alias of aliases) {
    try {
      const found = sortAlias(plain, alias, sorted);
      if (found) problems.push(found);
    } catch (error) {
      if (!(error instanceof LookupError)) throw error;
      problems.push(
        problem(alias, {
          zh: describeProblem(error.problem, "zh"),
          en: describeProblem(error.problem, "en"),
        })
      );
    }
  }
  return { aliases: sorted, problems };
}

function resolves(find: () => unknown): boolean {
  try {
    return find() !== null;
  } catch (error) {
    if (error instanceof LookupError) return false;
    throw error;
  }
}
