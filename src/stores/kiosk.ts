/**
 * Kiosk mode's storage: the device flag that keeps a shared screen in kiosk mode across restarts, and the
 * visit — everything one visitor leaves behind, and the wipe that removes it.
 *
 * The flag `bp-device:kiosk` is the one key that outlives a visit. It holds "1" and nothing about anyone, and it
 * deliberately does not start with the app prefix `bp:`, so "every app key" never includes it. The inline head
 * script (src/lib/head/inline-script.mjs) sets and reads it before first paint.
 */
import { KEY_PREFIX, engine } from './storage';
import { progress } from './progress';
import { settings, applySettings } from './settings';
import { emptyProgress } from '../lib/progress/schema';
import { DEFAULT_SETTINGS } from '../lib/settings';

export const KIOSK_DEVICE_KEY = 'bp-device:kiosk';
/** The current visit's id; pages of an earlier visit (restored from the back/forward cache) compare against it. */
export const VISIT_KEY = `${KEY_PREFIX}visit`;

function each(fn: (s: Storage) => void) {
  for (const get of [() => window.localStorage, () => window.sessionStorage]) {
    try {
      fn(get());
    } catch {
      // Storage missing or disabled: nothing of the app can be in it.
    }
  }
}

/** Every key of the app in localStorage and sessionStorage (the device flag is not an app key). */
export function storedAppKeys(): string[] {
  const keys: string[] = [];
  each((s) => {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(KEY_PREFIX)) keys.push(k);
    }
  });
  return keys;
}

/**
 * Removes everything of the visit: every app key in both storages (localStorage too, in case the device was
 * used outside kiosk mode before), the memory fallback of the storage engine, and the in-memory stores.
 */
export function wipeVisit() {
  each((s) => {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(KEY_PREFIX)) keys.push(k);
    }
    for (const k of keys) s.removeItem(k);
  });
  for (const k of Object.keys(engine)) if (k.startsWith(KEY_PREFIX)) delete engine[k];
  progress.set(emptyProgress());
  settings.set({ ...DEFAULT_SETTINGS });
  applySettings(DEFAULT_SETTINGS);
  // Setting the stores wrote their defaults back; remove those too, so not even an empty record remains.
  for (const k of Object.keys(engine)) if (k.startsWith(KEY_PREFIX)) delete engine[k];
}

/** The current visit's id, or null between visits. */
export function currentVisit(): string | null {
  const id = engine[VISIT_KEY];
  return typeof id === 'string' && id ? id : null;
}

/** A visitor touched the attract screen: a clean start under a new visit id. */
export function startVisit(): string {
  wipeVisit();
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const id = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  engine[VISIT_KEY] = id;
  return id;
}

/** Staff left kiosk mode with the PIN: the device is an ordinary browser again, with nothing of the last visit. */
export function leaveKioskMode() {
  wipeVisit();
  each((s) => s.removeItem(KIOSK_DEVICE_KEY));
}
