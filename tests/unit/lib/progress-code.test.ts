import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  CODE_ERRORS,
  codeFragment,
  decodeProgressCode,
  encodeProgressCode,
  formatProgressCode,
  MAX_CODE_LENGTH,
  normalizeProgressCode,
  readCodeFragment,
  withChecksum,
  type CodeError,
} from '../../../src/lib/progress/code';
import { CURRENT_LAYOUT, LAYOUTS } from '../../../src/lib/progress/code-layout';
import { importSummary, mergeProgress, progressProjection } from '../../../src/lib/progress/merge';
import {
  decodeProgress,
  emptyProgress,
  encodeProgress,
  type CheckProgress,
  type LessonProgress,
  type Progress,
} from '../../../src/lib/progress/schema';
import { recordCheck, recordQuiz, viewStep, completeSimTask } from '../../../src/lib/progress/update';
import { buildCatalog, toOutline } from '../../../src/lib/content/catalog';
import { SIMULATORS } from '../../../src/lib/simulators';
import { TASKS as PENDAFTARAN } from '../../../src/lib/simulators/pendaftaran/machine';
import { TASKS as PELATIHAN } from '../../../src/lib/simulators/pelatihan/machine';
import { TASKS as SALDO } from '../../../src/lib/simulators/saldo/machine';
import { loadContent } from '../../helpers/content-files';
import { FakeStorage, cleanupStores, loadStores, storedProgress } from '../../helpers/fake-storage';
import textId from '../../../src/components/transfer/text.id.json' with { type: 'json' };
import textEn from '../../../src/components/transfer/text.en.json' with { type: 'json' };

const outline = toOutline(buildCatalog(loadContent().input));
const courseLessons = outline.modules.flatMap((m) => m.lessons);
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// ---------------------------------------------------------------------------------------------------------------
// Progress as learners make it, and as fast-check makes it (any valid progress over the layout's ids).

/** A learner who read the first `n` lessons to the end and passed each quiz (at `score`, after `attempts`). */
function learner(n: number, score = 100, attempts = 1): Progress {
  let p = emptyProgress();
  for (const l of courseLessons.slice(0, n)) {
    for (let s = 1; s <= l.steps; s++) p = viewStep(p, l.id, s, l.steps, 1);
    for (let a = 0; a < attempts; a++) p = recordQuiz(p, l.id, score, 1);
  }
  return p;
}

const L = CURRENT_LAYOUT;
/** Frozen layout-2 codes (two lessons read; everything done), written down once like codes on paper. */
const V2_TWO = '2NYGVF8800000010G25RJ3';
const V2_ALL =
  '2QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9XNXNXNXNXNXNZZZZZXR9MGY';
const step = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 100 }));
const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1_000_000 }));
const score = fc.option(fc.integer({ min: 0, max: 100 }));
const lessonArb: fc.Arbitrary<LessonProgress> = fc
  .record({
    furthestStep: step,
    back: step,
    completed: fc.boolean(),
    quizBest: score,
    attempts: count,
    updatedAt: fc.nat(),
  })
  .map(({ back, attempts, ...l }) => ({
    ...l,
    lastStep: Math.max(0, l.furthestStep - back),
    quizAttempts: l.quizBest !== null ? Math.max(1, attempts) : attempts,
  }));
const checkArb: fc.Arbitrary<CheckProgress> = fc
  .record({ best: score, attempts: count, updatedAt: fc.nat() })
  .map((c) => ({ ...c, attempts: c.best !== null ? Math.max(1, c.attempts) : c.attempts }));
const lastArb = fc.oneof(
  fc.constant(null),
  fc.record({
    at: fc.constant('step' as const),
    id: fc.constantFrom(...L.lessons),
    step: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 100 })),
  }),
  fc.record({ at: fc.constant('quiz' as const), id: fc.constantFrom(...L.lessons) }),
  fc.record({ at: fc.constant('check' as const), id: fc.constantFrom(...L.checks) }),
);
/** Any valid progress whose ids are all in the current layout. */
const progressArb: fc.Arbitrary<Progress> = fc.record({
  v: fc.constant(2 as const),
  lessons: fc.array(fc.tuple(fc.constantFrom(...L.lessons), lessonArb)).map((e) => Object.fromEntries(e)),
  checks: fc.array(fc.tuple(fc.constantFrom(...L.checks), checkArb)).map((e) => Object.fromEntries(e)),
  sims: fc
    .array(
      fc.constantFrom(...L.sims).chain((s) => fc.tuple(fc.constant(s.id), fc.shuffledSubarray([...s.tasks]), fc.nat())),
    )
    .map((e) => Object.fromEntries(e.map(([id, tasks, updatedAt]) => [id, { tasks, updatedAt }]))),
  last: lastArb,
});

