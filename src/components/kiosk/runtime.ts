/**
 * Kiosk mode on every page of a visit (loaded only when `<html data-kiosk>`; see KioskHook.astro):
 *   - the bar with "Lanjutkan di HP" and "Selesai";
 *   - the idle timer: no touch for 120 s in a lesson (60 s elsewhere) → "Masih di sini?" counting down 30 s
 *     (all three set at build time) → the visit is wiped; read-aloud stretches the timer while it speaks, up to
 *     SPEAKING_FACTOR times (a speech engine that never reports "end" can't keep a visit forever);
 *   - other tabs and windows of the visit (opened by a link or a script) end with it (BroadcastChannel);
 *   - without sessionStorage the page still runs the bar and the idle wipe, with nothing stored (fails closed);
 *   - no new windows, no printing, no downloads;
 *   - the wipe: every app key in both storages, the stores in memory, every form field, and the pages behind
 *     (history goes back to its first entry, the attract screen, so Back has nothing of the visit to show);
 *   - lockdown: links to other sites become a QR code plus the address; no long-press menus;
 *   - the staff corner (staff.ts).
 */
import { currentVisit, KIOSK_CHANNEL, visitStorageWorks, wipeVisit } from '../../stores/kiosk';
import { progress } from '../../stores/progress';
import { encodeProgressCode, formatProgressCode, codeFragment } from '../../lib/progress/code';
import { hasNoEntries } from '../../lib/progress/schema';
import { routes } from '../../i18n/routes';
import { button, closeAll, el, openDialog } from './dialog';
import { installStaffCorner } from './staff';
import { kioskText } from './text';
import { drawQr, publicUrl, readableAddress } from '../qr/qr';

const config = __KIOSK_CONFIG__;
const root = document.documentElement;
const locale = root.lang === 'en' ? 'en' : 'id';
const t = kioskText(locale);
const attractUrl = routes.kiosk(locale);
/**
 * This page's visit. Without a working sessionStorage there is no stored visit to find, and the head script could
 * not tell whether one is running: the page is treated as part of a visit that keeps nothing (bar, idle wipe).
 */
const visitOfThisPage = currentVisit() ?? (visitStorageWorks() ? null : 'unstored');
/** While read-aloud speaks, the idle timer waits this many times longer, and no longer. */
export const SPEAKING_FACTOR = 3;
const channel = 'BroadcastChannel' in window ? new BroadcastChannel(KIOSK_CHANNEL) : null;

/** A QR code of `url` with the address under it, for a visitor to take to their phone. */
function qrBlock(url: string): HTMLElement {
  const address = readableAddress(url);
  const box = el('div', { class: 'qr kiosk-qr' });
  void drawQr(box, url, t('qr.label', { address }));
  return el('figure', { class: 'kiosk-qr-figure' }, [
    box,
    el('figcaption', { class: 'kiosk-address', translate: 'no' }, [address]),
  ]);
}

// ---- "Lanjutkan di HP" -------------------------------------------------------------------------------------

function showPhone() {
  const p = progress.get();
  const code = encodeProgressCode(p);
  const empty = hasNoEntries(p);
  const url = publicUrl(`${routes.progress(locale)}${empty ? '' : codeFragment(code, locale)}`);
  const { body, close } = openDialog('kiosk-phone', t('phone.title'), () => close());
  body.append(el('p', {}, [t('phone.scan')]), qrBlock(url));
  if (empty) body.append(el('p', {}, [t('phone.empty')]));
  else
    body.append(
      el('p', {}, [t('phone.type')]),
      el('p', { class: 'kiosk-code', translate: 'no', 'data-progress-code': '' }, [formatProgressCode(code)]),
    );
  body.append(
    el('p', { class: 'kiosk-small' }, [t('phone.private')]),
    el('div', { class: 'kiosk-actions' }, [button(t('phone.close'), 'btn primary big', close)]),
  );
}

// ---- the end of a visit ------------------------------------------------------------------------------------

function clearFields() {
  for (const form of document.forms) form.reset();
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input, textarea, select',
  )) {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
      field.checked = false;
    else if (field instanceof HTMLSelectElement) field.selectedIndex = -1;
    else field.value = '';
  }
}

let ending = false;

/**
 * Wipes the visit and returns to the attract screen with nothing of the visit behind it. `fromOtherTab`: another tab
 * of this visit ended it; a window a script opened closes, any other tab goes to the attract screen.
 */
export function endVisit(fromOtherTab = false) {
  if (ending) return;
  ending = true;
  stopTimers();
  closeAll();
  clearFields();
  if ('speechSynthesis' in window) speechSynthesis.cancel();
  wipeVisit();
  root.dataset.leaving = '1';
  if (!fromOtherTab) channel?.postMessage({ type: 'end', visit: visitOfThisPage });
  else if (window.opener !== null) {
    window.close();
    if (window.closed) return;
  }
  // Back to the first entry of this tab's history — the attract screen this visit started from (a visit starts
  // with a new entry, see attract.ts) — so no page of the visit is left behind it. The attract screen then drops
  // the entries ahead of it. Without the Navigation API, or at the first entry already: replace this page.
  const nav = (window as { navigation?: NavigationLike }).navigation;
  const first = nav?.entries()[0];
  if (nav?.currentEntry && nav.currentEntry.index > 0 && first) {
    const result = nav.traverseTo(first.key) as { finished?: Promise<unknown> } | undefined;
    result?.finished?.catch(() => location.replace(attractUrl));
  } else location.replace(attractUrl);
}

