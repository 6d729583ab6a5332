/**
 * The staff PIN pad, for the two things only staff may do: make a device a kiosk (set-up screen, setup.ts) and
 * leave kiosk mode (a long press, 3 s, on the top-left corner of any kiosk page).
 * A deterrent against curious visitors, not access control (README "Running a kiosk"): the PIN's hash is in
 * the page, and anyone with the browser's settings can clear the site's data anyway. Its lockout lives with the
 * device (stores/kiosk.ts, lib/kiosk/pin-lock.ts): a page change or a restart does not reset it.
 */
import { leaveKioskMode, readPinLock, writePinLock } from '../../stores/kiosk';
import { afterWrong, NO_LOCK, secondsLocked } from '../../lib/kiosk/pin-lock';
import { button, el, openDialog } from './dialog';
import { kioskText, type KioskKey } from './text';

const config = __KIOSK_CONFIG__;
const LONG_PRESS_MS = 3000;

async function sha256Hex(text: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PinPadOptions {
  /** What the pad is for: its explanation and its confirm button. */
  body: KioskKey;
  ok: KioskKey;
  /** Runs once the right PIN is entered. */
  onSuccess(): void;
}

export function openPinPad(options: PinPadOptions) {
  const t = kioskText(document.documentElement.lang);
  let pin = '';
  const { dialog, body, close } = openDialog('kiosk-staff', t('staff.title'), () => close());
  const dots = el('p', { class: 'kiosk-pin-dots', 'aria-live': 'polite' });
  const message = el('p', { class: 'kiosk-pin-message', role: 'alert' });
  const show = () => {
    dots.textContent = pin ? '•'.repeat(pin.length) : '—';
    dots.setAttribute('aria-label', t('staff.entered', { n: pin.length }));
  };
  const type = (digit: string) => {
    if (pin.length < 8) pin += digit;
    message.textContent = '';
    show();
  };
  const lockedText = (n: number) =>
    n > 90 ? t('staff.lockedMinutes', { n: Math.ceil(n / 60) }) : t('staff.locked', { n });
  let checking = false;
  const submit = async () => {
    if (checking) return;
    const locked = secondsLocked(readPinLock(), Date.now());
    if (locked > 0) {
      pin = '';
      show();
      message.textContent = lockedText(locked);
      return;
    }
    checking = true;
    const hash = await sha256Hex(config.pinSalt + pin);
    checking = false;
    if (hash === null) {
      message.textContent = t('staff.unavailable');
      return;
    }
    if (hash === config.pinHash) {
      writePinLock(NO_LOCK);
      close();
      options.onSuccess();
      return;
    }
    pin = '';
    show();
    // Read again: another tab may have counted a try meanwhile.
    const now = Date.now();
    const lock = afterWrong(readPinLock(now), now);
    writePinLock(lock);
    const n = secondsLocked(lock, now);
    message.textContent = n > 0 ? lockedText(n) : t('staff.wrong');
  };
  const pad = el('div', { class: 'kiosk-pin-pad' }, [
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => button(d, 'btn kiosk-key', () => type(d))),
    button('⌫', 'btn kiosk-key', () => {
      pin = pin.slice(0, -1);
      show();
    }),
    button('0', 'btn kiosk-key', () => type('0')),
  ]);
  pad.lastElementChild?.previousElementSibling?.setAttribute('aria-label', t('staff.delete'));
  dialog.addEventListener('keydown', (e) => {
    if (/^\d$/.test(e.key)) type(e.key);
    else if (e.key === 'Backspace') pin = pin.slice(0, -1);
    else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) void submit();
    show();
  });
  body.append(
    el('p', {}, [t(options.body)]),
    ...(config.defaultPin ? [el('p', { class: 'kiosk-pin-warning' }, [t('staff.defaultPin')])] : []),
    dots,
    pad,
    message,
    el('div', { class: 'kiosk-actions' }, [
      button(t('staff.cancel'), 'btn', close),
      button(t(options.ok), 'btn primary', () => void submit()),
    ]),
  );
  show();
}

/** Size of the corner (CSS px) that a long press must start in. */
const CORNER_PX = 56;

/**
 * Holding the top-left corner for 3 s opens the PIN pad. Nothing is drawn and nothing is in the Tab order or the
 * accessibility tree: it is for staff who know it is there. A short tap there still reaches what is under it.
 */
export function installStaffCorner(homeUrl: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let origin: { x: number; y: number } | null = null;
  const cancel = () => {
    clearTimeout(timer);
    origin = null;
  };
  document.addEventListener(
    'pointerdown',
    (e) => {
      cancel();
      if (e.clientX > CORNER_PX || e.clientY > CORNER_PX || document.querySelector('dialog.kiosk-staff')) return;
      origin = { x: e.clientX, y: e.clientY };
      timer = setTimeout(() => {
        origin = null;
        openPinPad({
          body: 'staff.body',
          ok: 'staff.ok',
          onSuccess() {
            leaveKioskMode();
            location.replace(homeUrl);
          },
        });
      }, LONG_PRESS_MS);
    },
    { capture: true, passive: true },
  );
  document.addEventListener(
    'pointermove',
    (e) => {
      if (origin && Math.hypot(e.clientX - origin.x, e.clientY - origin.y) > 24) cancel();
    },
    { capture: true, passive: true },
  );
  for (const type of ['pointerup', 'pointercancel'] as const)
    document.addEventListener(type, cancel, { capture: true, passive: true });
}
