/**
 * Fills the home page with the learner's progress and points the big button at the right place.
 */
import { progress } from '../../stores/progress';
import { routes } from '../../i18n/routes';
import { fillPlaceholders as fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import type { Outline } from '../../lib/lessons/order';
import {
  lessonState,
  modulePercent,
  overallPercent,
  resumeTarget,
  type ResumeTarget,
} from '../../lib/progress/summary';
import type { Progress } from '../../lib/progress/schema';
import { PASS_MARK } from '../../lib/quiz/grade';
// A static import: every page's own script (layouts/Base.astro) already loads this module. Importing it on demand
// made every page download the bundler's module-namespace runtime, and this page its preload helper, for nothing.
import { savedOffline } from '../layout/offline';

export interface HomeData {
  locale: Locale;
  outline: Outline;
  /** Lesson titles by lesson id, and module-check titles by "check:<module id>". */
  titles: Record<string, string>;
  text: {
    start: string;
    continue: string;
    where: string;
    step: string;
    quiz: string;
    done: string;
    overall: string;
    states: Record<'new' | 'started' | 'read' | 'done', string>;
    checkPassed: string;
    checkTried: string;
  };
}

/** Where the big button goes and what the line under it says. */
function describeTarget(data: HomeData, target: ResumeTarget): { href: string; place: string } {
  const { locale, text, titles } = data;
  switch (target.at) {
    case 'step':
      return {
        href: routes.step(locale, target.id, target.step),
        place: `${titles[target.id]}, ${fill(text.step, { n: target.step })}`,
      };
    case 'quiz':
      return { href: routes.quiz(locale, target.id), place: `${titles[target.id]}, ${text.quiz}` };
    case 'check':
      return { href: routes.check(locale, target.id), place: titles[`check:${target.id}`] ?? '' };
    case 'done':
      return { href: routes.progress(locale), place: text.done };
  }
}

function render(data: HomeData, p: Progress) {
  const { outline, text } = data;
  const link = document.querySelector<HTMLAnchorElement>('[data-resume-link]');
  const target = resumeTarget(p, outline);
  if (link && target) {
    const { href, place } = describeTarget(data, target);
    link.href = href;
    link.querySelector('[data-resume-text]')!.textContent = text.continue;
    document.querySelector('[data-resume-where]')!.textContent = fill(text.where, { place });
  }
  const overall = overallPercent(p, outline);
  document.querySelector('[data-overall]')!.textContent = fill(text.overall, { percent: overall });
  document.querySelector<HTMLElement>('[data-overall-meter]')!.style.width = `${overall}%`;
  for (const m of outline.modules) {
    const percent = modulePercent(p, outline, m.id);
    document.querySelector(`[data-module-percent="${m.id}"]`)!.textContent = `${percent}%`;
    document.querySelector<HTMLElement>(`[data-module-meter="${m.id}"]`)!.style.width = `${percent}%`;
    for (const l of m.lessons) {
      const item = document.querySelector<HTMLElement>(`[data-lesson="${l.id}"]`);
      if (!item) continue;
      const state = lessonState(p, l);
      item.dataset.state = state;
      item.querySelector('[data-lesson-status]')!.textContent = text.states[state];
      if (state === 'done') item.querySelector('.lesson-mark')!.textContent = '✓';
    }
    const check = document.querySelector<HTMLElement>(`[data-check="${m.id}"]`);
    const c = p.checks[m.id];
    if (check && c && c.best !== null) {
      const passed = c.best >= PASS_MARK;
      check.dataset.state = passed ? 'done' : 'started';
      check.querySelector('[data-check-status]')!.textContent = fill(passed ? text.checkPassed : text.checkTried, {
        percent: c.best,
      });
    }
  }
}

async function showOffline() {
  const el = document.querySelector<HTMLElement>('[data-offline-status]');
  if (!el) return;
  const saved = await savedOffline();
  el.textContent = ' ' + (saved === null ? el.dataset.unsupported : saved ? el.dataset.saved : el.dataset.notSaved);
}

export function startHome() {
  void showOffline();
  const script = document.getElementById('home-data');
  if (!script?.textContent) return;
  const data = JSON.parse(script.textContent) as HomeData;
  progress.subscribe((p) => render(data, p));
}
