/**
 * Fuzzing what storage can hand back, and the store under storage faults. Every run prints how many cases it
 * tried; a failure prints the smallest input that breaks the rule.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from '../../../src/lib/progress/schema';
import { viewStep, recordQuiz, recordCheck } from '../../../src/lib/progress/update';
import { FakeStorage, cleanupStores, loadStores } from '../../helpers/fake-storage';

const counts: Record<string, number> = {};
const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `fuzz: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; ${total} cases tried`,
  );
});
afterEach(() => {
  cleanupStores();
  vi.unstubAllGlobals();
});

const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6})?$/);
const lessonId = fc.tuple(id, id).map(([m, l]) => `${m}/${l}`);
const validProgress: fc.Arbitrary<Progress> = fc
  .array(
    fc.tuple(
      lessonId,
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 1, max: 8 }),
      fc.option(fc.integer({ min: 0, max: 100 })),
      fc.nat({ max: 2e12 }),
    ),
    { maxLength: 6 },
  )
  .chain((ops) =>
    fc.array(fc.tuple(id, fc.integer({ min: 0, max: 100 })), { maxLength: 3 }).map((checks) => {
      let p = emptyProgress();
      for (const [lid, step, steps, score, now] of ops) {
        p = viewStep(p, lid, step, Math.max(step, steps), now);
        if (score !== null) p = recordQuiz(p, lid, score, now);
      }
      for (const [mid, score] of checks) p = recordCheck(p, mid, score, 1);
      return p;
    }),
  );

/** Any JSON value, with some keys that attack prototypes. */
const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'v',
  'lessons',
  'checks',
  'last',
  'akun/persiapan',
);
const nastyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.dictionary(fc.oneof(nastyKey, fc.string()), tie('value'), { maxKeys: 4 }),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value;

/** Replaces one field somewhere in a valid object with a random value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (!path.length || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (!keys.length) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...value };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

function check(raw: string, counter: string) {
  count(counter);
  const result = decodeProgress(raw);
  if (result.ok) {
    // Valid progress only: it survives a round trip unchanged (what could not be read is reported apart).
    expect(decodeProgress(encodeProgress(result.progress))).toEqual({ ok: true, progress: result.progress });
  } else {
    expect(['corrupt', 'version']).toContain(result.reason);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('decodeProgress under fuzzing', () => {
  it('any string: valid progress or set aside, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => check(raw, 'strings')),
      { numRuns: 10_000 },
    );
  });
  it('any JSON value (with prototype-attacking keys)', () => {
    fc.assert(
      fc.property(nastyJson, (value) => check(JSON.stringify(value) ?? 'null', 'json')),
      { numRuns: 10_000 },
    );
  });
  it('valid progress with one field replaced by anything', () => {
    fc.assert(
      fc.property(
        validProgress,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.jsonValue(),
        (p, path, replacement) => check(JSON.stringify(mutate(p, path, replacement)), 'mutations'),
      ),
      { numRuns: 5_000 },
    );
  });
  it('valid progress cut short (a partial write) is never accepted as different progress', () => {
    fc.assert(
      fc.property(validProgress, fc.nat(), (p, at) => {
        const text = encodeProgress(p);
        const cut = text.slice(0, at % text.length);
        check(cut, 'truncations');
        const result = decodeProgress(cut);
        if (result.ok) expect(result.progress).toEqual(emptyProgress());
      }),
      { numRuns: 3_000 },
    );
  });
  it('round trip is the identity for every valid progress', () => {
    fc.assert(
      fc.property(validProgress, (p) => {
        count('round trips');
        expect(decodeProgress(encodeProgress(p))).toEqual({ ok: true, progress: p });
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('the progress store under storage faults', () => {
  type Op =
    | { kind: 'step'; lesson: string; step: number }
    | { kind: 'quiz'; lesson: string; score: number }
    | { kind: 'quota'; on: boolean }
    | { kind: 'disabled'; on: boolean }
    | { kind: 'otherTab'; value: string }
    | { kind: 'clock'; now: number }
    | { kind: 'reset' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('step' as const),
        lesson: lessonId,
        step: fc.integer({ min: 1, max: 8 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('quiz' as const),
        lesson: lessonId,
        score: fc.integer({ min: 0, max: 100 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('quota' as const), on: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('disabled' as const), on: fc.boolean() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('otherTab' as const),
        value: fc.oneof(
          validProgress.map(encodeProgress),
          fc.string(),
          nastyJson.map((v) => JSON.stringify(v) ?? ''),
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('clock' as const),
        now: fc.oneof(fc.nat({ max: 2e12 }), fc.constant(0)),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  );

  it('never throws, never stores anything unreadable, never lowers what was reached while storage works', async () => {
    // (A newer version stored by "another tab" is never written over: the store is then read-only.)
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        count('store sequences');
        const local = new FakeStorage();
        const { progress, otherTabWrites } = await loadStores(local);
        const off = progress.progress.listen(() => {});
        try {
          for (const o of ops) {
            switch (o.kind) {
              case 'step':
                progress.markStepSeen(o.lesson, o.step, 8);
                expect(progress.progress.get().lessons[o.lesson]!.furthestStep).toBeGreaterThanOrEqual(o.step);
                break;
              case 'quiz': {
                const before = progress.progress.get().lessons[o.lesson]?.quizBest ?? 0;
                progress.saveQuizScore(o.lesson, o.score);
                expect(progress.progress.get().lessons[o.lesson]!.quizBest).toBe(Math.max(before, o.score));
                break;
              }
              case 'quota':
                local.failWrites = o.on;
                break;
              case 'disabled':
                local.failReads = o.on;
                break;
              case 'otherTab':
                if (!local.failWrites) {
                  local.data.set('bp:progress', o.value);
                  otherTabWrites('bp:progress', o.value);
                }
                break;
              case 'clock':
                vi.spyOn(Date, 'now').mockReturnValue(o.now);
                break;
              case 'reset':
                progress.resetProgress();
                break;
            }
            // The store always holds valid progress…
            expect(decodeProgress(encodeProgress(progress.progress.get())).ok).toBe(true);
            // …and after a change, what is under the main key is fully readable (another tab's garbage was set
            // aside first), unless this tab could not write or is read-only because a newer version is stored.
            const stored = local.data.get('bp:progress');
            const wrote = ['step', 'quiz', 'reset'].includes(o.kind) && !local.failWrites && !local.failReads;
            if (stored !== undefined && wrote) {
              const decoded = decodeProgress(stored);
              if (progress.progressReadOnly()) expect(decoded).toEqual({ ok: false, reason: 'version' });
              else expect(decoded.ok && !decoded.unreadable).toBe(true);
            }
          }
        } finally {
          off();
          vi.restoreAllMocks();
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
