import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeProgress,
  emptyProgress,
  encodeProgress,
  migrateProgress,
  PROGRESS_VERSION,
  unreadableList,
  type Progress,
} from '../../../src/lib/progress/schema';

const lesson = {
  furthestStep: 3,
  lastStep: 2,
  completed: false,
  quizBest: 60,
  quizAttempts: 1,
  updatedAt: 1700000000000,
};
const valid: Progress = {
  v: 2,
  lessons: { 'akun/persiapan': lesson },
  checks: { akun: { best: 90, attempts: 2, updatedAt: 1700000000000 } },
  sims: { pendaftaran: { tasks: ['buat-akun', 'verifikasi-email'], updatedAt: 1700000000000 } },
  last: { at: 'step', id: 'akun/persiapan', step: 2 },
};

describe('decodeProgress', () => {
  it('reads nothing stored as a newcomer', () => {
    for (const raw of [undefined, null, ''])
      expect(decodeProgress(raw)).toEqual({ ok: true, progress: emptyProgress() });
  });

  it('round-trips valid progress', () => {
    expect(decodeProgress(encodeProgress(valid))).toEqual({ ok: true, progress: valid });
  });

  it('rejects corrupt JSON', () => {
    for (const raw of ['{', 'undefined', '{"v":1,"lessons":', 'NaN', '\u0000'])
      expect(decodeProgress(raw)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('rejects valid JSON that is not a progress record at all', () => {
    const bad: unknown[] = [
      null,
      42,
      'text',
      [],
      true,
      { v: '1', lessons: {}, checks: {}, last: null },
      { v: 0, lessons: {}, checks: {}, last: null },
      { v: 1.5, lessons: {}, checks: {}, last: null },
      { lessons: {} },
    ];
    for (const value of bad)
      expect(decodeProgress(JSON.stringify(value)), JSON.stringify(value)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('reads a record with a missing field as empty there (nothing to keep aside)', () => {
    expect(decodeProgress(JSON.stringify({ v: 2, lessons: {}, checks: {}, last: null }))).toEqual({
      ok: true,
      progress: emptyProgress(),
    });
  });

  it('reads __proto__ and constructor keys as unreadable, without polluting prototypes', () => {
    const raws = [
      '{"v":1,"lessons":{"__proto__":{"furthestStep":1,"lastStep":1,"completed":false,"quizBest":null,"quizAttempts":0,"updatedAt":0}},"checks":{},"last":null}',
      '{"v":1,"lessons":{},"checks":{"__proto__":{"best":null,"attempts":0,"updatedAt":0}},"last":null}',
      '{"v":1,"lessons":{},"checks":{"constructor":{"best":null,"attempts":0,"updatedAt":0}},"last":null}',
      '{"__proto__":{"polluted":true},"v":1,"lessons":{},"checks":{},"last":null}',
    ];
    const expected = [['lessons.__proto__'], ['checks.__proto__'], ['checks.constructor']];
    for (const [i, raw] of raws.slice(0, 3).entries()) {
      const result = decodeProgress(raw);
      expect(result.ok && result.progress).toEqual(emptyProgress());
      expect(result.ok && result.unreadable && unreadableList(result.unreadable)).toEqual(expected[i]);
      // The aside copy holds the bad entry as it was, as an own key.
      if (result.ok && result.unreadable)
        expect(JSON.stringify(result.unreadable)).toContain(expected[i]![0]!.split('.')[1]);
    }
    const last = decodeProgress(raws[3]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (last.ok) expect(Object.getPrototypeOf(last.progress)).toBe(Object.prototype);
  });

  it('sets aside a version this build does not know', () => {
    expect(PROGRESS_VERSION).toBe(2);
    expect(decodeProgress(JSON.stringify({ ...valid, v: 3 }))).toEqual({ ok: false, reason: 'version' });
    expect(decodeProgress(JSON.stringify({ ...valid, v: 99 }))).toEqual({ ok: false, reason: 'version' });
  });

  it('never throws and never returns a half-valid value, whatever the string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const result = decodeProgress(raw);
          if (result.ok)
            expect(decodeProgress(encodeProgress(result.progress))).toEqual({ ok: true, progress: result.progress });
          else expect(['corrupt', 'version']).toContain(result.reason);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips every valid progress (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/);
    const lessonArb = fc
      .record({
        furthestStep: fc.integer({ min: 0, max: 100 }),
        back: fc.integer({ min: 0, max: 100 }),
        completed: fc.boolean(),
        quizBest: fc.option(fc.integer({ min: 0, max: 100 })),
        quizAttempts: fc.integer({ min: 1, max: 50 }),
        updatedAt: fc.nat(),
      })
      .map(({ back, ...l }) => ({ ...l, lastStep: Math.max(0, l.furthestStep - back) }));
    const progressArb = fc.record({
      v: fc.constant(2 as const),
      lessons: fc
        .dictionary(
          fc.tuple(id, id).map(([m, l]) => `${m}/${l}`),
          lessonArb,
        )
        .map((d) => ({ ...d })),
      checks: fc
        .dictionary(
          id,
          fc.record({
            best: fc.option(fc.integer({ min: 0, max: 100 })),
            attempts: fc.integer({ min: 1, max: 9 }),
            updatedAt: fc.nat(),
          }),
        )
        .map((d) => ({ ...d })),
      sims: fc
        .dictionary(id, fc.record({ tasks: fc.uniqueArray(id, { maxLength: 6 }), updatedAt: fc.nat() }))
        .map((d) => ({ ...d })),
      last: fc.constant(null),
    });
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(decodeProgress(encodeProgress(p))).toEqual({ ok: true, progress: p });
      }),
    );
  });
});

describe('migrateProgress', () => {
  it('accepts the current version as is', () => {
    expect(migrateProgress(valid)).toEqual({ ok: true, progress: valid });
  });
  it('brings version 1 (before simulators) to version 2 without losing anything', () => {
    const { sims: _sims, ...rest } = valid;
    const v1 = { ...rest, v: 1 };
    expect(migrateProgress(v1)).toEqual({ ok: true, progress: { ...valid, sims: {} } });
    expect(decodeProgress(JSON.stringify(v1))).toEqual({ ok: true, progress: { ...valid, sims: {} } });
  });
  it('still rejects a corrupt version 1 after migrating it', () => {
    expect(migrateProgress({ v: 1, lessons: { x: 1 }, checks: {}, last: null })).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});
