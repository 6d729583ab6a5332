/** A module's session plan (content/sessions/<lang>/<NN>-<module>.mdx) with its facts filled in, or null. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getCatalog } from '../../data/catalog';
import { fillFactsDeep } from '../../lib/content/format-fact';
import type { Locale } from '../../i18n';

export type SessionEntry = CollectionEntry<'sessions'>;

export async function sessionFor(
  locale: Locale,
  moduleId: string,
): Promise<(SessionEntry['data'] & { entry: SessionEntry }) | null> {
  const all = await getCollection('sessions');
  const entry = all.find((e) => new RegExp(`^${locale}/\\d+-${moduleId}$`).test(e.id));
  if (!entry) return null;
  const catalog = await getCatalog();
  return { ...fillFactsDeep(entry.data, catalog.facts, locale), entry };
}
