/**
 * Worked examples computed from facts (src/lib/content/examples.ts): the real facts give the expected example,
 * a changed fact changes the example, and the lesson word counter gives each example a fixed small count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parse } from 'js-yaml';
import type { Fact } from '../../../src/schemas/fact';
import {
  deadlineExample,
  EXAMPLE_WORDS,
  offsets,
  formatTime,
  parseTime,
  redeemExample,
} from '../../../src/lib/content/examples';
import { countWords, findTypedNumbers, parseLessonBody } from '../../../src/lib/content/lesson-body';

const fact = (id: string) => parse(readFileSync(`content/facts/${id}.yaml`, 'utf8')) as Fact;
const jendela = fact('latih-jendela-redeem');
const saran = fact('latih-saran-redeem');
const batas = fact('batas-beli-pelatihan-pertama');

describe('redeem example', () => {
  it('reads the window from the facts', () => {
    const id = redeemExample(jendela, saran, '09.00', 'id');
    expect(id.text).toBe(
      'Kelas mulai pukul 09.00 → kode redeem bisa dipakai pukul 08.00 sampai 10.00. Sarannya: masukkan kedua kode pukul 08.00.',
    );
    expect(id.year).toBe('2023');
    const en = redeemExample(jendela, saran, '09.00', 'en');
    expect([en.from, en.to, en.suggested]).toEqual(['08:00', '10:00', '08:00']);
  });

  it('changes when the fact changes', () => {
    const wider = {
      ...jendela,
      value: {
        id: 'dari 2 jam sebelum sampai 30 menit sesudah pelatihan dimulai',
        en: 'from 2 hours before to 30 minutes after the training starts',
      },
    } as Fact;
    const later = {
      ...saran,
      value: { id: '30 menit sebelum pelatihan dimulai', en: '30 minutes before the training starts' },
    } as Fact;
    const ex = redeemExample(wider, later, '13.00', 'id');
    expect([ex.from, ex.to, ex.suggested]).toEqual(['11.00', '13.30', '12.30']);
  });

  it('fails loudly on a fact it cannot read and on a bad start time', () => {
    const vague = { ...jendela, value: { id: 'sekitar waktu mulai', en: 'around the start' } } as Fact;
    expect(() => redeemExample(vague, saran, '09.00', 'id')).toThrow(/cannot read/);
    expect(() => redeemExample(jendela, saran, '25.00', 'id')).toThrow(/not a time/);
    expect(() => redeemExample(batas, saran, '09.00', 'id')).toThrow(/kind: text/);
  });

  it('parses and formats times', () => {
    expect(offsets('from 1 hour before to 1 hour after the training starts')).toEqual([-60, 60]);
    expect(parseTime('9:30')).toBe(570);
    expect(formatTime(-30, 'id')).toBe('23.30');
  });
});

describe('deadline example', () => {
  it('counts the days from the fact, the day you are accepted as day 1', () => {
    const id = deadlineExample(batas, '2024-03-04', 'id');
    expect(id.days).toHaveLength(15);
    expect(id.first.label).toBe('Senin, 4 Maret');
    expect(id.last.label).toBe('Senin, 18 Maret');
    expect(id.last.last).toBe(true);
    expect(id.text).toContain('Senin, 18 Maret');
    const en = deadlineExample(batas, '2024-03-04', 'en');
    expect(en.last.label).toMatch(/Monday,? 18 March/);
    expect(en.text).not.toMatch(/2024/);
  });

  it('changes when the fact changes', () => {
    const thirty = { ...batas, value: 30 } as Fact;
    const ex = deadlineExample(thirty, '2024-03-04', 'id');
    expect(ex.days).toHaveLength(30);
    expect(ex.last.label).toBe('Selasa, 2 April');
  });

  it('rejects a fact that is not a count of days and a date that is not ISO', () => {
    expect(() => deadlineExample(jendela, '2024-03-04', 'id')).toThrow(/count of days/);
    expect(() => deadlineExample(batas, '4 Maret', 'id')).toThrow(/date like/);
  });
});

describe('examples in the lesson body', () => {
  const body = [
    '<Step n={1} title="A">Contoh waktu redeem.',
    '<RedeemExample start="09.00" />',
    '</Step>',
    '<Step n={2} title="B"><DeadlineExample accepted="2024-03-04"/></Step>',
  ].join('\n');

  it('counts each example as a fixed small number of words', () => {
    expect(countWords('<RedeemExample start="09.00" />')).toBe(EXAMPLE_WORDS);
    expect(countWords('Dua kata <DeadlineExample accepted="2024-03-04"/>')).toBe(EXAMPLE_WORDS + 2);
    expect(EXAMPLE_WORDS).toBeLessThanOrEqual(15);
    const parsed = parseLessonBody(body);
    expect(parsed.steps.map((s) => s.words)).toEqual([3 + EXAMPLE_WORDS, EXAMPLE_WORDS]);
  });

  it('lists the facts an example shows (for the Sources panel) and flags unknown examples', () => {
    const parsed = parseLessonBody(body);
    expect(parsed.facts).toEqual(
      expect.arrayContaining(['latih-jendela-redeem', 'latih-saran-redeem', 'batas-beli-pelatihan-pertama']),
    );
    expect(parsed.problems.filter((p) => /example/i.test(p))).toEqual([]);
    expect(parseLessonBody('<Step n={1} title="A"><FooExample/></Step>').problems.join()).toMatch(
      /not a known example/,
    );
  });

  it('is not flagged by the typed-number check', () => {
    expect(findTypedNumbers(body)).toEqual([]);
  });
});
