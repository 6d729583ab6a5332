/** The search vocabulary, built at build time from the indexed pages' text (see src/integrations/search.ts). */
import { MIN_LENGTH, words, type Vocabulary } from './correct';

export type { Vocabulary };

/** Every word of at least MIN_LENGTH letters with its count, most frequent first, at most `cap` words. */
export function buildVocabulary(texts: Iterable<string>, cap: number): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of words(text)) if ([...w].length >= MIN_LENGTH) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, cap);
}
