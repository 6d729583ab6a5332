/**
 * UI strings. One flat JSON per locale with dotted keys; both are parsed by the same schema at build, so a
 * missing or extra key fails the build (and tests/unit/i18n.test.ts). Islands receive the few labels they need
 * as props: no dictionary ships to the browser.
 */
import { z } from 'astro/zod';
import id from './id.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import { isLocale, otherLocale, type Locale } from './locales';
import { fillPlaceholders } from './fill';

export { isLocale, otherLocale, type Locale };

export type UiKey = keyof typeof id;

const keys = Object.keys(id) as [UiKey, ...UiKey[]];
const dictionarySchema = z.strictObject(
  Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);

const dictionaries: Record<Locale, Record<UiKey, string>> = {
  id: dictionarySchema.parse(id),
  en: dictionarySchema.parse(en),
};

/**
 * Looks up a string and fills `{name}` placeholders.
 * @example t('id', 'lesson.stepOf', { n: 2, total: 6 }) // "Langkah 2 dari 6"
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(dictionaries[locale][key], vars);
}

/** A translator bound to one locale, for components. */
export function useT(locale: Locale) {
  return (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}

/**
 * The page's language, for a component used inside MDX (`<Fact>`, `<Step>`…): MDX passes it no `locale` prop, so
 * it reads the one Astro takes from the page's URL. Throws, naming the component, on a page outside the i18n routes.
 * @example const locale = requireLocale(Astro, `<Fact id="${id}">`);
 */
export function requireLocale(astro: { currentLocale: string | undefined }, who: string): Locale {
  const locale = astro.currentLocale;
  if (!isLocale(locale)) throw new Error(`${who}: unknown page locale "${locale}"`);
  return locale;
}

/** Language names, each in itself (for the language switch). */
export const LANGUAGE_NAMES: Record<Locale, string> = { id: 'Indonesia', en: 'English' };
