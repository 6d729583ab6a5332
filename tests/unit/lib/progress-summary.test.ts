import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../../src/lib/progress/schema';
import { openQuiz, recordCheck, recordQuiz, viewStep } from '../../../src/lib/progress/update';
import {
  lessonPercent,
  lessonState,
  modulePercent,
  overallPercent,
  resumeTarget,
} from '../../../src/lib/progress/summary';
import { nextLesson, previousLesson, estimateMinutes, type Outline } from '../../../src/lib/lessons/order';

const outline: Outline = {
  modules: [
    {
      id: 'akun',
      hasCheck: true,
      lessons: [
        { id: 'akun/a', steps: 4 },
        { id: 'akun/b', steps: 6 },
      ],
    },
    { id: 'aman', hasCheck: false, lessons: [{ id: 'aman/c', steps: 5 }] },
  ],
};
const t = 1000;

describe('updates never lower what was reached', () => {
  it('keeps the furthest step when going back, and the best score', () => {
    let p = viewStep(emptyProgress(), 'akun/a', 3, 4, t);
    p = viewStep(p, 'akun/a', 1, 4, t);
    expect(p.lessons['akun/a']).toMatchObject({ furthestStep: 3, lastStep: 1, completed: false });
    p = viewStep(p, 'akun/a', 4, 4, t);
    expect(p.lessons['akun/a']!.completed).toBe(true);
    p = recordQuiz(p, 'akun/a', 100, t);
    p = recordQuiz(p, 'akun/a', 40, t);
    expect(p.lessons['akun/a']).toMatchObject({ quizBest: 100, quizAttempts: 2 });
  });
  it('clamps steps into the lesson', () => {
    expect(viewStep(emptyProgress(), 'akun/a', 99, 4, t).lessons['akun/a']!.furthestStep).toBe(4);
    expect(viewStep(emptyProgress(), 'akun/a', -3, 4, t).lessons['akun/a']!.furthestStep).toBe(1);
  });
  it('does not depend on the clock going forward', () => {
    let p = viewStep(emptyProgress(), 'akun/a', 2, 4, 5000);
    p = viewStep(p, 'akun/a', 3, 4, 10);
    expect(p.lessons['akun/a']).toMatchObject({ furthestStep: 3, updatedAt: 10 });
  });
});

describe('summary', () => {
  it('counts half for reading and half for passing', () => {
    let p = viewStep(emptyProgress(), 'akun/a', 2, 4, t);
    expect(lessonPercent(p, outline.modules[0]!.lessons[0]!)).toBe(25);
    expect(lessonState(p, outline.modules[0]!.lessons[0]!)).toBe('started');
    p = viewStep(p, 'akun/a', 4, 4, t);
    expect(lessonState(p, outline.modules[0]!.lessons[0]!)).toBe('read');
    p = recordQuiz(p, 'akun/a', 79, t);
    expect(lessonPercent(p, outline.modules[0]!.lessons[0]!)).toBe(50);
    p = recordQuiz(p, 'akun/a', 80, t);
    expect(lessonState(p, outline.modules[0]!.lessons[0]!)).toBe('done');
    expect(lessonPercent(p, outline.modules[0]!.lessons[0]!)).toBe(100);
    expect(modulePercent(p, outline, 'akun')).toBe(33);
    expect(overallPercent(p, outline)).toBe(25);
  });
});

describe('resumeTarget ("Lanjutkan")', () => {
  it('is null for a newcomer', () => {
    expect(resumeTarget(emptyProgress(), outline)).toBeNull();
  });
  it('returns the exact step where the learner stopped', () => {
    const p = viewStep(viewStep(emptyProgress(), 'akun/a', 3, 4, t), 'akun/a', 2, 4, t);
    expect(resumeTarget(p, outline)).toEqual({ at: 'step', id: 'akun/a', step: 2 });
  });
  it('returns the quiz when the learner stopped there after reading every step', () => {
    const p = openQuiz(viewStep(emptyProgress(), 'akun/a', 4, 4, t), 'akun/a');
    expect(resumeTarget(p, outline)).toEqual({ at: 'quiz', id: 'akun/a' });
  });
  it('moves on to the next lesson once a lesson is done', () => {
    const p = recordQuiz(viewStep(emptyProgress(), 'akun/a', 4, 4, t), 'akun/a', 100, t);
    expect(resumeTarget(p, outline)).toEqual({ at: 'step', id: 'akun/b', step: 1 });
  });
  it('goes to the module check after the last lesson, then to the next module, then done', () => {
    let p = emptyProgress();
    for (const [id, steps] of [
      ['akun/a', 4],
      ['akun/b', 6],
    ] as const)
      p = recordQuiz(viewStep(p, id, steps, steps, t), id, 100, t);
    expect(resumeTarget(p, outline)).toEqual({ at: 'check', id: 'akun' });
    p = recordCheck(p, 'akun', 90, t);
    expect(resumeTarget(p, outline)).toEqual({ at: 'step', id: 'aman/c', step: 1 });
    p = recordQuiz(viewStep(p, 'aman/c', 5, 5, t), 'aman/c', 100, t);
    expect(resumeTarget(p, outline)).toEqual({ at: 'done' });
  });
  it('ignores a last place that no longer exists in the course', () => {
    const p = viewStep(emptyProgress(), 'old/gone', 2, 4, t);
    expect(resumeTarget(p, outline)).toEqual({ at: 'step', id: 'akun/a', step: 1 });
  });
});

describe('lesson order', () => {
  it('finds the next and previous lesson across modules', () => {
    expect(nextLesson(outline, 'akun/b')?.id).toBe('aman/c');
    expect(nextLesson(outline, 'aman/c')).toBeNull();
    expect(previousLesson(outline, 'akun/a')).toBeNull();
    expect(previousLesson(outline, 'aman/c')?.id).toBe('akun/b');
  });
  it('estimates minutes for a slow reader', () => {
    expect(estimateMinutes(360, 6)).toBe(8);
    expect(estimateMinutes(0, 0)).toBe(1);
  });
});

describe('what stands between a learner and the practice certificate', () => {
  it('lists unfinished lessons and unpassed checks, and nothing once all is done', async () => {
    const { unfinished } = await import('../../../src/lib/progress/summary');
    const outline = {
      modules: [
        {
          id: 'a',
          hasCheck: true,
          lessons: [
            { id: 'a/x', steps: 2 },
            { id: 'a/y', steps: 3 },
          ],
        },
        { id: 'b', hasCheck: false, lessons: [{ id: 'b/z', steps: 1 }] },
      ],
    };
    const lesson = (steps: number, quiz: number | null) => ({
      furthestStep: steps,
      lastStep: steps,
      completed: true,
      quizBest: quiz,
      quizAttempts: quiz === null ? 0 : 1,
      updatedAt: 0,
    });
    const some = {
      v: 2 as const,
      lessons: { 'a/x': lesson(2, 100), 'a/y': lesson(3, 60) },
      checks: { a: { best: 70, attempts: 1, updatedAt: 0 } },
      sims: {},
      last: null,
    };
    expect(unfinished(some, outline)).toEqual({ lessons: ['a/y', 'b/z'], checks: ['a'] });
    const all = {
      v: 2 as const,
      lessons: { 'a/x': lesson(2, 100), 'a/y': lesson(3, 80), 'b/z': lesson(1, 90) },
      checks: { a: { best: 80, attempts: 2, updatedAt: 0 } },
      sims: {},
      last: null,
    };
    expect(unfinished(all, outline)).toEqual({ lessons: [], checks: [] });
  });
});
