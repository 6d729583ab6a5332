/**
 * The two languages every page and string exists in. Indonesian is the default (astro.config.mjs, `i18n`: its pages
 * have no prefix). No dependencies: safe to ship.
 */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'id' ? 'en' : 'id';
}
