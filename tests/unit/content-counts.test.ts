/**
 * The curriculum's size and shape, counted from content/ (the same files the build uses), plus the rule that no
 * program number is typed by hand in a lesson.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content-files';
import { buildCatalog } from '../../src/lib/content/catalog';
import { findTypedNumbers, MAX_WORDS } from '../../src/lib/content/lesson-body';
import { isPast, statusOf, yearRange } from '../../src/lib/content/program-status';

describe('curriculum counts', () => {
  const { input } = loadContent();
  const catalog = buildCatalog(input);
  const quizzes = catalog.modules.flatMap((m) => [...m.lessons.map((l) => l.quiz), ...(m.check ? [m.check] : [])]);

  it('has 6 modules in both languages, at least 22 lessons, 100 questions and 6 question types', () => {
    const lessons = catalog.modules.flatMap((m) => m.lessons);
    const questions = quizzes.flatMap((q) => q.id.questions);
    const types = new Set(questions.map((q) => q.type));
    console.log(
      `content: ${catalog.modules.length} modules × 2 languages, ${lessons.length} lessons, ${questions.length} questions (${[...types].join(', ')}), ${catalog.glossary.length} glossary terms`,
    );
    expect(catalog.modules.map((m) => m.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(lessons.length).toBeGreaterThanOrEqual(22);
    expect(questions.length).toBeGreaterThanOrEqual(100);
    expect(types.size).toBeGreaterThanOrEqual(6);
  });

  it('gives a reason for every option of every question in both languages', () => {
    for (const quiz of quizzes)
      for (const locale of ['id', 'en'] as const)
        for (const q of quiz[locale].questions) {
          const reasons =
            q.type === 'single' || q.type === 'multiple'
              ? q.options.map((o) => o.why)
              : q.type === 'truefalse'
                ? [q.why.true, q.why.false]
                : q.type === 'match'
                  ? q.pairs.map((p) => p.why)
                  : q.type === 'scam'
                    ? q.items.map((i) => i.why)
                    : [q.why];
          for (const r of reasons) expect(r.trim().length, `${locale} ${q.id}`).toBeGreaterThan(5);
        }
  });
});

describe('program numbers come from facts', () => {
  it('catches a rupiah amount or a day count typed into a lesson', () => {
    const bad =
      '<Step n={1} title="Saldo">Saldo Anda Rp3.500.000. Beli dalam 15 hari. Insentif 600 ribu. Total 4.200.000.</Step>';
    expect(findTypedNumbers(bad)).toEqual(expect.arrayContaining(['Rp3.500.000', '4.200.000', '600 ribu', '15 hari']));
    expect(
      findTypedNumbers('Beli dalam <Fact id="batas-beli-pelatihan-pertama" />. Rina, 30 tahun, Langkah 2.'),
    ).toEqual([]);
  });
  it('finds none in the real lessons', () => {
    const { input } = loadContent();
    const typed = input.lessons.flatMap((l) => findTypedNumbers(l.body ?? '').map((n) => `${l.filePath}: ${n}`));
    expect(typed).toEqual([]);
  });
});

describe('curriculum shape', () => {
  const { input } = loadContent();
  const catalog = buildCatalog(input);
  const quizzes = catalog.modules.flatMap((m) => [...m.lessons.map((l) => l.quiz), ...(m.check ? [m.check] : [])]);

  it('prints questions by type, facts by period and the longest step; every type is in use and no step is too long', () => {
    const byType = new Map<string, number>();
    for (const q of quizzes.flatMap((qq) => qq.id.questions)) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
    const status = statusOf(catalog.facts);
    const facts = Object.entries(catalog.facts).filter(([, f]) => f.kind !== 'status');
    const periods = new Map<string, number>();
    for (const [, f] of facts) {
      const { from, to } = yearRange(f.year);
      const key =
        to < 2023
          ? 'ended before 2023 (shown as "dulu")'
          : from >= 2023
            ? '2023 or later only'
            : 'began before 2023, still applied in 2023+';
      periods.set(key, (periods.get(key) ?? 0) + 1);
    }
    const past = facts.filter(([, f]) => isPast(f, status)).map(([id]) => id);
    const steps = catalog.modules.flatMap((m) =>
      m.lessons.flatMap((l) =>
        (['id', 'en'] as const).flatMap((loc) =>
          l.text[loc].steps.map((st) => ({ at: `${loc}/${l.id}#${st.n}`, words: st.words })),
        ),
      ),
    );
    const longest = steps.reduce((a, b) => (b.words > a.words ? b : a));
    console.log(
      `questions by type (Indonesian; English identical): ${[...byType].map(([k, v]) => `${k} ${v}`).join(', ')}\n` +
        `facts: ${facts.length} + 1 status fact; by period: ${[...periods].map(([k, v]) => `${k}: ${v}`).join('; ')}\n` +
        `shown as "dulu": ${past.length} (${past.join(', ')})\n` +
        `steps: ${steps.length}, longest ${longest.words} words (${longest.at}), limit ${MAX_WORDS}`,
    );
    expect(byType.size).toBe(6);
    expect(past.length).toBeGreaterThan(0);
    expect(longest.words).toBeLessThanOrEqual(MAX_WORDS);
  });
});
