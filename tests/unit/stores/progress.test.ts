import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage, cleanupStores, loadStores } from '../../helpers/fake-storage';
import { emptyProgress, encodeProgress } from '../../../src/lib/progress/schema';

afterEach(() => {
  cleanupStores();
  vi.unstubAllGlobals();
});

describe('progress store', () => {
  it('saves each step seen under one versioned key', async () => {
    const local = new FakeStorage();
    const { progress } = await loadStores(local);
    const off = progress.progress.listen(() => {});
    progress.markStepSeen('akun/persiapan', 2, 6);
    off();
    const stored = JSON.parse(local.getItem('bp:progress')!);
    expect(stored.v).toBe(2);
    expect(stored.lessons['akun/persiapan']).toMatchObject({ furthestStep: 2, lastStep: 2 });
    expect(stored.last).toEqual({ at: 'step', id: 'akun/persiapan', step: 2 });
  });

  it('keeps corrupt data aside under another key, starts fresh and says so', async () => {
    const local = new FakeStorage();
    local.setItem('bp:progress', '{"v":1,"lessons":');
    const { progress } = await loadStores(local);
    expect(progress.progress.get()).toEqual(emptyProgress());
    expect(progress.progressNotice.get()).toBe('reset');
    const aside = [...local.data.keys()].filter((k) => k.startsWith('bp:progress:aside:'));
    expect(aside).toHaveLength(1);
    expect(local.getItem(aside[0]!)).toBe('{"v":1,"lessons":');
    // Only a valid (empty) progress may stand under the main key now.
    const main = local.getItem('bp:progress');
    if (main !== null) expect(JSON.parse(main)).toEqual(emptyProgress());
  });

  it('keeps data of an unknown version aside too', async () => {
    const local = new FakeStorage();
    const future = JSON.stringify({ v: 7, lessons: {}, checks: {}, last: null, somethingNew: [] });
    local.setItem('bp:progress', future);
    const { progress } = await loadStores(local);
    expect(progress.progressNotice.get()).toBe('reset');
    expect([...local.data.values()]).toContain(future);
  });

  it('works for the visit when storage throws on every write (quota, private mode)', async () => {
    const local = new FakeStorage();
    local.failWrites = true;
    const { progress, storage } = await loadStores(local);
    expect(storage.storageHealth.get()).toBe('unavailable');
    const off = progress.progress.listen(() => {});
    expect(() => progress.markStepSeen('akun/persiapan', 3, 6)).not.toThrow();
    expect(progress.progress.get().lessons['akun/persiapan']!.furthestStep).toBe(3);
    off();
  });

  it('works when reading storage throws (storage disabled)', async () => {
    const local = new FakeStorage();
    local.failReads = true;
    const { progress, storage } = await loadStores(local);
    expect(storage.storageHealth.get()).toBe('unavailable');
    expect(progress.progress.get()).toEqual(emptyProgress());
    expect(() => progress.saveQuizScore('akun/persiapan', 80)).not.toThrow();
  });

  it('works when there is no localStorage at all', async () => {
    const { progress, storage } = await loadStores(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.storageHealth.get()).toBe('unavailable');
    expect(() => progress.markStepSeen('akun/persiapan', 1, 6)).not.toThrow();
  });

  it('takes another tab’s write (last write wins) and never stores a corrupt value', async () => {
    const local = new FakeStorage();
    const { progress, otherTabWrites } = await loadStores(local);
    const off = progress.progress.listen(() => {});
    progress.markStepSeen('akun/persiapan', 1, 6);
    const theirs = { ...emptyProgress(), lessons: { 'akun/buat-akun': { furthestStep: 4, lastStep: 4, completed: false, quizBest: null, quizAttempts: 0, updatedAt: 5 } } };
    local.setItem('bp:progress', encodeProgress(theirs));
    otherTabWrites('bp:progress', encodeProgress(theirs));
    expect(progress.progress.get()).toEqual(theirs);
    progress.markStepSeen('akun/persiapan', 2, 6);
    const stored = JSON.parse(local.getItem('bp:progress')!);
    expect(Object.keys(stored.lessons).sort()).toEqual(['akun/buat-akun', 'akun/persiapan']);
    otherTabWrites('bp:progress', 'garbage{');
    expect(progress.progress.get()).toEqual(emptyProgress());
    expect([...local.data.values()]).toContain('garbage{');
    off();
  });

  it('"Hapus progres" resets to a newcomer', async () => {
    const local = new FakeStorage();
    const { progress } = await loadStores(local);
    const off = progress.progress.listen(() => {});
    progress.saveQuizScore('akun/persiapan', 100);
    progress.resetProgress();
    expect(progress.progress.get()).toEqual(emptyProgress());
    expect(JSON.parse(local.getItem('bp:progress')!)).toEqual(emptyProgress());
    off();
  });

  it('keeps a kiosk visit in sessionStorage, never in localStorage', async () => {
    const local = new FakeStorage();
    const session = new FakeStorage();
    const { progress, storage } = await loadStores(local, { session, kind: 'session' });
    expect(storage.storageKind).toBe('session');
    const off = progress.progress.listen(() => {});
    progress.markStepSeen('akun/persiapan', 2, 6);
    off();
    expect(local.data.size).toBe(0);
    expect(session.getItem('bp:progress')).not.toBeNull();
    expect(storage.appKeys()).toEqual(['bp:progress']);
  });
});

describe('simulator progress', () => {
  it('keeps only task ids, once each, and can start a simulator over', async () => {
    const local = new FakeStorage();
    const { progress } = await loadStores(local);
    const off = progress.progress.listen(() => {});
    progress.markSimTask('pendaftaran', 'buat-akun');
    progress.markSimTask('pendaftaran', 'buat-akun');
    progress.markSimTask('pendaftaran', 'verifikasi-email');
    expect(JSON.parse(local.getItem('bp:progress')!).sims).toEqual({ pendaftaran: { tasks: ['buat-akun', 'verifikasi-email'], updatedAt: expect.any(Number) } });
    progress.resetSimTasks('pendaftaran');
    expect(JSON.parse(local.getItem('bp:progress')!).sims).toEqual({});
    off();
  });
});
