/**
 * Kiosk mode's storage: the device flag that keeps a shared screen in kiosk mode across restarts, and the
 * visit — everything one visitor leaves behind, and the wipe that removes it.
 *
 * The flag `bp-device:kiosk` is the one key that outlives a visit. It holds "1" and nothing about anyone, and it
 * deliberately does not start with the app prefix `bp:`, so "every app key" never includes it. The inline head
 * script (src/lib/head/inline-script.mjs) sets and reads it before first paint.
 */
import { KEY_PREFIX, engine, probeStorage } from './storage';
import { progress } from './progress';
import { settings, applySettings } from './settings';
import { emptyProgress } from '../lib/progress/schema';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { decodePinLock, encodePinLock, NO_LOCK, type PinLock } from '../lib/kiosk/pin-lock';

const KIOSK_DEVICE_KEY = 'bp-device:kiosk';
/** The staff PIN's lockout (src/lib/kiosk/pin-lock.ts): a device key, so it outlives page changes and visits. */
const PIN_LOCK_KEY = 'bp-device:kiosk-pin';
/**
 * What a learner had stored on this device before staff made it a kiosk: set aside, out of every visit's reach,
 * and put back when staff leave kiosk mode. A JSON list of `{ at, items }`, one per time the device became a kiosk.
 */
const LEARNER_ASIDE_KEY = 'bp-device:learner-aside';
/** Tabs of one kiosk tell each other that a visit ended (a tab opened from a visit must not keep it). */
export const KIOSK_CHANNEL = 'bp-kiosk';
/** The current visit's id; pages of an earlier visit (restored from the back/forward cache) compare against it. */
const VISIT_KEY = `${KEY_PREFIX}visit`;

function each(fn: (s: Storage) => void) {
  for (const get of [() => window.localStorage, () => window.sessionStorage]) {
    try {
      fn(get());
    } catch {
      // Storage missing or disabled: nothing of the app can be in it.
    }
  }
}

/**
 * Every key of the app in localStorage and sessionStorage (the device flag is not an app key).
 * @public Read by the store tests, which load the stores afresh with a dynamic import (tests/helpers/fake-storage.ts).
 */
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
  // Which trainer pages were opened is nobody's business either (they are not reachable in a visit today; an
  // older visit may have left some in the service worker's runtime cache).
  if (typeof caches !== 'undefined') caches.delete('trainer-pages').catch(() => {});
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

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True on a device staff made a kiosk (the head script reads the same flag). */
export function isKioskDevice(): boolean {
  try {
    return local()?.getItem(KIOSK_DEVICE_KEY) === '1';
  } catch {
    return false;
  }
}

interface AsideSet {
  at: string;
  items: Record<string, string>;
}

function readAside(storage: Storage): AsideSet[] {
  try {
    const v: unknown = JSON.parse(storage.getItem(LEARNER_ASIDE_KEY) ?? '[]');
    if (!Array.isArray(v)) return [];
    return v.filter((x: unknown): x is AsideSet => {
      const set = x as Partial<AsideSet> | null;
      return (
        typeof set?.at === 'string' &&
        typeof set.items === 'object' &&
        set.items !== null &&
        Object.values(set.items).every((i) => typeof i === 'string')
      );
    });
  } catch {
    return [];
  }
}

/**
 * Staff made this device a kiosk (PIN entered on the set-up screen). What a learner had stored here is set aside
 * under a device key no visit reads or wipes, and comes back when staff leave kiosk mode. Throws when the flag or
 * the aside copy can't be written, so nothing is removed that was not first kept.
 */
export function becomeKiosk() {
  const storage = local();
  if (!storage) throw new Error('localStorage unavailable');
  const items: Record<string, string> = {};
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(KEY_PREFIX)) items[k] = storage.getItem(k) ?? '';
  }
  if (Object.keys(items).length) {
    storage.setItem(
      LEARNER_ASIDE_KEY,
      JSON.stringify([...readAside(storage), { at: new Date().toISOString(), items }]),
    );
    if (readAside(storage).at(-1)?.items[Object.keys(items)[0]!] === undefined)
      throw new Error('aside copy not written');
    for (const k of Object.keys(items)) storage.removeItem(k);
  }
  storage.setItem(KIOSK_DEVICE_KEY, '1');
}

/**
 * Staff left kiosk mode with the PIN: the device is an ordinary browser again, with nothing of the last visit, and
 * the learner data set aside when it became a kiosk is back. Where two aside sets hold the same key, the later one
 * wins and the earlier progress is kept as a `bp:progress:aside:` copy the progress page offers to restore.
 */
export function leaveKioskMode() {
  wipeVisit();
  each((s) => s.removeItem(KIOSK_DEVICE_KEY));
  const storage = local();
  if (!storage) return;
  try {
    const sets = readAside(storage);
    for (const set of sets) {
      for (const [k, v] of Object.entries(set.items)) {
        const there = storage.getItem(k);
        if (there !== null && there !== v && k === `${KEY_PREFIX}progress`)
          storage.setItem(`${k}:aside:${set.at}`, there);
        storage.setItem(k, v);
      }
    }
    storage.removeItem(LEARNER_ASIDE_KEY);
  } catch {
    // Storage full: the aside copy stays where it is, and the next exit tries again.
  }
}

let memoryLock: PinLock = NO_LOCK;

/** The PIN lockout as the device stored it (memory when localStorage fails). */
export function readPinLock(now = Date.now()): PinLock {
  const storage = local();
  if (!storage) return memoryLock;
  try {
    return decodePinLock(storage.getItem(PIN_LOCK_KEY), now);
  } catch {
    return memoryLock;
  }
}

export function writePinLock(lock: PinLock) {
  memoryLock = lock;
  try {
    const storage = local();
    if (lock.wrong === 0 && lock.locks === 0) storage?.removeItem(PIN_LOCK_KEY);
    else storage?.setItem(PIN_LOCK_KEY, encodePinLock(lock));
  } catch {
    // kept in memory for this page
  }
}

/**
 * Whether this page could keep a visit (sessionStorage works). When it can't, a kiosk page runs its bar and idle
 * wipe anyway with nothing stored: the kiosk fails closed.
 */
export function visitStorageWorks(): boolean {
  return probeStorage(() => window.sessionStorage).writable;
}