/** Progress with ids from anywhere (for merging, which does not care about the layout). */
const anyId = fc.stringMatching(/^[a-z]{1,3}$/);
const anyProgressArb: fc.Arbitrary<Progress> = fc.record({
  v: fc.constant(2 as const),
  lessons: fc
    .dictionary(
      fc.oneof(
        fc.constantFrom(...L.lessons.slice(0, 4)),
        fc.tuple(anyId, anyId).map(([a, b]) => `${a}/${b}`),
      ),
      lessonArb,
      { maxKeys: 6 },
    )
    .map((d) => ({ ...d })),
  checks: fc.dictionary(fc.oneof(fc.constantFrom(...L.checks), anyId), checkArb, { maxKeys: 4 }).map((d) => ({ ...d })),
  sims: fc
    .dictionary(
      fc.constantFrom('pendaftaran', 'saldo', 'baru'),
      fc.record({
        tasks: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'buat-akun', 'masuk'), { maxLength: 5 }),
        updatedAt: fc.nat(),
      }),
      { maxKeys: 3 },
    )
    .map((d) => ({ ...d })),
  last: lastArb,
});

const decoded = (text: string): Progress => {
  const result = decodeProgressCode(text);
  if (!result.ok) throw new Error(`"${text}" did not decode: ${result.error}`);
  return result.progress;
};
const errorOf = (text: string): CodeError | 'ok' => {
  const result = decodeProgressCode(text);
  return result.ok ? 'ok' : result.error;
};

/** A code of the current layout built bit by bit: its version + the bits (padded) + checksum. Spaces in `bits` are for reading. */
function fromBits(bits: string, version = String(CURRENT_LAYOUT.version)): string {
  const b = bits.replace(/ /g, '');
  let body = version;
  for (let i = 0; i < b.length; i += 5) body += ALPHABET[parseInt(b.slice(i, i + 5).padEnd(5, '0'), 2)];
  return withChecksum(body);
}
const NO_LESSONS = '0'.repeat(L.lessons.length);
const NO_CHECKS = '0'.repeat(L.checks.length);
const NO_SIMS = '0'.repeat(L.sims.length);

// ---------------------------------------------------------------------------------------------------------------

