/**
 * The address words (src/i18n/segments.mjs) and what is built from them, and the formatting helpers
 * (src/i18n/format.ts).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { LOCALE_PREFIX, SEGMENTS } from '../../src/i18n/segments.mjs';
import { introAnchor, parseStepAnchor, routes, sectionPath, stepAnchor } from '../../src/i18n/routes';
import { formatMoney, formatNumber, intlLocale } from '../../src/i18n/format';
import { stepUrl } from '../../src/components/search/search';

describe('address words', () => {
  it('exist in every language and are plain words', () => {
    // Build code puts them into regular expressions and globs unescaped (integrations/offline.ts, scripts/budgets.mjs).
    expect(Object.keys(LOCALE_PREFIX).sort()).toEqual([...LOCALES].sort());
    for (const [name, words] of Object.entries(SEGMENTS)) {
      expect(Object.keys(words).sort(), name).toEqual([...LOCALES].sort());
      for (const word of Object.values(words)) expect(word, name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });
  it('start each section', () => {
    expect(sectionPath('id', 'trainer')).toBe('/pelatih/');
    expect(sectionPath('en', 'module')).toBe('/en/module/');
    expect(routes.trainer('en')).toBe(sectionPath('en', 'trainer'));
  });
  it('name the search page and the lesson intro', () => {
    expect(routes.search('id')).toBe('/cari/');
    expect(routes.search('en')).toBe('/en/search/');
    expect(introAnchor('id')).toBe('mulai');
    expect(introAnchor('en')).toBe('start');
  });
  it('read back every step fragment they write', () => {
    // parseStepAnchor spells the step words out: this keeps them equal to the segments.
    for (const locale of LOCALES) {
      for (const n of [1, 12, 999]) expect(parseStepAnchor(`#${stepAnchor(locale, n)}`)).toBe(n);
    }
    expect(parseStepAnchor(`#${introAnchor('id')}`)).toBeNull();
  });
});

describe('search results', () => {
  it('open a step heading as its step', () => {
    expect(stepUrl('/modul/akun/ktp/#langkah-2-title')).toEqual({ url: '/modul/akun/ktp/#langkah-2', step: 2 });
    expect(stepUrl('/en/module/akun/ktp/#step-12-title')).toEqual({ url: '/en/module/akun/ktp/#step-12', step: 12 });
    expect(stepUrl('/istilah/#nik')).toEqual({ url: '/istilah/#nik', step: null });
    expect(stepUrl('/modul/akun/ktp/#mulai-title')).toEqual({ url: '/modul/akun/ktp/#mulai-title', step: null });
  });
});

describe('formatting', () => {
  it('uses Indonesian and British conventions', () => {
    expect(intlLocale('id')).toBe('id-ID');
    expect(intlLocale('en')).toBe('en-GB');
    const date = new Intl.DateTimeFormat(intlLocale('en'), { dateStyle: 'long', timeZone: 'UTC' });
    expect(date.format(Date.UTC(2024, 2, 4))).toBe('4 March 2024');
  });
  it('writes numbers and rupiah', () => {
    expect(formatNumber(1250000, 'id')).toBe('1.250.000');
    expect(formatNumber(1.25, 'id', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe('1,3');
    expect(formatMoney(3500000, 'id')).toBe('Rp3.500.000');
    expect(formatMoney(3500000, 'en')).toBe('Rp3,500,000');
  });
});
