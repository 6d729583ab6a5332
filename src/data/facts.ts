/**
 * Program facts for components: lookups that fail the build with a message naming who asked for a fact that
 * doesn't exist (or of the wrong kind). Both go through requireFact (src/lib/content/require-fact.ts).
 *   - loadFact: one fact from its file, for components that have no catalog at hand (<Fact>, <Label>…);
 *   - requireFact: from facts already loaded, usually the catalog's (`const { facts } = await getCatalog()`),
 *     where a page needs many, or needs them synchronously (inside a string replacement).
 */
import { getEntry } from 'astro:content';
import type { Fact } from '../schemas/fact';
import { requireFact } from '../lib/content/require-fact';

export { requireFact };

/**
 * @param who names the caller in the error, e.g. '<Label id="tombol-daftar">'.
 * @throws Error when content/facts/<id>.yaml is missing or not of `kind`.
 */
export async function loadFact<K extends Fact['kind']>(
  id: string,
  who: string,
  kind?: K,
): Promise<Extract<Fact, { kind: K }>> {
  const entry = await getEntry('facts', id);
  return requireFact(entry ? { [id]: entry.data } : {}, id, who, kind);
}
