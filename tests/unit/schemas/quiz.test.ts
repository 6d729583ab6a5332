import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/schemas/quiz';
import { factSchema } from '../../../src/schemas/fact';
import { lessonSchema } from '../../../src/schemas/lesson';

const opt = (id: string, correct = false) => ({ id, text: id, correct, why: `why ${id}` });
const single = (options: unknown[]) => ({ id: 'q', type: 'single', step: 1, prompt: 'Q?', options });
const quiz = (questions: unknown[], kind = 'lesson') => ({ kind, questions });
const messages = (value: unknown) => {
  const r = quizSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const three = [
  single([opt('a', true), opt('b')]),
  { ...single([opt('a', true), opt('b')]), id: 'q2' },
  { ...single([opt('a', true), opt('b')]), id: 'q3' },
];

describe('quiz schema', () => {
  it('accepts a valid lesson quiz', () => {
    expect(messages(quiz(three))).toEqual([]);
  });
  it('rejects a single-choice question with zero or two right answers, naming the field', () => {
    expect(messages(quiz([single([opt('a'), opt('b')]), ...three.slice(1)]))).toEqual([
      'questions.0.options: a single-choice question needs exactly one correct option, found 0',
    ]);
    expect(messages(quiz([single([opt('a', true), opt('b', true)]), ...three.slice(1)]))[0]).toMatch(
      /exactly one correct option, found 2/,
    );
  });
  it('rejects an option without a reason, an unknown field, a typo in the type, duplicate ids', () => {
    expect(messages(quiz([single([{ id: 'a', text: 'a', correct: true }, opt('b')]), ...three.slice(1)]))[0]).toMatch(
      /^questions\.0\.options\.0\.why/,
    );
    expect(messages(quiz([{ ...single([opt('a', true), opt('b')]), extra: 1 }, ...three.slice(1)])).join()).toMatch(
      /extra/,
    );
    expect(
      messages(quiz([{ ...single([opt('a', true), opt('b')]), type: 'singel' }, ...three.slice(1)])).length,
    ).toBeGreaterThan(0);
    expect(messages(quiz([single([opt('a', true), opt('a')]), ...three.slice(1)])).join()).toMatch(/duplicate id "a"/);
    expect(messages(quiz([three[0], three[0], three[2]])).join()).toMatch(/duplicate id "q"/);
  });
  it('holds lesson quizzes to 3–5 questions and module checks to 10 with a lesson per question', () => {
    expect(messages(quiz(three.slice(0, 2))).join()).toMatch(/questions/);
    const six = Array.from({ length: 6 }, (_, i) => ({ ...three[0], id: `q${i}` }));
    expect(messages(quiz(six)).join()).toMatch(/3–5 questions, found 6/);
    expect(messages(quiz(three, 'module')).join()).toMatch(/10 questions, found 3/);
    const ten = Array.from({ length: 10 }, (_, i) => ({ ...three[0], id: `q${i}`, lesson: 'buat-akun' }));
    expect(messages(quiz(ten, 'module'))).toEqual([]);
    expect(
      messages(
        quiz(
          ten.map(({ lesson: _lesson, ...q }) => q),
          'module',
        ),
      ).join(),
    ).toMatch(/must name the lesson/);
  });
  it('needs at least one wrong option in a multiple-choice question', () => {
    const all = {
      id: 'm',
      type: 'multiple',
      step: 1,
      prompt: 'All?',
      options: [opt('a', true), opt('b', true), opt('c', true)],
    };
    expect(messages(quiz([all, ...three.slice(1)])).join()).toMatch(/at least one wrong option/);
  });
  it('checks true/false and order questions', () => {
    const tf = { id: 't', type: 'truefalse', step: 1, prompt: 'T?', answer: true, why: { true: 'yes' } };
    expect(messages(quiz([tf, ...three.slice(1)])).join()).toMatch(/why\.false/);
    const order = {
      id: 'o',
      type: 'order',
      step: 1,
      prompt: 'O?',
      why: 'w',
      items: [
        { id: 'a', text: 'a' },
        { id: 'b', text: 'b' },
      ],
    };
    expect(messages(quiz([order, ...three.slice(1)])).join()).toMatch(/items/);
  });
});

describe('fact and lesson schemas', () => {
  const source = { key: 'OFF-FAQ-Popular', url: 'https://www.prakerja.go.id/en/tanya-jawab', tier: 'A' };
  const meta = { source, checked: '2026-12-03', about: { id: 'Usia', en: 'Age' }, topic: 'akun' };
  it('accept facts of each kind with a year, a source, a topic and the date they were checked', () => {
    expect(factSchema.safeParse({ kind: 'amount', value: 3500000, year: '2023–2024', ...meta }).success).toBe(true);
    expect(factSchema.safeParse({ kind: 'count', value: 18, unit: 'years', year: '2024', ...meta }).success).toBe(true);
    expect(
      factSchema.safeParse({ kind: 'label', value: 'Daftar', en: 'Register', year: '2023', ...meta }).success,
    ).toBe(true);
    expect(factSchema.safeParse({ kind: 'text', value: { id: 'a', en: 'b' }, year: '2023', ...meta }).success).toBe(
      true,
    );
    const status = {
      lastWave: 71,
      lastWaveOpened: '2024-08',
      movingTo: { id: 'Kemnaker', en: 'Kemnaker' },
      movingToShort: 'Kemnaker',
      flow: '2023–2024',
      asOf: '2025-12-31',
    };
    expect(
      factSchema.safeParse({ kind: 'status', value: status, year: '2025', ...meta, topic: 'status' }).success,
    ).toBe(true);
    expect(
      factSchema.safeParse({
        kind: 'status',
        value: { ...status, lastWaveOpened: 'Agustus 2024' },
        year: '2025',
        ...meta,
      }).success,
    ).toBe(false);
  });
  it('reject a fact without the date it was checked or with an unknown topic', () => {
    expect(factSchema.safeParse({ kind: 'amount', value: 1, year: '2024', source, topic: 'akun' }).success).toBe(false);
    expect(factSchema.safeParse({ kind: 'amount', value: 1, year: '2024', ...meta, topic: 'lain' }).success).toBe(
      false,
    );
  });
  it('reject a fact without a source, a bad year, an unknown unit or a missing translation', () => {
    expect(factSchema.safeParse({ kind: 'amount', value: 1, year: '2024' }).success).toBe(false);
    expect(factSchema.safeParse({ kind: 'amount', value: 1, year: '2023-2024', source }).success).toBe(false);
    expect(factSchema.safeParse({ kind: 'count', value: 1, unit: 'weeks', year: '2024', source }).success).toBe(false);
    expect(factSchema.safeParse({ kind: 'text', value: { id: 'a' }, year: '2024', source }).success).toBe(false);
  });
  it('reject a lesson without a summary or with an unknown field', () => {
    expect(lessonSchema.safeParse({ title: 'T', summary: 'S', checked: '2026-11-28' }).success).toBe(true);
    expect(lessonSchema.safeParse({ title: 'T', summary: 'S' }).success).toBe(false);
    expect(lessonSchema.safeParse({ title: 'T' }).success).toBe(false);
    expect(lessonSchema.safeParse({ title: 'T', summary: 'S', minutes: 3 }).success).toBe(false);
  });
});