interface NavigationLike {
  currentEntry: { index: number } | null;
  entries(): { key: string }[];
  traverseTo(key: string): unknown;
}

function confirmDone() {
  const { body, close } = openDialog('kiosk-done', t('done.title'), () => close());
  body.append(
    el('p', {}, [t('done.body')]),
    el('div', { class: 'kiosk-actions' }, [
      button(t('done.back'), 'btn', close),
      button(t('done.phone'), 'btn', () => {
        close();
        showPhone();
      }),
      button(t('done.yes'), 'btn primary big', () => endVisit()),
    ]),
  );
}

// ---- idle timer --------------------------------------------------------------------------------------------

const idleMs = (root.dataset.kioskIdle === 'lesson' ? config.idleLessonSeconds : config.idleMenuSeconds) * 1000;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let countdown: ReturnType<typeof setInterval> | undefined;
let speaking = false;
let warning: { close(): void } | null = null;

function stopTimers() {
  clearTimeout(idleTimer);
  clearInterval(countdown);
}

function arm() {
  clearTimeout(idleTimer);
  if (!warning && !ending) idleTimer = setTimeout(warn, speaking ? idleMs * SPEAKING_FACTOR : idleMs);
}

function warn() {
  const until = Date.now() + config.warningSeconds * 1000;
  const left = () => Math.max(0, Math.ceil((until - Date.now()) / 1000));
  const count = el('p', { class: 'kiosk-count' }, [t('idle.count', { n: left() })]);
  const announce = el('p', { class: 'sr-only', role: 'status' });
  const resume = () => {
    clearInterval(countdown);
    dialog.close();
    warning = null;
    arm();
  };
  const dialog = openDialog('kiosk-idle', t('idle.title'), resume);
  const go = button(t('idle.continue'), 'btn primary big kiosk-continue', resume);
  go.autofocus = true;
  dialog.body.append(el('p', {}, [t('idle.body')]), count, announce, el('div', { class: 'kiosk-actions' }, [go]));
  warning = dialog;
  countdown = setInterval(() => {
    const n = left();
    count.textContent = t('idle.count', { n });
    if (n === 10) announce.textContent = t('idle.soon', { n });
    if (n === 0) endVisit();
  }, 1000);
}

// ---- lockdown ----------------------------------------------------------------------------------------------

function showLink(url: string) {
  const { body, close } = openDialog('kiosk-link', t('link.title'), () => close());
  body.append(
    el('p', {}, [t('link.body')]),
    qrBlock(url),
    el('div', { class: 'kiosk-actions' }, [button(t('link.close'), 'btn primary big', close)]),
  );
}

/**
 * What a kiosk page must not do: open other sites (a QR code instead), open new tabs or windows (a visit must stay
 * in the one tab the wipe reaches), print or download (a shared machine's printer and disk are not the visitor's).
 */
function lockDown() {
  document.addEventListener(
    'click',
    (e) => {
      const link = (e.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.hasAttribute('download')) {
        e.preventDefault();
        return;
      }
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) {
        e.preventDefault();
        showLink(url.href);
        return;
      }
      // Same site: always in this tab, whatever the link's target or the keys held.
      if (
        (link.target && link.target !== '_self') ||
        e.ctrlKey ||
        e.metaKey ||
        e.shiftKey ||
        e.altKey ||
        e.button !== 0
      ) {
        e.preventDefault();
        location.assign(url.href);
      }
    },
    { capture: true },
  );
  document.addEventListener('auxclick', (e) => e.preventDefault(), { capture: true });
  document.addEventListener(
    'keydown',
    (e) => {
      if ((e.ctrlKey || e.metaKey) && /^[ps]$/i.test(e.key)) e.preventDefault(); // print, save page
    },
    { capture: true },
  );
  window.open = () => null;
  window.print = () => {};
}

function start() {
  if (!visitOfThisPage) return; // the head script is already on its way to the attract screen
  const bar = el('nav', { class: 'kiosk-bar', 'aria-label': t('bar.label') }, [
    button(t('bar.phone'), 'btn big kiosk-phone-button', showPhone),
    button(t('bar.done'), 'btn primary big kiosk-done-button', confirmDone),
  ]);
  document.body.append(bar);
  installStaffCorner(routes.home(locale));

  for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const) {
    document.addEventListener(
      type,
      () => {
        if (!warning) arm();
      },
      { capture: true, passive: true },
    );
  }
  document.addEventListener('bp:speaking', (e) => {
    speaking = (e as CustomEvent<boolean>).detail === true;
    if (!warning) arm();
  });
  // Another tab or window of this kiosk ended the visit (or started a new one): this one must not keep it.
  if (channel)
    channel.onmessage = (e: MessageEvent<{ type?: unknown }>) => {
      if (e.data?.type === 'end') endVisit(true);
    };
  lockDown();
  document.addEventListener('contextmenu', (e) => e.preventDefault());
  document.addEventListener('dragstart', (e) => e.preventDefault());
  // A page of this visit shown again from the back/forward cache after the visit ended, or under another visit.
  addEventListener('pageshow', (e) => {
    if (!e.persisted) return;
    const now = currentVisit();
    if (now !== visitOfThisPage) {
      root.dataset.leaving = '1';
      location.replace(now ? location.href : attractUrl);
    } else arm();
  });
  arm();
}

start();
