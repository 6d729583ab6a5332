/**
 * Program facts for components: one lookup that fails the build with a message naming who asked for a fact
 * that doesn't exist (or of the wrong kind).
 */
import { getEntry } from 'astro:content';
import type { Fact } from '../schemas/fact';

/**
 * @param who names the caller in the error, e.g. '<Label id="tombol-daftar">'.
 * @throws Error when content/facts/<id>.yaml is missing or not of `kind`.
 */
export async function loadFact<K extends Fact['kind']>(id: string, who: string, kind?: K): Promise<Extract<Fact, { kind: K }>> {
  const entry = await getEntry('facts', id);
  if (!entry) throw new Error(`${who}: no content/facts/${id}.yaml`);
  if (kind && entry.data.kind !== kind) throw new Error(`${who}: content/facts/${id}.yaml is a ${entry.data.kind}, not a ${kind}`);
  return entry.data as Extract<Fact, { kind: K }>;
}
