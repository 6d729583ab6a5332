/** Builds the take-home cards in the page: one progress code for the class's modules, drawn as a QR code on each. */
import { encodeProgressCode, formatProgressCode, codeFragment } from '../../lib/progress/code';
import { emptyProgress, type Progress } from '../../lib/progress/schema';
import { drawQr, publicUrl } from '../qr/qr';

interface ModuleInfo {
  id: string;
  title: string;
  next: string;
  lessons: { id: string; steps: number }[];
}

/** Progress of a learner who read every step of these modules' lessons in class (no quiz scores). */
function practisedProgress(modules: ModuleInfo[]): Progress {
  const p = emptyProgress();
  for (const m of modules)
    for (const l of m.lessons)
      p.lessons[l.id] = {
        furthestStep: l.steps,
        lastStep: l.steps,
        completed: true,
        quizBest: null,
        quizAttempts: 0,
        updatedAt: 0,
      };
  return p;
}

export function startTakeHome() {
  const form = document.querySelector<HTMLFormElement>('[data-take-form]');
  const out = document.querySelector<HTMLElement>('[data-take-cards]');
  if (!form || !out) return;
  const modules = JSON.parse(form.dataset.modules ?? '[]') as ModuleInfo[];
  const text = JSON.parse(form.dataset.text ?? '{}') as Record<string, string>;
  const locale = document.documentElement.lang === 'en' ? 'en' : 'id';
  const error = form.querySelector<HTMLElement>('.take-error')!;

  const el = (tag: string, className: string, content?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  };

  const make = async () => {
    const chosen = modules.filter((m) => form.querySelector<HTMLInputElement>(`input[value="${m.id}"]`)?.checked);
    if (!chosen.length) {
      error.textContent = form.dataset.chooseOne ?? '';
      out.replaceChildren();
      return false;
    }
    error.textContent = '';
    const count = Math.min(
      40,
      Math.max(1, Math.trunc(Number((form.elements.namedItem('count') as HTMLInputElement).value) || 1)),
    );
    const code = encodeProgressCode(practisedProgress(chosen));
    const url = publicUrl(`${form.dataset.progressPath}${codeFragment(code, locale)}`);
    const cards: HTMLElement[] = [];
    for (let i = 0; i < count; i++) {
      const card = el('section', 'take-card');
      card.setAttribute('aria-label', text.cardTitle ?? '');
      const list = el('ul', 'take-list');
      for (const m of chosen) list.append(el('li', '', m.title));
      const qr = el('div', 'qr take-qr');
      card.append(
        el('h2', 'take-card-title', text.cardTitle),
        el('p', 'take-label', text.practised),
        list,
        el('p', 'take-label', text.next),
        el('p', 'take-next', chosen[chosen.length - 1]!.next),
        el('div', 'take-resume'),
        el('p', 'take-small take-status', text.status),
        el('p', 'take-small', text.notOfficial),
      );
      const resume = card.querySelector('.take-resume')!;
      resume.append(qr, el('div', '', ''));
      resume.lastElementChild!.append(
        el('p', 'take-small', text.resume),
        el('p', 'take-code', formatProgressCode(code)),
      );
      cards.push(card);
      await drawQr(qr, url, text.qrLabel ?? '');
    }
    out.replaceChildren(...cards);
    return true;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void make();
  });
  form.querySelector('[data-take-print]')!.addEventListener('click', () => {
    void make().then((made) => made && window.print());
  });
  void make();
  form.dataset.ready = '';
}