describe('progress code: round trip', () => {
  it('a newcomer has a 15-character code that decodes to a newcomer', () => {
    const code = encodeProgressCode(emptyProgress());
    expect(code).toBe('2000000000PE2F7');
    expect(code[0]).toBe('2');
    expect(decodeProgressCode(code)).toEqual({ ok: true, progress: emptyProgress() });
    // A newcomer's code from before the course grew (layout 1) still reads as a newcomer.
    expect(decodeProgressCode('10000000TYJNS')).toEqual({ ok: true, progress: emptyProgress() });
  });

  it('codes already handed out keep meaning the same progress (format and layouts 1 and 2 are frozen)', () => {
    // Literal progress (not the content's step counts), so only a change of the format or layout fails here.
    const done = (steps: number, quizBest: number): LessonProgress => ({
      furthestStep: steps,
      lastStep: steps,
      completed: true,
      quizBest,
      quizAttempts: 1,
      updatedAt: 0,
    });
    const two: Progress = {
      ...emptyProgress(),
      lessons: { 'kenali/apa-itu': done(5, 80), 'kenali/manfaat': done(6, 80) },
      last: { at: 'quiz', id: 'kenali/manfaat' },
    };
    // Layout 1 (24 lessons, 5 checks): codes printed before issue 14 decode to the same progress.
    expect(decoded('1nyg-vf88-0000-042b-592f')).toEqual(two);
    const v1 = LAYOUTS[1]!;
    const allOf = (layout: typeof v1, lastCheck: string): Progress => ({
      v: 2,
      lessons: Object.fromEntries(layout.lessons.map((id) => [id, done(7, 100)])),
      checks: Object.fromEntries(layout.checks.map((id) => [id, { best: 90, attempts: 1, updatedAt: 0 }])),
      sims: Object.fromEntries(layout.sims.map((s) => [s.id, { tasks: [...s.tasks], updatedAt: 0 }])),
      last: { at: 'check', id: lastCheck },
    });
    expect(
      decoded('1QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKFY9QZ4VZJDZS6ZWKVBVBVBVBVBZZZZZR7VPJ7'),
    ).toEqual(allOf(v1, 'aman'));
    // Layout 2 (30 lessons, 6 checks), the current one.
    const twoCode = encodeProgressCode(two);
    expect(twoCode).toBe(V2_TWO);
    expect(decoded(twoCode)).toEqual(two);
    const all = allOf(L, 'masalah');
    expect(encodeProgressCode(all)).toBe(V2_ALL);
    expect(decoded(V2_ALL)).toEqual(all);
  });

  it('round-trips hand-made progress, edge values included', () => {
    const lesson = (l: Partial<LessonProgress>): LessonProgress => ({
      furthestStep: 0,
      lastStep: 0,
      completed: false,
      quizBest: null,
      quizAttempts: 0,
      updatedAt: 5,
      ...l,
    });
    const cases: Progress[] = [
      learner(1),
      learner(courseLessons.length, 73, 3),
      // A quiz taken without reading; completed without steps; went back to the start of a lesson.
      {
        ...emptyProgress(),
        lessons: {
          'akun/persiapan': lesson({ quizBest: 90, quizAttempts: 2 }),
          'kenali/syarat': lesson({ completed: true }),
          'saldo/rencana': lesson({ furthestStep: 3 }),
        },
      },
      // Steps past 14 (written the long way), the largest values the schema allows.
      {
        ...emptyProgress(),
        lessons: {
          'kenali/apa-itu': lesson({ furthestStep: 15, lastStep: 14 }),
          'kenali/manfaat': lesson({ furthestStep: 16, lastStep: 15, quizBest: 0, quizAttempts: 1 }),
          'aman/rahasia': lesson({
            furthestStep: 100,
            lastStep: 100,
            completed: true,
            quizBest: 100,
            quizAttempts: 1_000_000,
          }),
          'aman/pesan-palsu': lesson({ quizAttempts: 1_000_000 }),
        },
        checks: {
          kenali: { best: null, attempts: 3, updatedAt: 1 },
          aman: { best: 0, attempts: 1_000_000, updatedAt: 1 },
        },
        sims: { saldo: { tasks: ['isi-survei', 'cek-batas-waktu'], updatedAt: 1 } },
        last: { at: 'step', id: 'aman/kata-sandi-dan-lapor', step: 100 },
      },
      { ...emptyProgress(), last: { at: 'quiz', id: 'kenali/apa-itu' } },
      { ...emptyProgress(), last: { at: 'check', id: 'aman' } },
      { ...emptyProgress(), last: { at: 'step', id: 'kenali/apa-itu', step: 1 } },
    ];
    for (const p of cases) {
      const code = encodeProgressCode(p);
      expect(progressProjection(decoded(code)), code).toEqual(progressProjection(p));
      expect(encodeProgressCode(decoded(code))).toBe(code);
    }
  });

  it('round-trips any valid progress over the layout (property)', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(decodeProgress(encodeProgress(p)).ok).toBe(true);
        const code = encodeProgressCode(p);
        expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
        const back = decoded(formatProgressCode(code).toLowerCase());
        expect(progressProjection(back)).toEqual(progressProjection(p));
        // What decodes is always valid stored progress, with no timestamps.
        expect(decodeProgress(encodeProgress(back))).toEqual({ ok: true, progress: back });
        expect(Object.values(back.lessons).every((l) => l.updatedAt === 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out what the layout does not know, and entries that hold nothing', () => {
    const known = learner(2);
    const p: Progress = {
      ...known,
      lessons: {
        ...known.lessons,
        'baru/pelajaran-baru': {
          furthestStep: 2,
          lastStep: 2,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 1,
        },
        'akun/persiapan': {
          furthestStep: 0,
          lastStep: 0,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 1,
        },
      },
      checks: { baru: { best: 100, attempts: 1, updatedAt: 1 }, akun: { best: null, attempts: 0, updatedAt: 1 } },
      sims: {
        baru: { tasks: ['x'], updatedAt: 1 },
        saldo: { tasks: ['tugas-baru'], updatedAt: 1 },
        pelatihan: { tasks: [], updatedAt: 1 },
      },
    };
    expect(encodeProgressCode(p)).toBe(encodeProgressCode({ ...known, last: known.last }));
    for (const last of [
      { at: 'step', id: 'baru/pelajaran-baru', step: 1 },
      { at: 'quiz', id: 'baru/pelajaran-baru' },
      { at: 'check', id: 'baru' },
    ] as const) {
      expect(decoded(encodeProgressCode({ ...p, last })).last).toBeNull();
    }
  });

  it('is short: prints the code lengths', () => {
    let half = learner(12);
    half = recordCheck(recordCheck(half, 'kenali', 100, 1), 'akun', 80, 1);
    for (const t of PENDAFTARAN) half = completeSimTask(half, 'pendaftaran', t, 1);
    half = viewStep(half, courseLessons[12]!.id, 2, courseLessons[12]!.steps, 1);
    let all = learner(courseLessons.length);
    for (const m of L.checks) all = recordCheck(all, m, 100, 1);
    for (const s of L.sims) for (const t of s.tasks) all = completeSimTask(all, s.id, t, 1);
    let retries = learner(courseLessons.length, 67, 3);
    for (const m of L.checks) for (let a = 0; a < 3; a++) retries = recordCheck(retries, m, 75, 1);
    for (const s of L.sims) for (const t of s.tasks) retries = completeSimTask(retries, s.id, t, 1);
    const rows: [string, Progress][] = [
      ['newcomer (nothing yet)', emptyProgress()],
      ['1 lesson read + quiz', learner(1)],
      ['2 lessons read + quiz', learner(2)],
      ['half the course (12 lessons, 2 checks, 1 simulator)', half],
      ['everything, first try', all],
      ['everything, 3 tries each', retries],
    ];
    const table = rows.map(([name, p]) => ({
      progress: name,
      characters: encodeProgressCode(p).length,
      shown: formatProgressCode(encodeProgressCode(p)).length,
    }));
    console.log(
      `progress code lengths:\n${table.map((r) => `  ${String(r.characters).padStart(3)} chars (${String(r.shown).padStart(3)} with dashes)  ${r.progress}`).join('\n')}`,
    );
    expect(table[0]!.characters).toBe(15);
    expect(table[2]!.characters).toBeLessThanOrEqual(30);
    expect(table[4]!.characters).toBeLessThanOrEqual(130);
  });
});

describe('progress code: how people type it', () => {
  // A code that has both a 0 and a 1 in it, to try the look-alike letters O and l.
  const code = [3, 4, 5, 6, 7, 8, 9, 10]
    .map((n) => encodeProgressCode(learner(n, 90, 2)))
    .find((c) => /0/.test(c) && /1/.test(c))!;
  const p = progressProjection(decoded(code));

  it('accepts small letters, dashes, spaces and look-alike letters', () => {
    expect(code).toMatch(/0/);
    expect(code).toMatch(/1/);
    const variants = [
      code.toLowerCase(),
      formatProgressCode(code),
      formatProgressCode(code).replace(/-/g, ' '),
      ` ${code.slice(0, 5)}  ${code.slice(5)}\n`,
      code.replace(/0/g, 'O'),
      code.replace(/0/g, 'o').replace(/1/g, 'l'),
      code.replace(/1/g, 'I'),
      code.replace(/1/g, 'i'),
      code.replace(/1/g, 'L'),
      formatProgressCode(code).replace(/-/g, '\u2013'), // an en dash, as phone keyboards make
      formatProgressCode(code).replace(/-/g, '\u00a0'),
    ];
    for (const v of variants) expect(progressProjection(decoded(v)), v).toEqual(p);
  });

  it('finds the code in a whole address or a fragment', () => {
    const variants = [
      `https://belajar-prakerja.example/progres/${codeFragment(code)}`,
      `https://belajar-prakerja.example/en/progress/${codeFragment(formatProgressCode(code), 'en')}`,
      `https://belajar-prakerja.example/progres/?kode=${code}&utm=x`,
      `  https://belajar-prakerja.example/#KODE=${code.toLowerCase()}  `,
      codeFragment(code),
      `kode=${code}`,
      `code=${formatProgressCode(code)}`,
      `Kode saya: kode=${code}`,
    ];
    for (const v of variants) expect(progressProjection(decoded(v)), v).toEqual(p);
  });

  it('formats in groups of four', () => {
    expect(formatProgressCode('1ABCDEFGHJ')).toBe('1ABC-DEFG-HJ');
    expect(formatProgressCode('1abc-defg hj')).toBe('1ABC-DEFG-HJ');
    expect(formatProgressCode('')).toBe('');
    expect(normalizeProgressCode(' 1abc-deoi ')).toBe('1ABCDE01');
  });

  it('reads #kode= and #code= fragments whatever the page language', () => {
    expect(codeFragment('1ABC')).toBe('#kode=1ABC');
    expect(codeFragment('1ABC', 'id')).toBe('#kode=1ABC');
    expect(codeFragment('1ABC', 'en')).toBe('#code=1ABC');
    expect(readCodeFragment('#kode=1ABC')).toBe('1ABC');
    expect(readCodeFragment('#code=1ABC-DEFG')).toBe('1ABC-DEFG');
    expect(readCodeFragment('code=1ABC')).toBe('1ABC');
    expect(readCodeFragment('#x=1&KODE=1abc%20def')).toBe('1abc def');
    expect(readCodeFragment('#kode=1AB%')).toBe('1AB%');
    expect(readCodeFragment('#kode=')).toBeNull();
    expect(readCodeFragment('#langkah-2')).toBeNull();
    expect(readCodeFragment('')).toBeNull();
    expect(progressProjection(decoded(readCodeFragment(codeFragment(code, 'en'))!))).toEqual(p);
  });
});

describe('progress code: every mistake has its own answer', () => {
  const code = encodeProgressCode(learner(2));
  const body = code.slice(0, -5);

  it('empty', () => {
    for (const t of ['', '   ', ' - - ', '#kode=', 'https://belajar-prakerja.example/#kode=', '\u200b'])
      expect(errorOf(t), JSON.stringify(t)).toBe('empty');
    expect(errorOf(undefined as unknown as string)).toBe('empty');
  });

  it('characters', () => {
    for (const t of [
      `${code}*`,
      code.replace(/.$/, 'U'),
      `${code.slice(0, 4)}ö${code.slice(4)}`,
      'https://belajar-prakerja.example/progres/',
      '１２３４５６７８',
    ])
      expect(errorOf(t), t).toBe('characters');
  });

  it('length', () => {
    for (const t of ['1ABC', '1ABCDE', 'A'.repeat(MAX_CODE_LENGTH + 1), 'x'.repeat(100_000), `${code} `.repeat(1000)])
      expect(errorOf(t), t.slice(0, 20)).toBe('length');
  });

  it('checksum', () => {
    for (const t of [
      code.replace(/^2/, '3'),
      code.slice(0, -1),
      `${code}0`,
      code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A') + code.slice(7),
      'ABCDEFGHJK',
    ])
      expect(errorOf(t), t).toBe('checksum');
  });

  it('version: a code from a newer (or no) version, with a right checksum', () => {
    expect(LAYOUTS[3]).toBeUndefined();
    for (const v of ['0', '3', 'Z']) expect(errorOf(withChecksum(v + body.slice(1))), v).toBe('version');
  });

  it('content: well-formed, right checksum, not valid progress', () => {
    const lessonZeroPresent = `1 0000 0 0 1`; // present, no steps, not completed, no score, attempts 0
    const cases: Record<string, string> = {
      'a character too many': withChecksum(`${body}0`),
      'a character too few (fields run past the end)': withChecksum(body.slice(0, -1)),
      'padding bits set': fromBits(`${NO_LESSONS}${NO_CHECKS}${NO_SIMS}00 1`),
      'an entry that holds nothing, written anyway': fromBits(
        `${lessonZeroPresent}${NO_LESSONS.slice(1)}${NO_CHECKS}${NO_SIMS}00`,
      ),
      'last step written the long way': fromBits(`1 0011 0 0011 0 0 1${NO_LESSONS.slice(1)}${NO_CHECKS}${NO_SIMS}00`),
      'a simulator with no task done, written anyway': fromBits(
        `${NO_LESSONS}${NO_CHECKS}1${'0'.repeat(L.sims[0]!.tasks.length)}00 00`,
      ),
      'score above 100': fromBits(`1 0001 1 0 1 1111111 1${NO_LESSONS.slice(1)}${NO_CHECKS}${NO_SIMS}00`),
      'last step above the furthest': fromBits(`1 0010 0 0011 0 0 1${NO_LESSONS.slice(1)}${NO_CHECKS}${NO_SIMS}00`),
      'step above 100': fromBits(`1 1111 00000001 0000000 1 0 0 1${NO_LESSONS.slice(1)}${NO_CHECKS}${NO_SIMS}00`),
      'a count past any we write': fromBits(`1 0000 0 0 ${'0'.repeat(30)}1`),
      'last place at lesson 32 of 24': fromBits(`${NO_LESSONS}${NO_CHECKS}${NO_SIMS}01 11111 0001`),
      'last place at check 8 of 5': fromBits(`${NO_LESSONS}${NO_CHECKS}${NO_SIMS}11 111`),
      'last place at step 0': fromBits(`${NO_LESSONS}${NO_CHECKS}${NO_SIMS}01 00000 0000`),
    };
    for (const [name, t] of Object.entries(cases)) expect(errorOf(t), name).toBe('content');
    // The bit builder itself is right: the same bits, valid, decode.
    expect(errorOf(fromBits(`1 0011 1 0 0 1${NO_LESSONS.slice(1)}${NO_CHECKS}${NO_SIMS}00`))).toBe('ok');
    expect(errorOf(fromBits(`1 0011 0 0010 0 0 1${NO_LESSONS.slice(1)}${NO_CHECKS}${NO_SIMS}00`))).toBe('ok');
  });

  it('catches every single wrong character and every swap of neighbours; insertions and deletions too', () => {
    let tried = 0;
    for (const c of [
      code,
      encodeProgressCode(emptyProgress()),
      encodeProgressCode(learner(courseLessons.length, 88, 2)),
    ]) {
      const variants: string[] = [];
      for (let i = 0; i < c.length; i++) {
        for (const ch of ALPHABET) if (ch !== c[i]) variants.push(c.slice(0, i) + ch + c.slice(i + 1));
        if (c[i] !== c[i + 1] && i + 1 < c.length) variants.push(c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2));
        variants.push(c.slice(0, i) + c.slice(i + 1));
      }
      for (let i = 0; i <= c.length; i++) for (const ch of ALPHABET) variants.push(c.slice(0, i) + ch + c.slice(i));
      for (const v of variants) {
        if (v === c) continue; // inserting a character next to its twin
        tried++;
        const result = decodeProgressCode(v);
        if (result.ok) expect(encodeProgressCode(result.progress), `${c} → ${v}`).toBe(c);
      }
    }
    console.log(`progress code: ${tried} one-character mistakes tried, none accepted`);
    expect(tried).toBeGreaterThan(8000);
  });

  it('has a message for every error, in both languages, with the same keys and placeholders', () => {
    expect(Object.keys(textEn).sort()).toEqual(Object.keys(textId).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(textId) as (keyof typeof textId)[]) {
      expect(textId[key].trim(), key).not.toBe('');
      expect(textEn[key].trim(), key).not.toBe('');
      expect(holes(textEn[key]), key).toEqual(holes(textId[key]));
    }
    for (const error of CODE_ERRORS) expect(Object.keys(textId)).toContain(`error.${error}`);
    expect(holes(textId['confirm.body'])).toEqual(['checks', 'lessons', 'quizzes', 'simTasks']);
    expect(Object.keys(importSummary(emptyProgress())).sort()).toEqual(holes(textId['confirm.body']));
  });
});

