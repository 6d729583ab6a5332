/**
 * How a fact reads in each language.
 */
import type { Fact } from '../../schemas/fact';
import { t, type Locale } from '../../i18n';
import { formatMoney, formatNumber } from '../../i18n/format';
import { statusShort, isPast, STATUS_FACT_ID } from './program-status';

/**
 * @example formatFact({ kind: 'amount', value: 3500000, … }, 'id') // "Rp3.500.000"
 * @example formatFact({ kind: 'count', value: 18, unit: 'years', … }, 'en') // "18 years"
 */
export function formatFact(fact: Fact, locale: Locale): string {
  switch (fact.kind) {
    case 'amount':
      return formatMoney(fact.value, locale);
    case 'count':
      return t(locale, `unit.${fact.unit}`, { n: formatNumber(fact.value, locale) });
    case 'label':
      return locale === 'en' ? `“${fact.value}” (${fact.en})` : `“${fact.value}”`;
    case 'text':
      return fact.value[locale];
    case 'status':
      return statusShort(fact, locale);
  }
}

/**
 * The fact as text with its era: a fact whose period ended before the flow the lessons teach reads
 * "24 jam (dulu, 2021–2022)". Quiz text, session plans and tips use this; lessons render the tag as a badge.
 */
function formatFactWithEra(fact: Fact, facts: Record<string, Fact>, locale: Locale): string {
  const status = facts[STATUS_FACT_ID];
  const past = status?.kind === 'status' && isPast(fact, status);
  return past
    ? `${formatFact(fact, locale)} (${t(locale, 'fact.pastInline', { year: fact.year })})`
    : formatFact(fact, locale);
}

/**
 * Earlier values of a fact as they read in `locale`, newest first, with their years.
 * @example formatHistory(saldo, 'id') // [{ value: 'Rp1.000.000', year: '2020–2022' }]
 */
export function formatHistory(fact: Fact, locale: Locale): { value: string; year: string }[] {
  return (fact.history ?? []).map((h) => ({
    // A history value written as text in both languages ("Rp600.000 × 4 bulan") reads as written.
    value:
      typeof h.value === 'object' && fact.kind !== 'text'
        ? h.value[locale]
        : formatFact({ ...fact, value: h.value } as Fact, locale),
    year: h.year,
  }));
}

/** `{{fact-id}}` in quiz text. */
export const FACT_PLACEHOLDER = /\{\{([a-z0-9]+(?:-[a-z0-9]+)*)\}\}/g;

/**
 * Replaces `{{fact-id}}` placeholders in quiz text with the fact as it reads in `locale`.
 * @example fillFacts('Usia minimal {{usia-minimum}}.', facts, 'id') // "Usia minimal 18 tahun."
 * @throws Error for an unknown fact id (the build checks this earlier, with the file name).
 */
export function fillFacts(text: string, facts: Record<string, Fact>, locale: Locale): string {
  return text.replace(FACT_PLACEHOLDER, (_, id: string) => {
    const fact = facts[id];
    if (!fact) throw new Error(`unknown fact "{{${id}}}"`);
    return formatFactWithEra(fact, facts, locale);
  });
}

/** Deeply fills placeholders in every string of a value (a quiz, a question). */
export function fillFactsDeep<T>(value: T, facts: Record<string, Fact>, locale: Locale): T {
  if (typeof value === 'string') return fillFacts(value, facts, locale) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => fillFactsDeep(v, facts, locale)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillFactsDeep(v, facts, locale)])) as T;
  }
  return value;
}
