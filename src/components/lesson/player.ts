/**
 * The lesson player: one step at a time. The step lives in the URL fragment, so reload, the browser's back
 * button and shared links all land on the same step; CSS (:target) shows that step even before this script
 * runs. The script adds what CSS can't: button targets, the counter, focus on the new step's heading with an
 * announcement, arrow keys, the language switch keeping the step, and saving progress.
 */
import { markStepSeen } from '../../stores/progress';
import { parseStepAnchor, stepAnchor } from '../../i18n/routes';
import { fillPlaceholders } from '../../i18n/fill';
import { isLocale, otherLocale } from '../../i18n/locales';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function startPlayer(root: HTMLElement) {
  // The intro's fragment comes from the page (introAnchor in i18n/routes), like the other texts and targets.
  const {
    lessonId = '',
    locale = 'id',
    intro = '',
    quiz = '',
    stepOf = '',
    nextLabel = '',
    quizLabel = '',
  } = root.dataset;
  if (!isLocale(locale)) return;
  const other = otherLocale(locale);
  const total = Number(root.dataset.steps);
  const back = root.querySelector<HTMLAnchorElement>('[data-back]')!;
  const next = root.querySelector<HTMLAnchorElement>('[data-next]')!;
  const nextText = root.querySelector<HTMLElement>('[data-next-text]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const meter = root.querySelector<HTMLElement>('[data-meter]')!;
  const announce = root.querySelector<HTMLElement>('[data-announce]')!;
  const langSwitch = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  const anchor = (n: number) => `#${stepAnchor(locale, n)}`;

  /** The step in the URL, or null on the intro. A step named in the other language is renamed in place. */
  function currentStep(): number | null {
    const n = parseStepAnchor(location.hash);
    if (n === null) return null;
    const clamped = Math.min(Math.max(1, n), total);
    if (location.hash !== anchor(clamped)) history.replaceState(history.state, '', anchor(clamped));
    return clamped;
  }

  function show(moveFocus: boolean) {
    const n = currentStep();
    if (langSwitch) langSwitch.hash = n === null ? '' : stepAnchor(other, n);
    if (n === null) return;
    const label = fillPlaceholders(stepOf, { n, total });
    status.textContent = label;
    meter.style.width = `${(n / total) * 100}%`;
    back.href = n > 1 ? anchor(n - 1) : `#${intro}`;
    const last = n === total;
    next.href = last ? quiz : anchor(n + 1);
    nextText.textContent = last ? quizLabel : nextLabel;
    next.rel = last ? '' : 'next';
    markStepSeen(lessonId, n, total);
    if (moveFocus) {
      const heading = root.querySelector<HTMLElement>(`${anchor(n)} h2`);
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
      announce.textContent = label;
    }
  }

  addEventListener('hashchange', () => show(true));
  addEventListener('keydown', (event) => {
    if (
      event.defaultPrevented ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      typing(event.target)
    )
      return;
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const n = parseStepAnchor(location.hash);
    event.preventDefault();
    if (event.key === 'ArrowRight') {
      if (n === null) location.hash = anchor(1);
      else if (n < total) location.hash = anchor(n + 1);
      else location.href = quiz;
    } else if (n !== null) {
      location.hash = n > 1 ? anchor(n - 1) : intro;
    }
  });
  show(false);
  root.dataset.ready = '';
}
