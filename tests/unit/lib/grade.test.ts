import { describe, expect, it } from 'vitest';
import { canCheck, gradeAnswer, scoreQuiz, PASS_MARK } from '../../../src/lib/quiz/grade';
import { questionSchema } from '../../../src/schemas/quiz';

const q = (data: unknown) => questionSchema.parse(data);
const opt = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, why: `Because ${id}` });

const single = q({
  id: 's',
  type: 'single',
  step: 1,
  prompt: 'Pick one',
  options: [opt('a'), opt('b', true), opt('c')],
});
const multiple = q({
  id: 'm',
  type: 'multiple',
  step: 2,
  prompt: 'Pick all',
  options: [opt('a', true), opt('b'), opt('c', true)],
});
const truefalse = q({
  id: 't',
  type: 'truefalse',
  step: 1,
  prompt: 'True?',
  answer: false,
  why: { true: 'No, it is false.', false: 'Yes, false.' },
});
const order = q({
  id: 'o',
  type: 'order',
  step: 3,
  prompt: 'Order',
  items: [
    { id: 'x', text: 'X' },
    { id: 'y', text: 'Y' },
    { id: 'z', text: 'Z' },
  ],
  why: 'X comes first.',
});

describe('single choice', () => {
  it('is right with the right option and gives its reason', () => {
    const g = gradeAnswer(single, { type: 'single', optionId: 'b' });
    expect(g.correct).toBe(true);
    expect(g.reasons).toEqual([{ id: 'b', text: 'Option b', right: true, chosen: true, why: 'Because b' }]);
  });
  it('is wrong with another option: the chosen reason first, then the right answer', () => {
    const g = gradeAnswer(single, { type: 'single', optionId: 'a' });
    expect(g.correct).toBe(false);
    expect(g.reasons.map((r) => [r.id, r.chosen, r.right])).toEqual([
      ['a', true, false],
      ['b', false, true],
    ]);
  });
  it('treats an unknown option as wrong, not as a crash', () => {
    expect(gradeAnswer(single, { type: 'single', optionId: 'nope' }).correct).toBe(false);
  });
});

describe('multiple choice', () => {
  it('needs exactly the right set', () => {
    expect(gradeAnswer(multiple, { type: 'multiple', optionIds: ['a', 'c'] }).correct).toBe(true);
    expect(gradeAnswer(multiple, { type: 'multiple', optionIds: ['c', 'a'] }).correct).toBe(true);
    expect(gradeAnswer(multiple, { type: 'multiple', optionIds: ['a'] }).correct).toBe(false);
    expect(gradeAnswer(multiple, { type: 'multiple', optionIds: ['a', 'b', 'c'] }).correct).toBe(false);
  });
  it('explains each choice and each missed right option', () => {
    const g = gradeAnswer(multiple, { type: 'multiple', optionIds: ['a', 'b'] });
    expect(g.reasons.map((r) => [r.id, r.chosen, r.right])).toEqual([
      ['a', true, true],
      ['b', true, false],
      ['c', false, true],
    ]);
  });
});

describe('true/false', () => {
  it('grades and gives the reason for the chosen value', () => {
    expect(gradeAnswer(truefalse, { type: 'truefalse', value: false })).toMatchObject({
      correct: true,
      reasons: [{ why: 'Yes, false.' }],
    });
    expect(gradeAnswer(truefalse, { type: 'truefalse', value: true })).toMatchObject({
      correct: false,
      reasons: [{ why: 'No, it is false.' }],
    });
  });
});

describe('ordering', () => {
  it('is right only in the written order, and always returns the right order', () => {
    expect(gradeAnswer(order, { type: 'order', itemIds: ['x', 'y', 'z'] }).correct).toBe(true);
    const wrong = gradeAnswer(order, { type: 'order', itemIds: ['y', 'x', 'z'] });
    expect(wrong.correct).toBe(false);
    expect(wrong.rightOrder).toEqual(['x', 'y', 'z']);
    expect(gradeAnswer(order, { type: 'order', itemIds: ['x', 'y'] }).correct).toBe(false);
  });
});

describe('canCheck', () => {
  it('requires a choice', () => {
    expect(canCheck(single, null)).toBe(false);
    expect(canCheck(single, { type: 'single', optionId: '' })).toBe(false);
    expect(canCheck(single, { type: 'single', optionId: 'a' })).toBe(true);
    expect(canCheck(multiple, { type: 'multiple', optionIds: [] })).toBe(false);
    expect(canCheck(truefalse, { type: 'truefalse', value: true })).toBe(true);
    expect(canCheck(order, { type: 'order', itemIds: ['x', 'y', 'z'] })).toBe(true);
    expect(canCheck(single, { type: 'truefalse', value: true })).toBe(false);
  });
  it('refuses an answer of another type', () => {
    expect(() => gradeAnswer(single, { type: 'truefalse', value: true })).toThrow(TypeError);
  });
});

describe('scoreQuiz', () => {
  it('passes at 80 % and rounds down', () => {
    expect(PASS_MARK).toBe(80);
    expect(scoreQuiz([true, true, true, true, false])).toEqual({ right: 4, total: 5, percent: 80, passed: true });
    expect(scoreQuiz([true, true, false])).toMatchObject({ percent: 66, passed: false });
    expect(scoreQuiz([true, true, true, true, true, true, true, false, true, false])).toMatchObject({
      percent: 80,
      passed: true,
    });
    expect(scoreQuiz([])).toEqual({ right: 0, total: 0, percent: 0, passed: false });
  });
});
