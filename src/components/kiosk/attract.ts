/**
 * The attract screen's behaviour: arriving wipes whatever a visit left; a touch anywhere (or a language button)
 * starts a new visit; the invitation's movement can be paused; staff can leave kiosk mode from the corner.
 */
import { startVisit, wipeVisit } from '../../stores/kiosk';
import { routes } from '../../i18n/routes';
import { isLocale } from '../../i18n/locales';
import { installStaffCorner } from './staff';

export function startAttract() {
  const main = document.querySelector<HTMLElement>('[data-attract]');
  if (!main) return;
  const locale = isLocale(main.dataset.locale ?? '') ? (main.dataset.locale as 'id' | 'en') : 'id';
  const pause = main.querySelector<HTMLButtonElement>('[data-pause]')!;
  let starting = false;

  const clean = () => {
    starting = false;
    delete document.documentElement.dataset.leaving;
    wipeVisit();
    // Entries ahead of this one are pages of the last visit: a new entry here drops them from history.
    const nav = (window as { navigation?: { canGoForward: boolean } }).navigation;
    if (nav?.canGoForward) history.pushState(null, '', location.href);
  };

  const start = (lang: 'id' | 'en') => {
    if (starting) return;
    starting = true;
    startVisit();
    // A new history entry (not a replacement): the end of the visit goes back to this one.
    location.assign(routes.home(lang));
  };

  main.addEventListener('click', (e) => {
    const target = e.target as Element;
    const link = target.closest<HTMLAnchorElement>('a[data-start]');
    if (link) {
      e.preventDefault();
      start(link.dataset.start === 'en' ? 'en' : 'id');
      return;
    }
    if (target.closest('button, a')) return;
    start(locale);
  });

  pause.addEventListener('click', () => {
    const paused = main.classList.toggle('paused');
    pause.textContent = (paused ? pause.dataset.labelPlay : pause.dataset.labelPause) ?? '';
  });

  addEventListener('pageshow', (e) => {
    if (e.persisted) clean();
  });
  installStaffCorner(routes.home(locale));
  clean();
  main.dataset.ready = '';
}
