/** The class check's behaviour: one question at a time, tallies per phase, reveal, and the summary with the gain. */
import { classTallies, resetClass, tapCard } from '../../stores/classroom';
import { gain, percentRight, phaseScore, questionGains, responses } from '../../lib/classroom/tally';
import type { Phase } from '../../lib/classroom/tallies';
import { fillPlaceholders } from '../../i18n/fill';

interface Q {
  id: string;
  correct: number[];
  options: number;
}

export function startClassCheck() {
  const body = document.body;
  const moduleId = body.dataset.module ?? '';
  const questions = JSON.parse(body.dataset.questions ?? '[]') as Q[];
  const text = JSON.parse(body.dataset.text ?? '{}') as Record<string, string>;
  const fill = (s: string | undefined, v: Record<string, string | number>) => fillPlaceholders(s ?? '', v);
  const sections = [...document.querySelectorAll<HTMLElement>('[data-question]')];
  const summary = document.querySelector<HTMLElement>('[data-summary]')!;
  let phase: Phase = 'pre';
  let current = 0;
  const revealed = new Set<string>();

  const countsOf = (p: Phase, q: Q) => classTallies.get()[moduleId]?.[p][q.id] ?? new Array<number>(q.options).fill(0);
  const pct = (n: number | null) => (n === null ? (text.none ?? '—') : `${n}%`);
  const signed = (n: number | null) => (n === null ? (text.none ?? '—') : `${n > 0 ? '+' : ''}${n}`);

  function renderQuestion(i: number) {
    const q = questions[i]!;
    const section = sections[i]!;
    const counts = countsOf(phase, q);
    section.querySelectorAll<HTMLElement>('[data-option]').forEach((li, j) => {
      li.querySelector('[data-n]')!.textContent = String(counts[j] ?? 0);
    });
    section.querySelector('[data-total]')!.textContent = fill(text.answers, { n: responses(counts) });
    const label = section.querySelector('[data-phase-label]');
    if (label) label.textContent = phase === 'pre' ? (text.phasePre ?? '') : (text.phasePost ?? '');
    const shown = revealed.has(`${phase}:${q.id}`);
    section.classList.toggle('revealed', shown);
    section.querySelectorAll<HTMLElement>('.cc-why').forEach((p) => (p.hidden = !shown));
    section.querySelector('[data-result]')!.textContent = shown
      ? fill(text.percent, { n: pct(percentRight(counts, q.correct)) })
      : '';
  }

  function show(i: number) {
    current = i;
    summary.hidden = true;
    sections.forEach((s, j) => (s.hidden = j !== i));
    renderQuestion(i);
    sections[i]!.querySelector<HTMLElement>('h2')!.focus({ preventScroll: true });
  }

  function renderSummary() {
    const pre = phaseScore(
      questions,
      questions.map((q) => classTallies.get()[moduleId]?.pre[q.id]),
    );
    const post = phaseScore(
      questions,
      questions.map((q) => classTallies.get()[moduleId]?.post[q.id]),
    );
    const gains = questionGains(pre, post);
    const put = (row: Element, col: string, value: string) => {
      const cell = row.querySelector(`[data-col="${col}"]`);
      if (cell) cell.textContent = value;
    };
    questions.forEach((q, i) => {
      const row = summary.querySelector(`[data-summary-row="${q.id}"]`)!;
      put(row, 'pre', pct(pre.perQuestion[i] ?? null));
      put(row, 'post', pct(post.perQuestion[i] ?? null));
      put(row, 'gain', signed(gains[i] ?? null));
    });
    // A lesson quiz in class has one round: no second column and no gain.
    const g = body.hasAttribute('data-single') ? gain(null, null) : gain(pre.mean, post.mean);
    const foot = summary.querySelector('tfoot')!;
    put(foot, 'pre', pct(pre.mean));
    put(foot, 'post', pct(post.mean));
    put(foot, 'gain', signed(g.points));
    summary.querySelector('[data-gain-text]')!.textContent =
      g.points === null
        ? ''
        : `${fill(text.gainPoints, { n: signed(g.points) })}${g.normalized === null ? '' : ` ${fill(text.gainNormalized, { n: Math.round(g.normalized * 100) })}`}`;
  }

  function showSummary() {
    sections.forEach((s) => (s.hidden = true));
    renderSummary();
    summary.hidden = false;
    summary.querySelector<HTMLElement>('h2')!.focus();
  }

  sections.forEach((section, i) => {
    const q = questions[i]!;
    section.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLButtonElement>('button');
      if (!b) return;
      if (b.dataset.tap) {
        const option = Number(b.closest<HTMLElement>('[data-option]')!.dataset.option);
        tapCard(moduleId, phase, q.id, q.options, option, b.dataset.tap === '1' ? 1 : -1);
        renderQuestion(i);
      } else if (b.hasAttribute('data-reveal')) {
        revealed.add(`${phase}:${q.id}`);
        renderQuestion(i);
      } else if (b.hasAttribute('data-prev') && i > 0) show(i - 1);
      else if (b.hasAttribute('data-next')) {
        if (i < questions.length - 1) show(i + 1);
        else showSummary();
      }
    });
  });

  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-phase]')) {
    b.addEventListener('click', () => {
      phase = b.dataset.phase === 'post' ? 'post' : 'pre';
      for (const other of document.querySelectorAll('[data-phase]'))
        other.setAttribute('aria-pressed', String(other === b));
      show(0);
    });
  }
  document.querySelector('[data-show-summary]')!.addEventListener('click', showSummary);
  summary.querySelector('[data-back-questions]')!.addEventListener('click', () => show(current));
  summary.querySelector('[data-print]')!.addEventListener('click', () => window.print());
  summary.querySelector('[data-reset]')!.addEventListener('click', () => {
    if (!window.confirm(text.resetAsk ?? '')) return;
    resetClass(moduleId);
    revealed.clear();
    renderSummary();
  });
  // A presentation clicker or the keyboard moves between questions.
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
    if (!summary.hidden) return;
    if (e.key === 'PageDown' || e.key === 'ArrowRight') {
      if (current < questions.length - 1) show(current + 1);
      else showSummary();
    } else if ((e.key === 'PageUp' || e.key === 'ArrowLeft') && current > 0) show(current - 1);
    else return;
    e.preventDefault();
  });
  sections.forEach((_, i) => renderQuestion(i));
  sections.forEach((s) => s.querySelector<HTMLElement>('h2')!.setAttribute('tabindex', '-1'));
  body.dataset.ready = '';
}
