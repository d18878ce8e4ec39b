/**
 * Normalizes what staff type so that full-width and half-width forms, stray spaces and letter case compare equal:
 * "合  计" = "合计", "Ｒ＆Ｄ" = "r&d", "江北区 " = "江北区".
 */
export function normalizeName(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/**
 * The longest name a lookup reads, in characters as typed. The longest real name (an indicator's English name) is
 * about 110 characters; anything longer is refused before any work, so no cell can make a call slow.
 */
export const MAX_NAME_LENGTH = 200;

/** How much of an argument a message quotes: enough to recognise it, never a whole pasted page. */
const EXCERPT_LENGTH = 40;

export function excerpt(text: string): string {
  const characters = Array.from(text.slice(0, EXCERPT_LENGTH * 2));
  return characters.length > EXCERPT_LENGTH || text.length > EXCERPT_LENGTH * 2
    ? `${characters.slice(0, EXCERPT_LENGTH).join("")}…`
    : text;
}

/**
 * Levenshtein distance, for ranking "did you mean" candidates, giving up (returning `limit`) as soon as the distance
 * must reach `limit`. Inputs are capped at MAX_NAME_LENGTH, so the cost is bounded.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      diagonal = above;
      if (previous[j] < best) best = previous[j];
    }
    if (best >= limit) return limit;
  }
  return Math.min(previous[b.length], limit);
}
