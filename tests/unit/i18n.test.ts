import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('component dictionaries (src/components/**/*.id.json)', () => {
  const dir = join(import.meta.dirname, '..', '..', 'src', 'components');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.id.json'));
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(files)('%s has an English twin with the same keys and placeholders', (file) => {
    const idText = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    const enText = JSON.parse(readFileSync(join(dir, file.replace(/\.id\.json$/, '.en.json')), 'utf8')) as Record<
      string,
      string
    >;
    expect(Object.keys(enText).sort()).toEqual(Object.keys(idText).sort());
    for (const key of Object.keys(idText)) {
      if (typeof idText[key] === 'string') expect(holes(enText[key]!), key).toEqual(holes(idText[key]));
    }
  });
  it('finds the dictionaries', () => expect(files.length).toBeGreaterThan(5));
});

describe('routes', () => {
  it('name pages and steps in each language', () => {
    expect(routes.lesson('id', 'akun/buat-akun')).toBe('/modul/akun/buat-akun/');
    expect(routes.step('en', 'akun/buat-akun', 3)).toBe('/en/module/akun/buat-akun/#step-3');
    expect(routes.quiz('id', 'akun/buat-akun')).toBe('/modul/akun/buat-akun/kuis/');
    expect(routes.check('en', 'akun')).toBe('/en/module/akun/check/');
    expect(stepAnchor('id', 2)).toBe('langkah-2');
    expect(routes.kiosk('id')).toBe('/kios/');
    expect(routes.kioskDisplay('en')).toBe('/en/kiosk/display/');
  });
  it('read a step from a fragment in either language', () => {
    expect(parseStepAnchor('#langkah-2')).toBe(2);
    expect(parseStepAnchor('step-12')).toBe(12);
    expect(parseStepAnchor('#mulai')).toBeNull();
    expect(parseStepAnchor('#langkah-')).toBeNull();
  });
});
