/**
 * One bad field never costs the learner the rest (review F5): stored progress is read entry by entry, every good
 * lesson, check and simulator entry is kept, and only what can't be read is reported (and, by the store, kept
 * aside). Progress codes keep the strict all-or-nothing rule (migrateProgress).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decodeProgress,
  migrateProgress,
  readAsideCopy,
  unreadableList,
  type Progress,
} from '../../../src/lib/progress/schema';
import { FakeStorage, cleanupStores, loadStores, storedProgress } from '../../helpers/fake-storage';

afterEach(() => {
  cleanupStores();
  vi.unstubAllGlobals();
});

const lesson = {
  furthestStep: 3,
  lastStep: 2,
  completed: false,
  quizBest: 60,
  quizAttempts: 1,
  updatedAt: 1700000000000,
};
const good: Progress = {
  v: 2,
  lessons: {
    'akun/persiapan': lesson,
    'akun/buat-akun': { ...lesson, furthestStep: 6, lastStep: 6, completed: true, quizBest: 100, quizAttempts: 3 },
  },
  checks: { akun: { best: 90, attempts: 2, updatedAt: 1700000000000 } },
  sims: { pendaftaran: { tasks: ['buat-akun', 'verifikasi-email'], updatedAt: 1700000000000 } },
  last: { at: 'step', id: 'akun/persiapan', step: 2 },
};

const tasks51 = Array.from({ length: 51 }, (_, i) => `t${i}`);
/** Each kind of bad field: the raw record (good parts plus one bad one), what the report lists, and the part that goes aside. */
const cases: { name: string; raw: string; lists: string[]; badText: string; lastGone?: boolean }[] = [
  {
    name: 'unknown upper-case lesson id',
    raw: JSON.stringify({ ...good, lessons: { ...good.lessons, 'Akun/Persiapan': lesson } }),
    lists: ['lessons.Akun/Persiapan'],
    badText: '"Akun/Persiapan"',
  },
  {
    name: 'quizBest 101',
    raw: JSON.stringify({ ...good, lessons: { ...good.lessons, 'aman/saluran-resmi': { ...lesson, quizBest: 101 } } }),
    lists: ['lessons.aman/saluran-resmi'],
    badText: '"quizBest":101',
  },
  {
    name: 'furthestStep 1e9',
    raw: JSON.stringify({
      ...good,
      lessons: { ...good.lessons, 'aman/saluran-resmi': { ...lesson, furthestStep: 1e9 } },
    }),
    lists: ['lessons.aman/saluran-resmi'],
    badText: '"furthestStep":1000000000',
  },
  {
    name: 'lastStep > furthestStep',
    raw: JSON.stringify({ ...good, lessons: { ...good.lessons, 'aman/saluran-resmi': { ...lesson, lastStep: 5 } } }),
    lists: ['lessons.aman/saluran-resmi'],
    badText: '"lastStep":5',
  },
  {
    name: 'updatedAt below zero',
    raw: JSON.stringify({ ...good, checks: { ...good.checks, aman: { best: 50, attempts: 1, updatedAt: -1 } } }),
    lists: ['checks.aman'],
    badText: '"updatedAt":-1',
  },
  {
    name: 'last.step 0',
    raw: JSON.stringify({ ...good, last: { at: 'step', id: 'akun/persiapan', step: 0 } }),
    lists: ['last'],
    badText: '"step":0',
    lastGone: true,
  },
  {
    name: '__proto__ key',
    raw: JSON.stringify(good).replace(
      '"lessons":{',
      '"lessons":{"__proto__":{"furthestStep":1,"lastStep":1,"completed":false,"quizBest":null,"quizAttempts":0,"updatedAt":0},',
    ),
    lists: ['lessons.__proto__'],
    badText: '"__proto__"',
  },
  {
    name: 'constructor key',
    raw: JSON.stringify({ ...good, checks: { ...good.checks, constructor: { best: 10, attempts: 1, updatedAt: 1 } } }),
    lists: ['checks.constructor'],
    badText: '"constructor"',
  },
  {
    name: 'simulator with 51 tasks',
    raw: JSON.stringify({ ...good, sims: { ...good.sims, saldo: { tasks: tasks51, updatedAt: 1 } } }),
    lists: ['sims.saldo'],
    badText: '"t50"',
  },
  {
    name: 'simulator task typed text',
    raw: JSON.stringify({ ...good, sims: { ...good.sims, saldo: { tasks: ['NIK 3171…'], updatedAt: 1 } } }),
    lists: ['sims.saldo'],
    badText: 'NIK 3171',
  },
  {
    name: 'check score as text',
    raw: JSON.stringify({ ...good, checks: { ...good.checks, aman: { best: 'a', attempts: 1, updatedAt: 1 } } }),
    lists: ['checks.aman'],
    badText: '"best":"a"',
  },
  {
    name: 'lessons not an object',
    raw: JSON.stringify({ ...good, lessons: [1, 2] }),
    lists: ['lessons'],
    badText: '"lessons":[1,2]',
  },
  {
    name: 'several bad fields at once',
    raw: JSON.stringify({
      ...good,
      lessons: { ...good.lessons, X: lesson, 'aman/saluran-resmi': { ...lesson, quizBest: 50, quizAttempts: 0 } },
      last: { at: 'elsewhere', id: 'akun' },
    }),
    lists: ['lessons.X', 'lessons.aman/saluran-resmi', 'last'],
    badText: '"elsewhere"',
    lastGone: true,
  },
];

