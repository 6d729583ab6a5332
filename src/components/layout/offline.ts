/**
 * Service worker registration and the update banner. Workbox's generated worker waits with a new version until
 * it receives SKIP_WAITING; then the tab that asked reloads once the new worker controls it.
 *
 * A tab that did not ask is never reloaded by itself (the learner may be typing): when another tab switches the
 * site to the new version, this one says so and offers "Muat ulang". The same offer appears when a part of the
 * page loaded on demand can't be fetched any more (an old file removed by an update): Vite's
 * `vite:preloadError` and the browser's "Failed to fetch dynamically imported module" rejections. Progress is
 * written to storage as it happens, so reloading loses nothing saved.
 */
type Reason = 'available' | 'updated' | 'stale';

/** Messages the browsers give when a dynamic import()'s file is missing (Chromium, Firefox, Safari). */
const STALE_IMPORT =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function startOffline() {
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  const text = banner?.querySelector<HTMLElement>('[data-update-text]');
  const button = banner?.querySelector<HTMLButtonElement>('[data-update-reload]');
  let asked = false;
  let waiting: ServiceWorker | null = null;
  let shown: Reason | null = null;
  const show = (reason: Reason) => {
    if (!banner || !text || !button) return;
    // 'updated' and 'stale' say more than 'available': don't step back to it.
    if (shown && shown !== 'available' && reason === 'available') return;
    shown = reason;
    text.textContent = text.dataset[reason] ?? text.textContent;
    banner.dataset.updateReason = reason;
    banner.hidden = false;
    button.onclick = () => {
      asked = true;
      // A new version waiting: switch to it first (the reload follows on controllerchange); else just reload.
      if (waiting && navigator.serviceWorker?.controller) waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    };
  };
  // Global safety net for every lazily loaded part. A part with its own recovery (the quiz) marks the page with
  // [data-reload-offer] in the same task, so the check waits one turn.
  addEventListener('vite:preloadError', () =>
    setTimeout(() => document.querySelector('[data-reload-offer]') || show('stale')),
  );
  addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    const message = reason instanceof Error ? reason.message : String(reason);
    if (STALE_IMPORT.test(message)) show('stale');
  });

  if (!('serviceWorker' in navigator)) return;
  let controlled = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
    // The first worker taking over a fresh tab is not an update.
    else if (controlled) show('updated');
    controlled = true;
  });
  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
      const offer = (worker: ServiceWorker) => {
        waiting = worker;
        show('available');
      };
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    })
    .catch(() => {
      // Blocked or unsupported (private mode, some kiosks): the site still works online.
    });
}

/** Whether the whole site is saved for offline use (Workbox's precache is complete and a worker is active). */
export async function savedOffline(): Promise<boolean | null> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.active) return false;
  const names = await caches.keys();
  return names.some((n) => n.startsWith('workbox-precache'));
}
