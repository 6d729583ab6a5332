/**
 * The kiosk address (/kios/, /en/kiosk/) decides what it shows: on a kiosk device the attract screen (attract.ts);
 * on any other device the set-up screen, where only staff with the PIN can make the device a kiosk. Before, the
 * address alone made any device a kiosk and wiped its learner's progress (security review F1).
 */
import { becomeKiosk, isKioskDevice } from '../../stores/kiosk';
import { startAttract } from './attract';
import { openPinPad } from './staff';
import { kioskText } from './text';

export function startKioskScreen() {
  if (isKioskDevice()) {
    startAttract();
    return;
  }
  const setup = document.querySelector<HTMLElement>('[data-kiosk-setup]');
  const start = setup?.querySelector<HTMLButtonElement>('[data-setup-start]');
  const message = setup?.querySelector<HTMLElement>('[data-setup-message]');
  if (!setup || !start || !message) return;
  const t = kioskText(document.documentElement.lang);
  // The PIN pad's look lives in the kiosk stylesheet, which only kiosk devices load before first paint.
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = '/kiosk.css';
  document.head.append(sheet);
  start.hidden = false;
  start.addEventListener('click', () =>
    openPinPad({
      body: 'staff.setupBody',
      ok: 'staff.setupOk',
      onSuccess() {
        try {
          becomeKiosk();
        } catch {
          message.textContent = t('setup.failed');
          return;
        }
        location.replace(location.pathname);
      },
    }),
  );
  setup.dataset.ready = '';
}
