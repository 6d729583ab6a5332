/**
 * Turns the list of tips into the slideshow: one slide every 10 s (8–12 s with ?detik= / ?seconds=), in the loop
 * order computed at build (data-order), with a QR code to the slide's lesson step. The pause button, Space and K
 * pause and play; ← and → step through by hand. Motion is CSS only, so reduced motion needs nothing here.
 */
import { generate, correction } from 'lean-qr';
import { toSvg } from 'lean-qr/extras/svg';
import { slideDuration } from '../../../lib/kiosk/slides';
import { startOffline } from '../../layout/offline';
import { publicUrl, qrSvg } from '../../qr/qr';
import { fillPlaceholders as fill } from '../../../i18n/fill';

/** Activates a downloaded new version, if one waits; the page reloads when the new worker takes over. */
async function takeWaitingUpdate() {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting || !navigator.serviceWorker.controller) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  registration.waiting.postMessage({ type: 'SKIP_WAITING' });
}

export function startDisplay() {
  const root = document.querySelector<HTMLElement>('[data-kiosk-display]');
  if (!root) return;
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slides] > li')];
  const order = (root.dataset.order ?? '')
    .split(',')
    .map(Number)
    .filter((i) => slides[i]);
  if (!order.length) return;
  const list = root.querySelector<HTMLElement>('[data-slides]')!;
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const bar = root.querySelector<HTMLElement>('[data-bar]')!;
  const qr = root.querySelector<HTMLElement>('[data-qr]')!;
  const address = root.querySelector<HTMLElement>('[data-address]')!;
  const toggle = root.querySelector<HTMLButtonElement>('[data-toggle]')!;
  const query = new URLSearchParams(location.search);
  const duration = slideDuration(Number(query.get('detik') ?? query.get('seconds') ?? root.dataset.seconds));
  let pos = 0;
  let timer = 0;

  function show() {
    const slide = slides[order[pos]!]!;
    for (const s of slides) s.toggleAttribute('data-current', s === slide);
    count.textContent = fill(root!.dataset.counter ?? '', { n: pos + 1, total: order.length });
    bar.style.transform = `scaleX(${(pos + 1) / order.length})`;
    const url = new URL(publicUrl(slide.dataset.path ?? '/'));
    const text = `${url.host}${url.pathname}${url.hash}`;
    if (address.textContent !== text) {
      // Line breaks after a slash rather than inside a word.
      address.replaceChildren(...text.split(/(?<=\/)/).flatMap((part) => [part, document.createElement('wbr')]));
      qr.replaceChildren(
        qrSvg({ generate, correction, toSvg }, url.href, fill(root!.dataset.qrLabel ?? '', { address: text })),
      );
    }
  }

  function go(next: number) {
    pos = (next + order.length) % order.length;
    // Nobody will ever press "Muat ulang" on a screen nobody touches: a new version waiting in the service
    // worker is taken at the end of a loop, between two slides.
    if (pos === 0) void takeWaitingUpdate();
    show();
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (root!.dataset.state === 'playing') timer = window.setTimeout(() => go(pos + 1), duration);
  }

  /** While paused, a slide changed by hand is announced; while playing, nothing interrupts a screen reader. */
  function setPlaying(playing: boolean) {
    root!.dataset.state = playing ? 'playing' : 'paused';
    list.setAttribute('aria-live', playing ? 'off' : 'polite');
    schedule();
  }

  toggle.addEventListener('click', () => setPlaying(root.dataset.state !== 'playing'));
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    // Space on the focused button is the button's own click.
    if (e.key === ' ' && e.target === toggle) return;
    if (e.key === ' ' || e.key === 'k' || e.key === 'K') setPlaying(root.dataset.state !== 'playing');
    else if (e.key === 'ArrowRight') go(pos + 1);
    else if (e.key === 'ArrowLeft') go(pos - 1);
    else return;
    e.preventDefault();
  });

  // Keep the screen awake where the browser allows it (the lock is dropped whenever the page is hidden).
  const wake = () => {
    const nav = navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<unknown> } };
    if (document.visibilityState === 'visible') nav.wakeLock?.request('screen').catch(() => {});
  };
  document.addEventListener('visibilitychange', wake);
  wake();

  show();
  schedule();
  // Offline: a screen that only ever opens this page still gets the whole site saved.
  startOffline();
}
