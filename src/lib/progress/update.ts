/**
 * How learning changes progress. Each function returns a new object and never lowers what was reached:
 * going back to step 2 keeps "furthest step 5"; a worse quiz score keeps the best one.
 */
import type { Progress, LessonProgress } from './schema';

function lessonOf(progress: Progress, id: string): LessonProgress {
  return (
    progress.lessons[id] ?? {
      furthestStep: 0,
      lastStep: 0,
      completed: false,
      quizBest: null,
      quizAttempts: 0,
      updatedAt: 0,
    }
  );
}

/** The learner sees `step` (1-based) of a lesson with `stepCount` steps. */
export function viewStep(progress: Progress, lessonId: string, step: number, stepCount: number, now: number): Progress {
  const s = Math.min(Math.max(1, Math.trunc(step)), stepCount);
  const old = lessonOf(progress, lessonId);
  const furthestStep = Math.max(old.furthestStep, s);
  return {
    ...progress,
    lessons: {
      ...progress.lessons,
      [lessonId]: {
        ...old,
        furthestStep,
        lastStep: s,
        completed: old.completed || furthestStep >= stepCount,
        updatedAt: now,
      },
    },
    last: { at: 'step', id: lessonId, step: s },
  };
}

/** The learner opens a lesson's quiz. */
export function openQuiz(progress: Progress, lessonId: string): Progress {
  return { ...progress, last: { at: 'quiz', id: lessonId } };
}

/** The learner finishes a lesson quiz with `percent`. */
export function recordQuiz(progress: Progress, lessonId: string, percent: number, now: number): Progress {
  const old = lessonOf(progress, lessonId);
  const score = Math.min(100, Math.max(0, Math.round(percent)));
  return {
    ...progress,
    lessons: {
      ...progress.lessons,
      [lessonId]: {
        ...old,
        quizBest: Math.max(old.quizBest ?? 0, score),
        quizAttempts: old.quizAttempts + 1,
        updatedAt: now,
      },
    },
    last: { at: 'quiz', id: lessonId },
  };
}

/** The learner opens a module check. */
export function openCheck(progress: Progress, moduleId: string): Progress {
  return { ...progress, last: { at: 'check', id: moduleId } };
}

/** The learner finishes a module check with `percent`. */
export function recordCheck(progress: Progress, moduleId: string, percent: number, now: number): Progress {
  const old = progress.checks[moduleId] ?? { best: null, attempts: 0, updatedAt: 0 };
  const score = Math.min(100, Math.max(0, Math.round(percent)));
  return {
    ...progress,
    checks: {
      ...progress.checks,
      [moduleId]: { best: Math.max(old.best ?? 0, score), attempts: old.attempts + 1, updatedAt: now },
    },
    last: { at: 'check', id: moduleId },
  };
}

/** The learner completes a task in a practice simulator (the task id only; nothing typed is kept). */
export function completeSimTask(progress: Progress, simId: string, taskId: string, now: number): Progress {
  const old = progress.sims[simId] ?? { tasks: [], updatedAt: 0 };
  if (old.tasks.includes(taskId)) return progress;
  return { ...progress, sims: { ...progress.sims, [simId]: { tasks: [...old.tasks, taskId], updatedAt: now } } };
}

/** The learner starts a simulator over. */
export function resetSim(progress: Progress, simId: string): Progress {
  const { [simId]: _gone, ...sims } = progress.sims;
  return { ...progress, sims };
}
