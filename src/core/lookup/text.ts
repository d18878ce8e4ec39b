/**
 * Normalizes what staff type so that full-width and half-width forms, stray spaces and letter case compare equal:
 * "合  计" = "合计", "Ｒ＆Ｄ" = "r&d", "江北区 " = "江北区".
 */
export function normalizeName(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Levenshtein distance, for ranking "did you mean" candidates. Names are short, so the quadratic cost is nothing. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(
        previous[j] + 1,
        previous[j - 1] + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      diagonal = above;
    }
  }
  return previous[b.length];
}
