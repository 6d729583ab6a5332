/**
 * Service worker registration and the update banner. Workbox's generated worker waits with a new version until
 * it receives SKIP_WAITING; then the page reloads once the new worker controls it.
 */
export function startOffline() {
  if (!('serviceWorker' in navigator)) return;
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  const button = banner?.querySelector<HTMLButtonElement>('[data-update-reload]');
  let asked = false;
  const offer = (worker: ServiceWorker) => {
    if (!banner || !button) return;
    banner.hidden = false;
    button.onclick = () => {
      asked = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    };
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
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
