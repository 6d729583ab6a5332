import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CARD_LETTERS,
  MAX_COUNT,
  emptyCounts,
  gain,
  percentRight,
  phaseScore,
  questionGains,
  responses,
  tap,
} from '../../../src/lib/classroom/tally';

describe('tallying raised cards', () => {
  it('counts taps per option, never below zero or above the cap', () => {
    let c = emptyCounts(4);
    expect(c).toEqual([0, 0, 0, 0]);
    c = tap(tap(tap(c, 0), 0), 2);
    expect(c).toEqual([2, 0, 1, 0]);
    c = tap(c, 1, -1);
    expect(c).toEqual([2, 0, 1, 0]);
    c = tap(c, 0, -1);
    expect(c).toEqual([1, 0, 1, 0]);
    expect(responses(c)).toBe(2);
    let full = emptyCounts(2);
    for (let i = 0; i < MAX_COUNT + 10; i++) full = tap(full, 1);
    expect(full).toEqual([0, MAX_COUNT]);
    expect(CARD_LETTERS).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses question shapes the cards cannot show', () => {
    expect(() => emptyCounts(1)).toThrow(RangeError);
    expect(() => emptyCounts(5)).toThrow(RangeError);
    expect(() => emptyCounts(2.5)).toThrow(RangeError);
  });

  it('gives the share of the class that was right, and no score when nobody answered', () => {
    expect(percentRight([6, 2, 1, 1], [0])).toBe(60);
    expect(percentRight([1, 2], [1])).toBe(67);
    expect(percentRight([1, 1, 1], [0])).toBe(33);
    expect(percentRight([1, 7], [0])).toBe(13); // 12.5 rounds half up
    expect(percentRight([0, 0, 0, 0], [2])).toBeNull();
    expect(percentRight([0, 5], [1])).toBe(100);
  });

  it('percent right is always 0–100 and adding a right answer never lowers it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(MAX_COUNT), { minLength: 2, maxLength: 4 }), fc.nat(3), (counts, pick) => {
        const correct = [pick % counts.length];
        const p = percentRight(counts, correct);
        if (responses(counts) === 0) return p === null;
        const more = percentRight(tap(counts, correct[0]!), correct)!;
        return p! >= 0 && p! <= 100 && (more >= p! || responses(counts) >= MAX_COUNT);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a check and the class gain', () => {
  const questions = [{ correct: [0] }, { correct: [1] }, { correct: [2] }, { correct: [0] }, { correct: [1] }];

  it('scores each question and the check as the mean of answered questions', () => {
    const pre = phaseScore(questions, [[5, 5, 0, 0], [2, 8], [10, 0, 0], undefined, [0, 0]]);
    expect(pre).toEqual({ perQuestion: [50, 80, 0, null, null], mean: 43, answered: 3 });
    expect(phaseScore(questions, [])).toEqual({ perQuestion: [null, null, null, null, null], mean: null, answered: 0 });
  });

  it('gives the gain in points and normalized, per check and per question', () => {
    const pre = phaseScore(questions, [
      [4, 6],
      [5, 5],
      [3, 3, 4],
      [2, 8],
      [10, 0],
    ]);
    const post = phaseScore(questions, [
      [9, 1],
      [1, 9],
      [0, 0, 10],
      [8, 2],
      [5, 5],
    ]);
    expect(pre.perQuestion).toEqual([40, 50, 40, 20, 0]);
    expect(post.perQuestion).toEqual([90, 90, 100, 80, 50]);
    expect(pre.mean).toBe(30);
    expect(post.mean).toBe(82);
    expect(gain(pre.mean, post.mean)).toEqual({ points: 52, normalized: 0.74 });
    expect(questionGains(pre, post)).toEqual([50, 40, 60, 60, 50]);
  });

  it('handles the edges: a missing check, a class already at 100 %, a class that got worse', () => {
    expect(gain(null, 80)).toEqual({ points: null, normalized: null });
    expect(gain(60, null)).toEqual({ points: null, normalized: null });
    expect(gain(100, 100)).toEqual({ points: 0, normalized: null });
    expect(gain(80, 60)).toEqual({ points: -20, normalized: -1 });
    expect(gain(0, 100)).toEqual({ points: 100, normalized: 1 });
    const pre = phaseScore(questions, [[1, 1], undefined]);
    const post = phaseScore(questions, [undefined, [0, 3]]);
    expect(questionGains(pre, post)).toEqual([null, null, null, null, null]);
  });
});

describe('the class check', () => {
  it('takes the first five card-answerable questions of every module check, in both languages alike', async () => {
    const { loadContent } = await import('../../helpers/content-files');
    const { buildCatalog } = await import('../../../src/lib/content/catalog');
    const { classCheck, CLASS_CHECK_SIZE } = await import('../../../src/lib/classroom/questions');
    const catalog = buildCatalog(loadContent().input);
    for (const m of catalog.modules) {
      const id = classCheck(m.check!.id.questions, { true: 'Benar', false: 'Salah' });
      const en = classCheck(m.check!.en.questions, { true: 'True', false: 'False' });
      expect(id, m.id).toHaveLength(CLASS_CHECK_SIZE);
      expect(en.map((q) => q.id)).toEqual(id.map((q) => q.id));
      for (const q of id) {
        expect(q.options.length).toBeGreaterThanOrEqual(2);
        expect(q.options.length).toBeLessThanOrEqual(4);
        expect(q.correct).toHaveLength(1);
        expect(q.options[q.correct[0]!]!.correct).toBe(true);
      }
    }
  });

  it('turns true/false into A = true, B = false, and skips what cards can’t answer', async () => {
    const { toClassQuestion } = await import('../../../src/lib/classroom/questions');
    const labels = { true: 'Benar', false: 'Salah' };
    const tf = toClassQuestion(
      { id: 'x', type: 'truefalse', prompt: 'P', step: 1, answer: false, why: { true: 'no', false: 'yes' } },
      labels,
    )!;
    expect(tf.options.map((o) => o.text)).toEqual(['Benar', 'Salah']);
    expect(tf.correct).toEqual([1]);
    const five = {
      id: 'y',
      type: 'single' as const,
      prompt: 'P',
      step: 1,
      options: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, text: id, why: id, correct: i === 0 })),
    };
    expect(toClassQuestion(five, labels)).toBeNull();
  });
});

