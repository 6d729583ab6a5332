/**
 * Numbers, money and dates in the page's language, the same way on every page. No dependencies: safe to bundle
 * into the browser.
 */
import type { Locale } from './locales';

/**
 * The BCP 47 tag for Intl formatting: Indonesian as written in Indonesia ("1.250.000", "4 Maret 2024"), English
 * with British conventions (day before month: "4 March 2024"). Speech has its own tags (components/read-aloud/read-aloud.ts).
 */
const INTL_LOCALES: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * The tag to give Intl.NumberFormat, Intl.DateTimeFormat and the like.
 * @example new Intl.DateTimeFormat(intlLocale('en'), { dateStyle: 'long' }) // "4 March 2024"
 */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

/**
 * A number with the language's separators.
 * @example formatNumber(1250000, 'id') // "1.250.000"
 */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], options).format(value);
}

/**
 * Rupiah, whole, with "Rp" and no space, as the program writes it.
 * @example formatMoney(3500000, 'id') // "Rp3.500.000"
 * @example formatMoney(3500000, 'en') // "Rp3,500,000"
 */
export function formatMoney(amount: number, locale: Locale): string {
  return `Rp${formatNumber(amount, locale, { maximumFractionDigits: 0 })}`;
}