describe('progress code layout', () => {
  it('knows every lesson, module check and simulator task the site has now (else: append a new layout)', () => {
    const missing = (have: readonly string[], want: readonly string[]) => want.filter((x) => !have.includes(x));
    expect(
      missing(
        L.lessons,
        courseLessons.map((l) => l.id),
      ),
      'lessons missing from CURRENT_LAYOUT',
    ).toEqual([]);
    expect(
      missing(
        L.checks,
        outline.modules.filter((m) => m.hasCheck).map((m) => m.id),
      ),
      'module checks missing from CURRENT_LAYOUT',
    ).toEqual([]);
    expect(
      missing(
        L.sims.map((s) => s.id),
        SIMULATORS,
      ),
      'simulators missing from CURRENT_LAYOUT',
    ).toEqual([]);
    const tasks: Record<string, readonly string[]> = { pendaftaran: PENDAFTARAN, pelatihan: PELATIHAN, saldo: SALDO };
    for (const s of L.sims)
      expect(missing(s.tasks, tasks[s.id] ?? []), `${s.id} tasks missing from CURRENT_LAYOUT`).toEqual([]);
  });

  it('lists the lessons in course order, each once', () => {
    const inLayout = courseLessons.map((l) => l.id).filter((id) => L.lessons.includes(id));
    expect(L.lessons.filter((id) => inLayout.includes(id))).toEqual(inLayout);
    for (const list of [L.lessons, L.checks, L.sims.map((s) => s.id), ...L.sims.map((s) => s.tasks)])
      expect(new Set(list).size).toBe(list.length);
  });

  it('is frozen and the newest', () => {
    expect(Object.isFrozen(L.lessons)).toBe(true);
    expect(Object.isFrozen(L.sims[0]!.tasks)).toBe(true);
    const versions = Object.keys(LAYOUTS).map(Number);
    expect(L.version).toBe(Math.max(...versions));
    for (const v of versions) expect(LAYOUTS[v]!.version).toBe(v);
    expect(Math.max(...versions)).toBeLessThan(32);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const lessonOf = (p: Progress, id: string) =>
  p.lessons[id] ?? { furthestStep: 0, lastStep: 0, completed: false, quizBest: null, quizAttempts: 0, updatedAt: 0 };
const checkOf = (p: Progress, id: string) => p.checks[id] ?? { best: null, attempts: 0, updatedAt: 0 };
const score0 = (s: number | null) => s ?? -1;

/** Every field of `merged` is at least what `p` had. */
function notLower(merged: Progress, p: Progress) {
  for (const id of Object.keys(p.lessons)) {
    const a = lessonOf(merged, id);
    const b = p.lessons[id]!;
    expect(a.furthestStep).toBeGreaterThanOrEqual(b.furthestStep);
    expect(a.completed || !b.completed).toBe(true);
    expect(score0(a.quizBest)).toBeGreaterThanOrEqual(score0(b.quizBest));
    expect(a.quizAttempts).toBeGreaterThanOrEqual(b.quizAttempts);
  }
  for (const id of Object.keys(p.checks)) {
    expect(score0(checkOf(merged, id).best)).toBeGreaterThanOrEqual(score0(p.checks[id]!.best));
    expect(checkOf(merged, id).attempts).toBeGreaterThanOrEqual(p.checks[id]!.attempts);
  }
  for (const [id, s] of Object.entries(p.sims)) for (const t of s.tasks) expect(merged.sims[id]?.tasks).toContain(t);
  if (p.last) expect(merged.last).not.toBeNull();
}

describe('mergeProgress', () => {
  it('never lowers anything of either side, stays valid, is idempotent, and empty changes nothing (property)', () => {
    fc.assert(
      fc.property(anyProgressArb, anyProgressArb, fc.nat(), (a, b, now) => {
        const m = mergeProgress(a, b, now);
        expect(decodeProgress(encodeProgress(m)).ok).toBe(true);
        notLower(m, a);
        notLower(m, b);
        expect(mergeProgress(m, b, now + 1)).toEqual(m);
        expect(mergeProgress(a, emptyProgress(), now)).toBe(a);
        expect(mergeProgress(a, a, now)).toEqual(a);
        // This device's place stays; its lessons keep their last step.
        if (a.last) expect(m.last).toEqual(a.last);
        for (const id of Object.keys(a.lessons)) expect(m.lessons[id]!.lastStep).toBe(a.lessons[id]!.lastStep);
      }),
      { numRuns: 2000 },
    );
  });

  it('importing the same code twice changes nothing the second time (property)', () => {
    fc.assert(
      fc.property(anyProgressArb, progressArb, (here, there) => {
        const incoming = decoded(encodeProgressCode(there));
        const once = mergeProgress(here, incoming, 10);
        expect(mergeProgress(once, decoded(encodeProgressCode(there)), 20)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the higher of each value and stamps only what changed', () => {
    const base: Progress = {
      ...emptyProgress(),
      lessons: {
        'akun/persiapan': {
          furthestStep: 3,
          lastStep: 2,
          completed: false,
          quizBest: 60,
          quizAttempts: 2,
          updatedAt: 1,
        },
        'akun/buat-akun': {
          furthestStep: 6,
          lastStep: 6,
          completed: true,
          quizBest: 100,
          quizAttempts: 1,
          updatedAt: 2,
        },
        'akun/data-diri': {
          furthestStep: 0,
          lastStep: 0,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 3,
        },
      },
      checks: { akun: { best: null, attempts: 1, updatedAt: 4 }, kenali: { best: 90, attempts: 1, updatedAt: 5 } },
      sims: { pendaftaran: { tasks: ['masuk', 'buat-akun'], updatedAt: 6 } },
      last: null,
    };
    const incoming: Progress = {
      ...emptyProgress(),
      lessons: {
        'akun/persiapan': {
          furthestStep: 5,
          lastStep: 5,
          completed: true,
          quizBest: 40,
          quizAttempts: 3,
          updatedAt: 0,
        },
        'akun/buat-akun': {
          furthestStep: 2,
          lastStep: 1,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 0,
        },
        'akun/data-diri': {
          furthestStep: 0,
          lastStep: 0,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 0,
        },
        'aman/rahasia': {
          furthestStep: 2,
          lastStep: 1,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 0,
        },
        'aman/pesan-palsu': {
          furthestStep: 0,
          lastStep: 0,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 0,
        },
      },
      checks: {
        akun: { best: 70, attempts: 1, updatedAt: 0 },
        kenali: { best: 50, attempts: 1, updatedAt: 0 },
        aman: { best: null, attempts: 0, updatedAt: 0 },
        saldo: { best: null, attempts: 2, updatedAt: 0 },
      },
      sims: {
        pendaftaran: { tasks: ['buat-akun', 'tes'], updatedAt: 0 },
        saldo: { tasks: [], updatedAt: 0 },
        pelatihan: { tasks: ['beli'], updatedAt: 0 },
      },
      last: { at: 'check', id: 'akun' },
    };
    const m = mergeProgress(base, incoming, 99);
    expect(m).toEqual({
      v: 2,
      lessons: {
        'akun/persiapan': {
          furthestStep: 5,
          lastStep: 2,
          completed: true,
          quizBest: 60,
          quizAttempts: 3,
          updatedAt: 99,
        },
        'akun/buat-akun': base.lessons['akun/buat-akun'],
        'akun/data-diri': base.lessons['akun/data-diri'],
        'aman/rahasia': {
          furthestStep: 2,
          lastStep: 1,
          completed: false,
          quizBest: null,
          quizAttempts: 0,
          updatedAt: 99,
        },
      },
      checks: {
        akun: { best: 70, attempts: 1, updatedAt: 99 },
        kenali: base.checks.kenali,
        saldo: { best: null, attempts: 2, updatedAt: 99 },
      },
      sims: {
        pendaftaran: { tasks: ['masuk', 'buat-akun', 'tes'], updatedAt: 99 },
        pelatihan: { tasks: ['beli'], updatedAt: 99 },
      },
      last: { at: 'check', id: 'akun' },
    });
    expect(mergeProgress({ ...base, last: { at: 'quiz', id: 'akun/persiapan' } }, incoming, 99).last).toEqual({
      at: 'quiz',
      id: 'akun/persiapan',
    });
    expect(
      mergeProgress(base, { ...emptyProgress(), checks: { kenali: { best: null, attempts: 1, updatedAt: 0 } } }, 99),
    ).toBe(base);
  });

  it('keeps the task list under the schema limit, this device’s tasks first', () => {
    const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const base = { ...emptyProgress(), sims: { s: { tasks: ids('a', 30), updatedAt: 1 } } };
    const m = mergeProgress(base, { ...emptyProgress(), sims: { s: { tasks: ids('b', 30), updatedAt: 1 } } }, 2);
    expect(m.sims.s!.tasks).toEqual([...ids('a', 30), ...ids('b', 20)]);
    expect(decodeProgress(encodeProgress(m)).ok).toBe(true);
    const full = { ...emptyProgress(), sims: { s: { tasks: ids('a', 50), updatedAt: 1 } } };
    expect(mergeProgress(full, { ...emptyProgress(), sims: { s: { tasks: ['z'], updatedAt: 1 } } }, 2)).toBe(full);
  });
});

describe('progressProjection and importSummary', () => {
  it('projects what a code carries', () => {
    const p: Progress = {
      ...emptyProgress(),
      lessons: {
        'b/b': { furthestStep: 2, lastStep: 1, completed: false, quizBest: 50, quizAttempts: 1, updatedAt: 9 },
        'a/a': { furthestStep: 0, lastStep: 0, completed: false, quizBest: null, quizAttempts: 0, updatedAt: 9 },
      },
      checks: { x: { best: null, attempts: 0, updatedAt: 9 }, y: { best: 10, attempts: 1, updatedAt: 9 } },
      sims: { s: { tasks: ['z', 'a'], updatedAt: 9 }, t: { tasks: [], updatedAt: 9 } },
      last: { at: 'quiz', id: 'b/b' },
    };
    expect(progressProjection(p)).toEqual({
      lessons: { 'b/b': { furthestStep: 2, lastStep: 1, completed: false, quizBest: 50, quizAttempts: 1 } },
      checks: { y: { best: 10, attempts: 1 } },
      sims: { s: ['a', 'z'] },
      last: { at: 'quiz', id: 'b/b' },
    });
    expect(progressProjection(emptyProgress())).toEqual({ lessons: {}, checks: {}, sims: {}, last: null });
  });

  it('counts what the confirmation lists', () => {
    let p = learner(3);
    p = recordQuiz(p, 'saldo/rencana', 20, 1); // a quiz without reading
    p = recordCheck(p, 'kenali', 80, 1);
    p = completeSimTask(
      completeSimTask(completeSimTask(p, 'saldo', 'isi-survei', 1), 'saldo', 'beri-ulasan', 1),
      'pelatihan',
      'beli',
      1,
    );
    expect(importSummary(p)).toEqual({ lessons: 3, quizzes: 4, checks: 1, simTasks: 3 });
    expect(importSummary(decoded(encodeProgressCode(p)))).toEqual(importSummary(p));
    expect(importSummary(emptyProgress())).toEqual({ lessons: 0, quizzes: 0, checks: 0, simTasks: 0 });
  });
});

describe('importProgress (the store)', () => {
  afterEach(() => {
    cleanupStores();
    vi.unstubAllGlobals();
  });

  it('joins a code into the stored progress; the same code again writes nothing new', async () => {
    const local = new FakeStorage();
    const { progress } = await loadStores(local);
    const off = progress.progress.listen(() => {});
    progress.markStepSeen('kenali/apa-itu', 2, 5);
    progress.saveQuizScore('akun/persiapan', 100);
    const code = encodeProgressCode(learner(2, 70));
    const result = decodeProgressCode(formatProgressCode(code));
    expect(result.ok).toBe(true);
    if (result.ok) progress.importProgress(result.progress);
    const after = progress.progress.get();
    expect(after.lessons['kenali/apa-itu']).toMatchObject({
      furthestStep: 5,
      lastStep: 2,
      completed: true,
      quizBest: 70,
      quizAttempts: 1,
    });
    expect(after.lessons['akun/persiapan']).toMatchObject({ quizBest: 100 });
    expect(after.last).toEqual({ at: 'quiz', id: 'akun/persiapan' });
    const raw = local.getItem('bp:progress');
    expect(storedProgress(local)).toEqual(after);
    const again = decodeProgressCode(code);
    if (again.ok) progress.importProgress(again.progress);
    expect(progress.progress.get()).toBe(after);
    expect(local.getItem('bp:progress')).toBe(raw);
    off();
  });
});
