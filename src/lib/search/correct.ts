/**
 * Typo correction for site search. Pagefind finds words and their prefixes but does not forgive typos, so the
 * search page checks each query word against the vocabulary of the indexed pages (built with the index, see
 * src/integrations/search.ts) and replaces an unknown word by the closest known one: "verifkasi" → "verifikasi".
 * Pure functions, no DOM: unit-tested in tests/unit/lib/search.test.ts.
 */

/** Words of the indexed pages with how often they occur, most frequent first (then alphabetical). */
export type Vocabulary = readonly (readonly [word: string, count: number])[];

/** Words shorter than this are never corrected (and are not in the vocabulary). */
export const MIN_LENGTH = 4;
/** The largest edit distance a correction may have. */
export const MAX_DISTANCE = 2;

/** The words of a text, lowercased: runs of letters in any script. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1). Returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function distance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0); // row i - 2
  let previous = Array.from({ length: n + 1 }, (_, j) => j); // row i - 1
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n]!, max + 1);
}

/** A vocabulary prepared for look-ups. */
export interface Lexicon {
  /** Most frequent first; ties alphabetical. */
  entries: Vocabulary;
  counts: ReadonlyMap<string, number>;
}

export function lexicon(vocab: Vocabulary): Lexicon {
  const entries = [...vocab].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return { entries, counts: new Map(entries.map(([w, c]) => [w, c])) };
}

/**
 * The word to search for instead of `word`: itself when it is short, known, or the start of a known word
 * (Pagefind matches prefixes); otherwise the closest known word within MAX_DISTANCE, preferring the more
 * frequent word on a tie (then the alphabetically first); itself when nothing is close enough.
 */
export function correctWord(word: string, lex: Lexicon): string {
  const w = word.normalize('NFC').toLowerCase();
  if ([...w].length < MIN_LENGTH || lex.counts.has(w)) return w;
  if (lex.entries.some(([known]) => known.startsWith(w))) return w;
  let best = w;
  let bestDistance = MAX_DISTANCE + 1;
  for (const [known] of lex.entries) {
    const d = distance(w, known, Math.min(MAX_DISTANCE, bestDistance - 1));
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
      if (d === 1) break; // entries are in frequency order: the first at distance 1 is the best one
    }
  }
  return best;
}

/** The query with each unknown word corrected; `changed` when any word was replaced. */
export function correctQuery(query: string, lex: Lexicon): { query: string; changed: boolean } {
  let changed = false;
  const corrected = query.normalize('NFC').replace(/\p{L}+/gu, (word) => {
    const fixed = correctWord(word, lex);
    if (fixed !== word.toLowerCase()) {
      changed = true;
      return fixed;
    }
    return word;
  });
  return { query: corrected, changed };
}
