/**
 * Fuzzing the progress code: 10,000 malformed or mutated codes (fixed seed), each tried the way the page will
 * try it — decode, and import only if it decoded — against the real progress store. Every one must be refused
 * with an error the page has words for, and must leave the learner's progress exactly as it was, down to the
 * stored string. Prints how many cases ran and how the errors were spread.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  CODE_ERRORS,
  decodeProgressCode,
  encodeProgressCode,
  formatProgressCode,
  normalizeProgressCode,
  withChecksum,
  type CodeError,
} from '../../../src/lib/progress/code';
import { CURRENT_LAYOUT as L, LAYOUTS } from '../../../src/lib/progress/code-layout';
import { emptyProgress, type Progress } from '../../../src/lib/progress/schema';
import { completeSimTask, recordCheck, recordQuiz, viewStep } from '../../../src/lib/progress/update';
import { FakeStorage, cleanupStores, loadStores, storedProgress } from '../../helpers/fake-storage';
import textId from '../../../src/components/transfer/text.id.json' with { type: 'json' };
import textEn from '../../../src/components/transfer/text.en.json' with { type: 'json' };

const RUNS = 10_000;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// ---------------------------------------------------------------------------------------------------------------
// Valid progress, made with the same actions learners use, over the layout's ids.

type Op = [kind: 'step' | 'quiz' | 'check' | 'sim', a: number, b: number, score: number];
const progressArb: fc.Arbitrary<Progress> = fc
  .array(
    fc.tuple(
      fc.constantFrom('step', 'quiz', 'check', 'sim'),
      fc.nat(),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 0, max: 100 }),
    ),
    { maxLength: 30 },
  )
  .map((ops: Op[]) => {
    let p = emptyProgress();
    for (const [kind, a, b, score] of ops) {
      const lesson = L.lessons[a % L.lessons.length]!;
      if (kind === 'step') p = viewStep(p, lesson, b, 8, 1);
      else if (kind === 'quiz') p = recordQuiz(p, lesson, score, 1);
      else if (kind === 'check') p = recordCheck(p, L.checks[a % L.checks.length]!, score, 1);
      else {
        const sim = L.sims[a % L.sims.length]!;
        p = completeSimTask(p, sim.id, sim.tasks[b % sim.tasks.length]!, 1);
      }
    }
    return p;
  });
const codeArb = progressArb.map(encodeProgressCode);

// ---------------------------------------------------------------------------------------------------------------
// Mutations. Each gives the text a person (or a broken scanner) could hand the page.

/** Characters a mutation may put in: code characters, look-alikes, separators, signs, non-Latin. */
const someChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ALPHABET) },
  { weight: 2, arbitrary: fc.constantFrom('U', 'O', 'I', 'L', 'o', 'i', 'l', 'u', 'a', 'z') },
  { weight: 1, arbitrary: fc.constantFrom('-', ' ', '\u2013', '*', '#', '=', '/', '.', '０', 'Ö', 'ı', 'ß', '\u200b') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const at = (s: string, i: number) => i % Math.max(1, s.length);
const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
/** How the text reaches decode: as typed, in small letters, in groups, inside an address. */
const dress = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => s,
  (s) => s.toLowerCase(),
  (s) => formatProgressCode(s),
  (s) => `https://belajar-prakerja.example/progres/#kode=${s}`,
  (s) => `#code=${s}`,
);

interface Case {
  kind: string;
  code: string;
  text: string;
}
const mutate = <T>(kind: string, extra: fc.Arbitrary<T>, fn: (code: string, x: T) => string): fc.Arbitrary<Case> =>
  fc.tuple(codeArb, extra, dress).map(([code, x, d]) => ({ kind, code, text: d(fn(code, x)) }));
const otherVersion = fc.integer({ min: 0, max: 31 }).filter((v) => LAYOUTS[v] === undefined);

