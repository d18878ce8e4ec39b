/*
 * The words staff put around a name that do not change what it names: the city before a district
 * (重庆市江北区), the office after a street or town (石马河街道办事处, 复盛镇人民政府). Only these are taken away; a name
 * with anything else attached (江北区abc) is not taken for the real one.
 */

/** Before a district or unit name; longest first, so 重庆市 is removed whole rather than leaving 市. */
const PREFIXES = ["重庆市", "重庆"];

/** After a unit or district name: the office that runs it. 街道办事处 keeps 街道, the name's own last word. */
const SUFFIXES = ["人民政府", "办事处", "政府"];

/**
 * A normalized name without the affixes above, and without `extraPrefixes` (for a unit: its district, as in
 * 江北区观音桥街道). Never strips a name down to nothing, so 政府 alone stays 政府.
 */
export function stripAffixes(name: string, extraPrefixes: readonly string[] = []): string {
  let stripped = name;
  for (const prefix of [...PREFIXES, ...extraPrefixes]) {
    if (stripped.length > prefix.length && stripped.startsWith(prefix))
      stripped = stripped.slice(prefix.length);
  }
  for (const suffix of SUFFIXES) {
    if (stripped.length > suffix.length && stripped.endsWith(suffix)) {
      stripped = stripped.slice(0, -suffix.length);
      break;
    }
  }
  return stripped;
}
