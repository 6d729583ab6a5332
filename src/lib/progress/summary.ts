/**
 * What the home page says about progress: per lesson, per module and overall, and where "Lanjutkan" goes.
 */
import { PASS_MARK } from '../quiz/grade';
import type { Outline, OutlineLesson } from '../lessons/order';
import type { LastPlace, Progress } from './schema';

export type LessonState = 'new' | 'started' | 'read' | 'done';

/** new: not opened; started: some steps seen; read: all steps seen, quiz not yet passed; done: quiz passed too. */
export function lessonState(progress: Progress, lesson: OutlineLesson): LessonState {
  const p = progress.lessons[lesson.id];
  if (!p || p.furthestStep === 0) return p && (p.quizBest ?? 0) >= PASS_MARK ? 'done' : 'new';
  const read = p.completed || p.furthestStep >= lesson.steps;
  if (read && (p.quizBest ?? 0) >= PASS_MARK) return 'done';
  return read ? 'read' : 'started';
}

/** Half for reading the steps, half for passing the quiz. 0–100. */
export function lessonPercent(progress: Progress, lesson: OutlineLesson): number {
  const p = progress.lessons[lesson.id];
  if (!p) return 0;
  const read = Math.min(1, p.furthestStep / Math.max(1, lesson.steps));
  const passed = (p.quizBest ?? 0) >= PASS_MARK ? 1 : 0;
  return Math.round(read * 50 + passed * 50);
}

function checkPassed(progress: Progress, moduleId: string): boolean {
  return (progress.checks[moduleId]?.best ?? 0) >= PASS_MARK;
}

/** Mean of the module's lessons and (when it has one) its module check, which counts as one lesson. 0–100. */
export function modulePercent(progress: Progress, outline: Outline, moduleId: string): number {
  const m = outline.modules.find((x) => x.id === moduleId);
  if (!m) return 0;
  const parts = m.lessons.map((l) => lessonPercent(progress, l));
  if (m.hasCheck) parts.push(checkPassed(progress, m.id) ? 100 : 0);
  return parts.length ? Math.round(parts.reduce((a, b) => a + b, 0) / parts.length) : 0;
}

/** Mean over every lesson and module check in the course. 0–100. */
export function overallPercent(progress: Progress, outline: Outline): number {
  const parts: number[] = [];
  for (const m of outline.modules) {
    for (const l of m.lessons) parts.push(lessonPercent(progress, l));
    if (m.hasCheck) parts.push(checkPassed(progress, m.id) ? 100 : 0);
  }
  return parts.length ? Math.round(parts.reduce((a, b) => a + b, 0) / parts.length) : 0;
}

/** Where "Lanjutkan" takes a learner, or null for a newcomer ("Mulai belajar"). `done` when everything is passed. */
export type ResumeTarget = LastPlace | { at: 'done' };

/**
 * The exact place to continue: the step or quiz where the learner stopped, unless that lesson is finished —
 * then the first unfinished lesson (at its last seen step) or module check, in course order.
 */
export function resumeTarget(progress: Progress, outline: Outline): ResumeTarget | null {
  const started = Object.keys(progress.lessons).length > 0 || Object.keys(progress.checks).length > 0;
  if (!started && !progress.last) return null;
  const last = progress.last;
  const lessonById = new Map(outline.modules.flatMap((m) => m.lessons.map((l) => [l.id, l] as const)));
  if (last && (last.at === 'step' || last.at === 'quiz')) {
    const lesson = lessonById.get(last.id);
    if (lesson && lessonState(progress, lesson) !== 'done') {
      if (last.at === 'step') return { at: 'step', id: lesson.id, step: Math.min(last.step, lesson.steps) };
      return lessonState(progress, lesson) === 'read'
        ? last
        : { at: 'step', id: lesson.id, step: Math.max(1, progress.lessons[lesson.id]?.lastStep ?? 1) };
    }
  }
  if (
    last?.at === 'check' &&
    outline.modules.some((m) => m.id === last.id && m.hasCheck) &&
    !checkPassed(progress, last.id)
  )
    return last;
  for (const m of outline.modules) {
    for (const l of m.lessons) {
      const state = lessonState(progress, l);
      if (state === 'read') return { at: 'quiz', id: l.id };
      if (state !== 'done') return { at: 'step', id: l.id, step: Math.max(1, progress.lessons[l.id]?.lastStep ?? 1) };
    }
    if (m.hasCheck && !checkPassed(progress, m.id)) return { at: 'check', id: m.id };
  }
  return { at: 'done' };
}

/** What still stands between a learner and the practice certificate: unfinished lessons and unpassed checks. */
export function unfinished(progress: Progress, outline: Outline): { lessons: string[]; checks: string[] } {
  const lessons: string[] = [];
  const checks: string[] = [];
  for (const m of outline.modules) {
    for (const l of m.lessons) if (lessonState(progress, l) !== 'done') lessons.push(l.id);
    if (m.hasCheck && !checkPassed(progress, m.id)) checks.push(m.id);
  }
  return { lessons, checks };
}
