/**
 * The slide deck's behaviour in both windows. Each window can drive: a clicker plugged into either sends
 * PageDown/PageUp (or arrows, Space), and the other window follows through a BroadcastChannel named after the
 * module and language. A window that opens asks the others where they are. The slide number is kept in the
 * address (#5), so a reload stays on the slide.
 */
import { fillPlaceholders } from '../../i18n/fill';

interface State {
  slide: number;
  blank: boolean;
}
type Message = { type: 'state'; state: State } | { type: 'hello' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
/** How long the projector's "Press F for full screen" note stays up. */
const HINT_MS = 6000;
/** The smallest share of the full type size a slide may be set in to fit its box. */
const FIT_MIN = 0.6;

export function startDeck() {
  const body = document.body;
  const mode = body.dataset.deck === 'presenter' ? 'presenter' : 'screen';
  const text = JSON.parse(body.dataset.text ?? '{}') as { slideOf?: string; blanked?: string; noNotes?: string };
  const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
  const total = slides.length;
  const $ = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-deck-${name}]`);
  const blankScreen = $('blankscreen')!;
  const live = $('live')!;
  const channel =
    'BroadcastChannel' in window
      ? new BroadcastChannel(`bp-deck:${body.dataset.module}:${document.documentElement.lang}`)
      : null;
  let state: State = { slide: clampSlide(Number(location.hash.slice(1)) - 1), blank: false };

  slides.forEach((s, i) => {
    s.dataset.index = String(i + 1);
    s.setAttribute('aria-roledescription', 'slide');
  });

  /**
   * Type is as large as the screen allows: a slide whose text does not fit its box at the full size is set a
   * little smaller, step by step, down to the smallest size its window allows (28 px on the projector).
   * The picture needs no room of its own: it fills what is left of its column.
   */
  function fit(slide: HTMLElement | undefined) {
    if (!slide) return;
    // The full size is 5 % of the box's height or 2.8 % of its width, whichever is less: 36 px on a 1280×720 screen,
    // 54 px on 1920×1080, smaller in the presenter's panes. Set here rather than in CSS with container units, which
    // the HTML checker's CSS parser does not know yet.
    const box = (slide.closest('.deck-stage, .deck-next') ?? slide).getBoundingClientRect();
    const full = Math.min(box.height * 0.05, box.width * 0.028);
    const floor = mode === 'screen' && !slide.closest('.deck-next') ? 28 : 0;
    const size = (f: number) => `${Math.max(floor, Math.round(f * full * 10) / 10)}px`;
    slide.style.fontSize = size(1);
    const over = () => slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1;
    for (let f = 1; over() && f > FIT_MIN;) {
      const before = slide.style.fontSize;
      f = Math.round((f - 0.05) * 100) / 100;
      slide.style.fontSize = size(f);
      if (slide.style.fontSize === before) break; // at the window's smallest size
    }
  }
  addEventListener('resize', () => render());
  // A slide number typed into the address (#12) moves both windows there.
  addEventListener('hashchange', () => {
    const n = Number(location.hash.slice(1)) - 1;
    if (Number.isInteger(n) && n !== state.slide) set({ slide: n, blank: false });
  });

  function clampSlide(n: number) {
    return Number.isInteger(n) ? Math.min(Math.max(0, n), total - 1) : 0;
  }
  const slideOf = (n: number) => fillPlaceholders(text.slideOf ?? '{n} / {total}', { n, total });

  function render() {
    slides.forEach((s, i) => s.classList.toggle('current', i === state.slide));
    fit(slides[state.slide]);
    blankScreen.hidden = !state.blank;
    body.classList.toggle('blanked', state.blank);
    history.replaceState(history.state, '', `#${state.slide + 1}`);
    live.textContent = state.blank
      ? (text.blanked ?? '')
      : `${slideOf(state.slide + 1)}: ${slides[state.slide]?.querySelector('.slide-title')?.textContent ?? ''}`;
    if (mode !== 'presenter') return;
    $('count')!.textContent = slideOf(state.slide + 1);
    $('blank')!.setAttribute('aria-pressed', String(state.blank));
    const preview = $('next-preview')!;
    const next = slides[state.slide + 1];
    const copy = next?.cloneNode(true) as HTMLElement | undefined;
    copy?.removeAttribute('data-slide');
    copy?.querySelectorAll('[data-trainer-note]').forEach((n) => n.remove());
    preview.replaceChildren(...(copy ? [copy] : []));
    fit(copy);
    const notes = [...(slides[state.slide]?.querySelectorAll('[data-trainer-note]') ?? [])].map((n) => {
      const copy = n.cloneNode(true) as HTMLElement;
      copy.removeAttribute('data-trainer-note');
      return copy;
    });
    const none = document.createElement('p');
    none.className = 'deck-no-notes';
    none.textContent = text.noNotes ?? '';
    $('notes')!.replaceChildren(...(notes.length ? notes : [none]));
  }

  function set(next: State, broadcast = true) {
    // Only a number and a boolean get through, whatever another window posted (security review F10).
    state = { slide: clampSlide(Number(next.slide)), blank: next.blank === true };
    render();
    if (broadcast) channel?.postMessage({ type: 'state', state } satisfies Message);
  }
  const go = (delta: number) => set({ slide: state.slide + delta, blank: false });

  const gotoDialog = $<HTMLDialogElement>('goto-dialog')!;
  const gotoInput = $<HTMLInputElement>('goto-input')!;
  gotoInput.max = String(total);
  const openGoto = () => {
    gotoInput.value = String(state.slide + 1);
    gotoDialog.showModal();
    gotoInput.select();
  };
  gotoDialog.addEventListener('close', () => {
    if (gotoDialog.returnValue === 'go' && gotoInput.value) set({ slide: Number(gotoInput.value) - 1, blank: false });
    gotoDialog.returnValue = '';
  });

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  document.addEventListener('keydown', (e) => {
    if (gotoDialog.open || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    // Keys typed into a control act on it (Space/Enter press a focused button).
    if ((e.key === ' ' || e.key === 'Enter') && target.closest('button, a, input, summary')) return;
    if (NEXT.has(e.key)) go(1);
    else if (PREV.has(e.key)) go(-1);
    else if (e.key === 'Home') set({ slide: 0, blank: false });
    else if (e.key === 'End') set({ slide: total - 1, blank: false });
    else if (e.key === 'b' || e.key === 'B' || e.key === '.') set({ ...state, blank: !state.blank });
    else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
    else if (e.key === 'g' || e.key === 'G') openGoto();
    else return;
    e.preventDefault();
  });

  if (channel) {
    channel.onmessage = (e: MessageEvent<Message | null>) => {
      const m = typeof e.data === 'object' ? e.data : null;
      if (m?.type === 'state' && Number.isInteger(m.state?.slide)) set(m.state, false);
      else if (m?.type === 'hello') channel.postMessage({ type: 'state', state } satisfies Message);
    };
    channel.postMessage({ type: 'hello' } satisfies Message);
  }

  if (mode === 'presenter') {
    $('prev')!.addEventListener('click', () => go(-1));
    $('next')!.addEventListener('click', () => go(1));
    $('blank')!.addEventListener('click', () => set({ ...state, blank: !state.blank }));
    $('goto')!.addEventListener('click', openGoto);
    $('open')!.addEventListener('click', () =>
      window.open(body.dataset.screenUrl + `#${state.slide + 1}`, 'bp-screen', 'popup'),
    );
    // The timer: minutes since the session started (or was restarted), against the session plan's length.
    const elapsed = $('elapsed')!;
    const planned = Number(body.dataset.minutes) * 60;
    let start = Date.now();
    const tick = () => {
      const s = Math.floor((Date.now() - start) / 1000);
      elapsed.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
      elapsed.classList.toggle('over', planned > 0 && s > planned);
    };
    $('timer')!.addEventListener('click', () => {
      start = Date.now();
      tick();
    });
    setInterval(tick, 1000);
  } else {
    // The projector's set-up note sits over the slide, so it goes away by itself, or at the first key pressed.
    const hint = $('hint');
    if (hint) {
      const hide = () => (hint.hidden = true);
      setTimeout(hide, HINT_MS);
      document.addEventListener('keydown', hide, { once: true });
    }
  }
  render();
}
