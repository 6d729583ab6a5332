/**
 * Filling `{name}` placeholders, for every dictionary of the site (the main one in ./index.ts and the
 * components' own text.<locale>.json files). No dependencies: safe to bundle into the browser.
 */
import type { Locale } from './locales';

/** `template` with each `{name}` replaced by `vars[name]`; a placeholder without a value is left as it is. */
export function fillPlaceholders(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/**
 * A translator over a component's own dictionaries (identical keys in each language, checked by
 * tests/unit/i18n.test.ts), bound to one locale.
 */
export function textFor<K extends string>(dictionaries: Record<Locale, Record<K, string>>, locale: Locale) {
  return (key: K, vars?: Record<string, string | number>) => fillPlaceholders(dictionaries[locale][key], vars);
}
