import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage, cleanupStores, loadStores } from '../../helpers/fake-storage';

afterEach(() => {
  cleanupStores();
  vi.unstubAllGlobals();
});

async function kioskDevice() {
  const local = new FakeStorage();
  const session = new FakeStorage();
  local.setItem('bp-device:kiosk', '1');
  const loaded = await loadStores(local, { session, kind: 'session' });
  vi.stubGlobal('crypto', globalThis.crypto);
  return { local, session, ...loaded };
}

const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)!).sort();

describe('kiosk visits (stores/kiosk)', () => {
  it('keep a visit in sessionStorage only, and the wipe removes every app key from both storages and memory', async () => {
    const { local, session, progress, kiosk, storage } = await kioskDevice();
    expect(storage.storageKind).toBe('session');
    // Left behind by someone who used this browser outside kiosk mode.
    local.setItem('bp:progress', '{"v":2}');
    local.setItem('bp:settings', '{"text":200}');
    const id = kiosk.startVisit();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(kiosk.currentVisit()).toBe(id);
    expect(keys(local)).toEqual(['bp-device:kiosk']);
    const off = progress.progress.listen(() => {});
    progress.markStepSeen('akun/buat-akun', 2, 6);
    expect(keys(session)).toEqual(['bp:progress', 'bp:visit']);
    expect(kiosk.storedAppKeys().sort()).toEqual(['bp:progress', 'bp:visit']);

    kiosk.wipeVisit();
    expect(keys(session)).toEqual([]);
    expect(keys(local)).toEqual(['bp-device:kiosk']);
    expect(kiosk.currentVisit()).toBeNull();
    expect(progress.progress.get()).toEqual({ v: 2, lessons: {}, checks: {}, sims: {}, last: null });
    expect(Object.keys(storage.engine).filter((k) => k.startsWith('bp:'))).toEqual([]);
    off();
  });

  it('a new visit never starts with the last one’s data, and leaving kiosk mode removes the device flag', async () => {
    const { local, session, progress, kiosk } = await kioskDevice();
    const off = progress.progress.listen(() => {});
    const first = kiosk.startVisit();
    progress.saveQuizScore('akun/buat-akun', 80);
    const second = kiosk.startVisit();
    expect(second).not.toBe(first);
    expect(progress.progress.get().lessons).toEqual({});
    expect(keys(session)).toEqual(['bp:visit']);
    kiosk.leaveKioskMode();
    expect(keys(local)).toEqual([]);
    expect(keys(session)).toEqual([]);
    off();
  });

  it('the wipe survives storage that throws', async () => {
    const { kiosk } = await kioskDevice();
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new Error('denied');
      },
      get sessionStorage(): Storage {
        throw new Error('denied');
      },
    });
    expect(() => kiosk.wipeVisit()).not.toThrow();
    expect(kiosk.storedAppKeys()).toEqual([]);
  });
});
