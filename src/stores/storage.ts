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

/**
 * Opens a storage: `storage` is null when it can't even be read (missing, private mode, disabled); `writable` is
 * false when it can be read but a test write fails (quota full). A full storage is still read, so a learner's
 * saved progress is shown; new changes then live in memory for the visit.
 */
export function probeStorage(get: () => Storage | undefined): { storage: Storage | null; writable: boolean } {
  let storage: Storage | undefined;
  try {
    storage = get();
    if (!storage) return { storage: null, writable: false };
    storage.getItem(`${KEY_PREFIX}probe`);
  } catch {
    return { storage: null, writable: false };
  }
  try {
    const key = `${KEY_PREFIX}probe`;
    storage.setItem(key, '1');
    const ok = storage.getItem(key) === '1';
    storage.removeItem(key);
    return { storage, writable: ok };
  } catch {
    return { storage, writable: false };
  }
}

/**
 * A key–value object over `storage` (as @nanostores/persistent expects) whose reads and writes never throw.
 * Values that could not be written live in memory for the rest of the visit.
 */
function guardedEngine(storage: Storage | null, onFail: () => void): Record<string, string> {
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
  const strict: StrictRead = (key) => {
    if (memory.has(key)) return { value: memory.get(key) };
    if (!storage) return { value: undefined };
    try {
      return { value: storage.getItem(key) ?? undefined };
    } catch {
      onFail();
      return null;
    }
  };
  const storedKeys = (): string[] => {
    const keys = new Set(memory.keys());
    try {
      if (storage)
        for (let i = 0; i < storage.length; i++) {
          const k = storage.key(i);
          if (k !== null) keys.add(k);
        }
    } catch {
      onFail();
    }
    return [...keys];
  };
  const engine = new Proxy(
    {},
    {
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
        typeof key === 'string' && stored(key) !== undefined
          ? { value: stored(key), writable: true, enumerable: true, configurable: true }
          : undefined,
    },
  );
  strictReaders.set(engine, strict);
  return engine;
}

type StrictRead = (key: string) => { value: string | undefined } | null;
/** Each engine's read that says when storage could not be read (see `readStored`). */
const strictReaders = new WeakMap<object, StrictRead>();

function chooseKind(): StorageKind {
  if (typeof document === 'undefined') return 'memory';
  return document.documentElement.dataset.storage === 'session' ? 'session' : 'local';
}

function open(kind: StorageKind) {
  const markUnavailable = () => storageHealth.set('unavailable');
  if (kind === 'memory') return { engine: guardedEngine(null, () => {}), events: noEvents, storage: null };
  const { storage, writable } = probeStorage(() => (kind === 'session' ? window.sessionStorage : window.localStorage));
  if (!storage || !writable) markUnavailable();
  return {
    engine: guardedEngine(storage, markUnavailable),
    events: storage && kind === 'local' ? windowPersistentEvents : noEvents,
    storage,
  };
}

/**
 * Which storage this page uses.
 * @public Read by the store tests, which load the stores afresh with a dynamic import (tests/helpers/fake-storage.ts).
 */
export const storageKind: StorageKind = chooseKind();

const opened = open(storageKind);

/** The guarded key–value engine every persistent store uses. */
export const engine = opened.engine;

setPersistentEngine(engine, opened.events);

/** True when other tabs share this storage and tell us of their writes (localStorage). */
export const sharedWithTabs = storageKind === 'local' && opened.storage !== null;

/**
 * Reads one key, telling "nothing stored" (`{ value: undefined }`) apart from "storage could not be read"
 * (null): a store must not write over data it could not read. Values kept in memory this visit come first.
 */
export function readStored(key: string): { value: string | undefined } | null {
  return strictReaders.get(engine)!(key);
}

/** Every key of this site in the current storage (for a full wipe, e.g. at the end of a kiosk visit). */
export function appKeys(): string[] {
  return Object.keys(engine).filter((k) => k.startsWith(KEY_PREFIX));
}
