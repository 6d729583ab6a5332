import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage, cleanupStores, loadStores, storedProgress } from '../../helpers/fake-storage';
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
    if (main !== null) expect(storedProgress(local)).toEqual(emptyProgress());
  });

  it('never writes over a newer version: reads it as it is, becomes read-only and says to reload', async () => {
    const local = new FakeStorage();
    const future = JSON.stringify({ v: 7, lessons: {}, checks: {}, last: null, somethingNew: [] });
    local.setItem('bp:progress', future);
    const { progress } = await loadStores(local);
    expect(progress.progressNotice.get()).toBe('newer');
    expect(progress.progressReadOnly()).toBe(true);
    progress.markStepSeen('akun/persiapan', 2, 6);
    progress.resetProgress();
    progress.saveQuizScore('akun/persiapan', 80);
    // This tab's changes are kept in memory only…
    expect(progress.progress.get().lessons['akun/persiapan']!.quizBest).toBe(80);
    // …and storage holds exactly the newer record, nothing set aside.
    expect([...local.data.entries()]).toEqual([['bp:progress', future]]);
  });

  it('becomes read-only when another tab stores a newer version, keeping this tab’s progress on screen', async () => {
    const local = new FakeStorage();
    const { progress, otherTabWrites } = await loadStores(local);
    progress.markStepSeen('akun/persiapan', 3, 6);
    const v3 = JSON.stringify({ v: 3, lessons: { 'akun/persiapan': { furthestStep: 6 } }, whatever: true });
    for (let i = 0; i < 5; i++) {
      local.setItem('bp:progress', v3);
      otherTabWrites('bp:progress', v3);
      progress.markStepSeen('akun/persiapan', 4, 6);
      expect(local.getItem('bp:progress')).toBe(v3);
    }
    expect(progress.progressNotice.get()).toBe('newer');
    expect(progress.progress.get().lessons['akun/persiapan']!.furthestStep).toBe(4);
    expect([...local.data.keys()]).toEqual(['bp:progress']);
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

  it('builds every change on what storage holds now (another tab’s write is kept) and never writes over unread data', async () => {
    const local = new FakeStorage();
    const { progress, otherTabWrites } = await loadStores(local);
    progress.markStepSeen('akun/persiapan', 1, 6);
    const theirs = {
      ...emptyProgress(),
      lessons: {
        'akun/buat-akun': {
          furthestStep: 4,
          lastStep: 4,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 5,
        },
      },
    };
    // Another tab wrote, and its storage event has not arrived yet: the change still builds on it.
    local.setItem('bp:progress', encodeProgress(theirs));
    progress.markStepSeen('akun/persiapan', 2, 6);
    let stored = JSON.parse(local.getItem('bp:progress')!);
    expect(Object.keys(stored.lessons).sort()).toEqual(['akun/buat-akun', 'akun/persiapan']);
    // Garbage from another tab is shown as nothing readable, and not touched by reading…
    local.setItem('bp:progress', 'garbage{');
    otherTabWrites('bp:progress', 'garbage{');
    expect(progress.progress.get()).toEqual(emptyProgress());
    expect(local.getItem('bp:progress')).toBe('garbage{');
    // …the next change keeps it aside before writing.
    progress.markStepSeen('akun/persiapan', 3, 6);
    expect([...local.data.values()]).toContain('garbage{');
    stored = JSON.parse(local.getItem('bp:progress')!);
    expect(stored.lessons['akun/persiapan'].furthestStep).toBe(3);
    // Storage that can't be read is never written over.
    local.failReads = true;
    progress.markStepSeen('akun/persiapan', 5, 6);
    local.failReads = false;
    expect(JSON.parse(local.getItem('bp:progress')!).lessons['akun/persiapan'].furthestStep).toBe(3);
  });

  it('reads a full storage (quota): progress is shown, new changes stay in memory', async () => {
    const local = new FakeStorage();
    const saved = {
      ...emptyProgress(),
      lessons: {
        'akun/buat-akun': {
          furthestStep: 4,
          lastStep: 4,
          completed: false,
          quizBest: 70,
          quizAttempts: 1,
          updatedAt: 5,
        },
      },
    };
    local.setItem('bp:progress', encodeProgress(saved));
    local.failWrites = true;
    const { progress, storage } = await loadStores(local);
    expect(storage.storageHealth.get()).toBe('unavailable');
    expect(progress.progress.get()).toEqual(saved);
    progress.markStepSeen('akun/persiapan', 2, 6);
    expect(progress.progress.get().lessons['akun/persiapan']!.furthestStep).toBe(2);
    expect(progress.progress.get().lessons['akun/buat-akun']!.quizBest).toBe(70);
    expect(local.getItem('bp:progress')).toBe(encodeProgress(saved));
  });

  it('with Web Locks: shows a change at once and writes it when the lock is granted, in order', async () => {
    const local = new FakeStorage();
    const queue: (() => void)[] = [];
    const locks = { request: (_name: string, fn: () => void) => (queue.push(fn), Promise.resolve()) };
    const { progress } = await loadStores(local, { locks });
    progress.markStepSeen('akun/persiapan', 2, 6);
    progress.saveQuizScore('akun/persiapan', 50);
    expect(progress.progress.get().lessons['akun/persiapan']).toMatchObject({ furthestStep: 2, quizBest: 50 });
    expect(local.getItem('bp:progress')).toBeNull();
    queue.shift()!();
    expect(JSON.parse(local.getItem('bp:progress')!).lessons['akun/persiapan']).toMatchObject({
      furthestStep: 2,
      quizBest: null,
    });
    expect(progress.progress.get().lessons['akun/persiapan']).toMatchObject({ furthestStep: 2, quizBest: 50 });
    queue.shift()!();
    expect(JSON.parse(local.getItem('bp:progress')!).lessons['akun/persiapan']).toMatchObject({
      furthestStep: 2,
      quizBest: 50,
      quizAttempts: 1,
    });
  });

  it('"Hapus progres" resets to a newcomer, in other tabs too', async () => {
    const local = new FakeStorage();
    const { progress } = await loadStores(local);
    progress.saveQuizScore('akun/persiapan', 100);
    const other = await loadStores(local);
    expect(other.progress.progress.get().lessons['akun/persiapan']!.quizBest).toBe(100);
    progress.resetProgress();
    expect(progress.progress.get()).toEqual(emptyProgress());
    expect(storedProgress(local)).toEqual(emptyProgress());
    other.otherTabWrites('bp:progress', local.getItem('bp:progress'));
    expect(other.progress.progress.get()).toEqual(emptyProgress());
    // The other tab's next change builds on the reset, not on what it showed before.
    other.progress.markStepSeen('akun/buat-akun', 1, 6);
    expect(Object.keys(JSON.parse(local.getItem('bp:progress')!).lessons)).toEqual(['akun/buat-akun']);
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
    expect(JSON.parse(local.getItem('bp:progress')!).sims).toEqual({
      pendaftaran: { tasks: ['buat-akun', 'verifikasi-email'], updatedAt: expect.any(Number) },
    });
    progress.resetSimTasks('pendaftaran');
    expect(JSON.parse(local.getItem('bp:progress')!).sims).toEqual({});
    off();
  });
});
