/** A Storage that can be told to fail the way real browsers do (private mode, quota, disabled). */
export class FakeStorage implements Storage {
  data = new Map<string, string>();
  failWrites = false;
  failReads = false;
  get length() {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

/** Stores loaded by loadStores, each with the cleanStores of its own nanostores instance. */
const loaded: (() => void)[] = [];

/**
 * Unmounts every store loaded so far, now rather than after nanostores' unmount delay, so no timer reaches for
 * `window` after a test has removed its stub. Call it in afterEach before vi.unstubAllGlobals().
 */
export function cleanupStores() {
  for (const clean of loaded.splice(0)) clean();
}

/**
 * Loads the stores fresh, as a new page would, with `local` as the page's localStorage.
 * `kind: 'session'` marks the page as a kiosk page (<html data-storage="session">). `locks` stands in for
 * `navigator.locks` (none by default).
 */
export async function loadStores(
  local: Storage | (() => Storage),
  options: { session?: Storage; kind?: 'session'; locks?: unknown } = {},
) {
  const { vi } = await import('vitest');
  vi.resetModules();
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  // No Web Locks unless a test passes some: writes then happen at once, as in a browser without the API.
  vi.stubGlobal('navigator', { locks: options.locks });
  vi.stubGlobal('document', { documentElement: { dataset: options.kind ? { storage: options.kind } : {} } });
  vi.stubGlobal('window', {
    get localStorage() {
      return typeof local === 'function' ? local() : local;
    },
    get sessionStorage() {
      return options.session ?? new FakeStorage();
    },
    addEventListener: (type: string, fn: (e: unknown) => void) =>
      listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    removeEventListener: (type: string, fn: (e: unknown) => void) => listeners.get(type)?.delete(fn),
  });
  const storage = await import('../../src/stores/storage');
  const progress = {
    ...(await import('../../src/stores/progress')),
    ...(await import('../../src/stores/progress-import')),
  };
  const kiosk = await import('../../src/stores/kiosk');
  const { cleanStores } = await import('nanostores');
  loaded.push(() => cleanStores(progress.progress));
  /** Simulates another tab writing `key`. */
  const otherTabWrites = (key: string, newValue: string | null) => {
    for (const fn of listeners.get('storage') ?? []) fn({ key, newValue });
  };
  return { storage, progress, kiosk, otherTabWrites };
}

/** The progress stored in `storage`, without the write ids the store adds (`writeId`, `basedOn`). */
export function storedProgress(storage: Storage): unknown {
  const {
    writeId: _id,
    basedOn: _base,
    ...progress
  } = JSON.parse(storage.getItem('bp:progress')!) as Record<string, unknown>;
  return progress;
}