describe('stored tallies', () => {
  it('read back only well-formed counts and never throw', async () => {
    const { decodeTallies, encodeTallies, withCounts, withoutModule } =
      await import('../../../src/lib/classroom/tallies');
    expect(decodeTallies(undefined)).toEqual({});
    expect(decodeTallies('{oops')).toEqual({});
    expect(decodeTallies('[1,2]')).toEqual({});
    const raw = JSON.stringify({
      akun: { pre: { a: [1, 2, 3], bad: [1], neg: [-1, 2], 'Bad Id': [1, 1], big: [1, 9999] }, post: 'x' },
      __proto__: { pre: { a: [1, 1] } },
      aman: [],
    });
    expect(decodeTallies(raw)).toEqual({ akun: { pre: { a: [1, 2, 3] }, post: {} } });
    // A lesson quiz in class is kept under the lesson's id; anything else with a slash is not an id.
    expect(
      decodeTallies(
        JSON.stringify({ 'akun/buat-akun': { pre: { q: [2, 1] } }, 'a/b/c': { pre: { q: [1, 1] } }, '/x': {} }),
      ),
    ).toEqual({
      'akun/buat-akun': { pre: { q: [2, 1] }, post: {} },
    });
    let t = withCounts({}, 'akun', 'pre', 'q1', [1, 0]);
    t = withCounts(t, 'akun', 'post', 'q1', [0, 3]);
    expect(decodeTallies(encodeTallies(t))).toEqual(t);
    expect(withoutModule(t, 'akun')).toEqual({});
    fc.assert(
      fc.property(fc.string(), (s) => typeof decodeTallies(s) === 'object'),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => typeof decodeTallies(JSON.stringify(v)) === 'object'),
      { numRuns: 500 },
    );
  });
});