const caseArb: fc.Arbitrary<Case> = fc.oneof(
  mutate('substitute 1', fc.tuple(fc.nat(), someChar), (c, [i, ch]) => replaceAt(c, at(c, i), ch)),
  mutate('substitute 2', fc.tuple(fc.nat(), fc.nat(), someChar, someChar), (c, [i, j, x, y]) =>
    replaceAt(replaceAt(c, at(c, i), x), at(c, j), y),
  ),
  mutate('swap neighbours', fc.nat(), (c, i) => {
    const k = at(c, i) % (c.length - 1);
    return c.slice(0, k) + c[k + 1] + c[k] + c.slice(k + 2);
  }),
  mutate('delete', fc.nat(), (c, i) => c.slice(0, at(c, i)) + c.slice(at(c, i) + 1)),
  mutate(
    'insert',
    fc.tuple(fc.nat(), someChar),
    (c, [i, ch]) => c.slice(0, i % (c.length + 1)) + ch + c.slice(i % (c.length + 1)),
  ),
  mutate('truncate', fc.nat(), (c, i) => c.slice(0, at(c, i))),
  mutate('append', fc.array(someChar, { minLength: 1, maxLength: 6 }), (c, xs) => c + xs.join('')),
  mutate('change version', fc.constantFrom(...ALPHABET), (c, v) => v + c.slice(1)),
  // A right checksum on a version this build does not know (a newer site's code).
  mutate('future version', otherVersion, (c, v) => withChecksum(ALPHABET[v]! + c.slice(1, -5))),
  // A right checksum on a payload cut short or with extra characters (a broken encoder, a forged code).
  mutate('payload cut, resealed', fc.integer({ min: 1, max: 40 }), (c, k) =>
    withChecksum(c.slice(0, Math.max(1, c.length - 5 - k))),
  ),
  mutate(
    'payload extended, resealed',
    fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }),
    (c, xs) => withChecksum(c.slice(0, -5) + xs.join('')),
  ),
  fc
    .tuple(codeArb, fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 60 }))
    .map(([code, text]) => ({ kind: 'random code characters', code, text })),
  fc
    .tuple(
      codeArb,
      fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
    )
    .map(([code, text]) => ({ kind: 'random unicode', code, text })),
  fc
    .tuple(codeArb, fc.integer({ min: 1_001, max: 50_000 }), fc.constantFrom('1', '0', 'Z', 'é', ' '))
    .map(([code, n, ch]) => ({ kind: 'very long', code, text: ch.repeat(n) })),
  fc
    .tuple(codeArb, fc.integer({ min: 2, max: 400 }))
    .map(([code, n]) => ({ kind: 'very long', code, text: code.repeat(n) })),
);

// ---------------------------------------------------------------------------------------------------------------

const byError = Object.fromEntries(CODE_ERRORS.map((e) => [e, 0])) as Record<CodeError, number>;
const byKind: Record<string, number> = {};
let ran = 0;
let skipped = 0;

let store: Awaited<ReturnType<typeof loadStores>>['progress'];
let local: FakeStorage;
let unlisten: () => void;

beforeAll(async () => {
  local = new FakeStorage();
  store = (await loadStores(local)).progress;
  unlisten = store.progress.listen(() => {});
});

afterAll(() => {
  unlisten();
  cleanupStores();
  vi.unstubAllGlobals();
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  console.log(
    `progress-code fuzz: ${ran} malformed codes tried, ${ran - Object.values(byError).reduce((a, b) => a + b, 0)} accepted; ` +
      `${skipped} mutations skipped (same code once normalised)\n  errors: ${list(byError)}\n  mutations: ${list(byKind)}`,
  );
});

describe('progress code under fuzzing', () => {
  it('refuses every malformed code with a message, and leaves stored progress untouched', () => {
    fc.assert(
      fc.property(caseArb, progressArb, (c, existing) => {
        // A mutation that is still the same code (a dash added, "0" typed as "O") is not a malformed code.
        if (normalizeProgressCode(c.text) === c.code) {
          skipped++;
          fc.pre(false);
        }
        ran++;
        byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;

        store.change(() => existing);
        const before = store.progress.get();
        const raw = local.getItem('bp:progress');
        expect(storedProgress(local)).toEqual(existing);

        // What the page does: decode; import only on success.
        const result = decodeProgressCode(c.text);
        if (result.ok) store.importProgress(result.progress);

        expect(result.ok, `${c.kind}: ${JSON.stringify(c.text.slice(0, 120))} from ${c.code}`).toBe(false);
        if (!result.ok) {
          byError[result.error]++;
          expect(textId[`error.${result.error}`].trim()).not.toBe('');
          expect(textEn[`error.${result.error}`].trim()).not.toBe('');
        }
        expect(store.progress.get()).toBe(before);
        expect(local.getItem('bp:progress')).toBe(raw);
      }),
      { numRuns: RUNS, seed: 20261128 },
    );
    expect(ran).toBe(RUNS);
    for (const error of CODE_ERRORS) expect(byError[error], error).toBeGreaterThan(0);
  }, 120_000);
});
