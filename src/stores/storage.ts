/**
 * The one place that touches browser storage. Everything persisted goes through `engine`, a guarded view of
 * localStorage (or sessionStorage on a kiosk, or memory when neither works) that never throws: a failed read is
 * "nothing stored", a failed write keeps the value in memory for this visit and marks storage as unavailable so
 * the page can say progress won't be saved.
 *
 * Which storage: `<html data-storage="session">` (set before any script runs, e.g. by kiosk mode) keeps a visit's
 * data in sessionStorage; otherwise localStorage.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/** Prefix of every key this site stores. */
export const KEY_PREFIX = 'bp:';

export type StorageKind = 'local' | 'session' | 'memory';

/** 'ok' while writes succeed; 'unavailable' once storage is missing, disabled or full. */
export const storageHealth = atom<'ok' | 'unavailable'>('ok');

const noEvents = { addEventListener() {}, removeEventListener() {} };

/** Returns the storage if it can be written and read back, else null (private mode, disabled, full). */
export function probeStorage(get: () => Storage | undefined): Storage | null {
  try {
    const storage = get();
    if (!storage) return null;
    const key = `${KEY_PREFIX}probe`;
    storage.setItem(key, '1');
    const ok = storage.getItem(key) === '1';
    storage.removeItem(key);
    return ok ? storage : null;
  } catch {
    return null;
  }
}

/**
 * A key–value object over `storage` (as @nanostores/persistent expects) whose reads and writes never throw.
 * Values that could not be written live in memory for the rest of the visit.
 */
export function guardedEngine(storage: Storage | null, onFail: () => void): Record<string, string> {
  const memory = new Map<string, string>();
  const stored = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    if (!storage) return undefined;
    try {
      return storage.getItem(key) ?? undefined;
    } catch {
      onFail();
      return undefined;
    }
  };
  const storedKeys = (): string[] => {
    const keys = new Set(memory.keys());
    try {
      if (storage) for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k !== null) keys.add(k);
      }
    } catch {
      onFail();
    }
    return [...keys];
  };
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? stored(key) : undefined),
    has: (_, key) => typeof key === 'string' && stored(key) !== undefined,
    set(_, key, value) {
      if (typeof key !== 'string') return true;
      const text = String(value);
      try {
        if (!storage) throw new Error('no storage');
        storage.setItem(key, text);
        memory.delete(key);
      } catch {
        memory.set(key, text);
        onFail();
      }
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return true;
      memory.delete(key);
      try {
        storage?.removeItem(key);
      } catch {
        onFail();
      }
      return true;
    },
    ownKeys: () => storedKeys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && stored(key) !== undefined ? { value: stored(key), writable: true, enumerable: true, configurable: true } : undefined,
  });
}

function chooseKind(): StorageKind {
  if (typeof document === 'undefined') return 'memory';
  return document.documentElement.dataset.storage === 'session' ? 'session' : 'local';
}

function open(kind: StorageKind) {
  const markUnavailable = () => storageHealth.set('unavailable');
  if (kind === 'memory') return { engine: guardedEngine(null, () => {}), events: noEvents };
  const storage = probeStorage(() => (kind === 'session' ? window.sessionStorage : window.localStorage));
  if (!storage) markUnavailable();
  return { engine: guardedEngine(storage, markUnavailable), events: storage && kind === 'local' ? windowPersistentEvents : noEvents };
}

/** Which storage this page uses. */
export const storageKind: StorageKind = chooseKind();

const opened = open(storageKind);

/** The guarded key–value engine every persistent store uses. */
export const engine = opened.engine;

setPersistentEngine(engine, opened.events);

/** Every key of this site in the current storage (for a full wipe, e.g. at the end of a kiosk visit). */
export function appKeys(): string[] {
  return Object.keys(engine).filter((k) => k.startsWith(KEY_PREFIX));
}
