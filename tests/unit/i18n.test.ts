import { describe, expect, it } from 'vitest';
import id from '../../src/i18n/id.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import { t } from '../../src/i18n';
import { parseStepAnchor, routes, stepAnchor } from '../../src/i18n/routes';

describe('UI dictionaries', () => {
  it('have identical keys in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });
  it('use the same placeholders in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as (keyof typeof id)[]) expect(holes(en[key]), key).toEqual(holes(id[key]));
  });
  it('fills placeholders', () => {
    expect(t('id', 'lesson.stepOf', { n: 2, total: 6 })).toBe('Langkah 2 dari 6');
    expect(t('en', 'lesson.stepOf', { n: 2, total: 6 })).toBe('Step 2 of 6');
  });
});

describe('routes', () => {
  it('name pages and steps in each language', () => {
    expect(routes.lesson('id', 'akun/buat-akun')).toBe('/modul/akun/buat-akun/');
    expect(routes.step('en', 'akun/buat-akun', 3)).toBe('/en/module/akun/buat-akun/#step-3');
    expect(routes.quiz('id', 'akun/buat-akun')).toBe('/modul/akun/buat-akun/kuis/');
    expect(routes.check('en', 'akun')).toBe('/en/module/akun/check/');
    expect(stepAnchor('id', 2)).toBe('langkah-2');
  });
  it('read a step from a fragment in either language', () => {
    expect(parseStepAnchor('#langkah-2')).toBe(2);
    expect(parseStepAnchor('step-12')).toBe(12);
    expect(parseStepAnchor('#mulai')).toBeNull();
    expect(parseStepAnchor('#langkah-')).toBeNull();
  });
});