describe('decodeProgress keeps every good part', () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = decodeProgress(c.raw);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // Every good part is kept, exactly; a bad `last` becomes null.
      expect(result.progress).toEqual(
        c.name === 'lessons not an object'
          ? { ...good, lessons: {} }
          : { ...good, last: c.lastGone ? null : good.last },
      );
      // The report lists the bad part, and only it…
      expect(unreadableList(result.unreadable!)).toEqual(c.lists);
      // …and holds it as it was, ready to be kept aside.
      expect(JSON.stringify(result.unreadable)).toContain(c.badText);
      // Strict reading (progress codes) still rejects the whole record.
      expect(migrateProgress(JSON.parse(c.raw))).toEqual({ ok: false, reason: 'corrupt' });
    });
  }
});

describe('the store keeps the good parts under the main key and sets aside only the bad part', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const local = new FakeStorage();
      local.setItem('bp:progress', c.raw);
      const { progress } = await loadStores(local);
      const expected =
        c.name === 'lessons not an object'
          ? { ...good, lessons: {} }
          : { ...good, last: c.lastGone ? null : good.last };
      expect(progress.progress.get()).toEqual(expected);
      expect(progress.progressNotice.get()).toBe('reset');
      expect(storedProgress(local)).toEqual(expected);
      const asideKeys = [...local.data.keys()].filter((k) => k.startsWith('bp:progress:aside:'));
      expect(asideKeys).toHaveLength(1);
      expect(asideKeys[0]).toMatch(/^bp:progress:aside:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const aside = local.getItem(asideKeys[0]!)!;
      expect(aside).toContain(c.badText);
      // Only the unreadable part went aside: no good lesson is in the copy.
      expect(aside).not.toContain('"akun/buat-akun"');
      expect(Object.keys(readAsideCopy(aside)?.lessons ?? {})).not.toContain('akun/buat-akun');
      // Nothing more happens on the next load.
      const again = await loadStores(local);
      expect(again.progress.progressNotice.get()).toBeNull();
      expect([...local.data.keys()].filter((k) => k.startsWith('bp:progress:aside:'))).toHaveLength(1);
    });
  }
});

describe('readAsideCopy', () => {
  it('reads whole records of older builds, and the entries of a newer version this build understands', () => {
    expect(readAsideCopy(JSON.stringify(good))).toEqual(good);
    const future = JSON.stringify({
      ...good,
      v: 3,
      lessons: { ...good.lessons, 'Akun/X': lesson },
      extra: { newThing: 1 },
    });
    expect(readAsideCopy(future)).toEqual(good);
    for (const raw of [undefined, '', '{', 'null', '[]', '{"v":"x"}']) expect(readAsideCopy(raw)).toBeNull();
  });
});
