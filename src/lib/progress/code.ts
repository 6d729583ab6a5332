/**
 * The progress code: a learner's progress as a short text to carry to another device, with no server. A kiosk
 * shows it as a QR code ("Lanjutkan di HP", `#kode=<code>` in the address) and the progress page shows it for
 * typing on another device. It holds only what progress holds (lesson positions, steps, scores, attempt
 * counts, simulator tasks): nothing personal.
 *
 * Format (uppercase Crockford base32, 0123456789ABCDEFGHJKMNPQRSTVWXYZ, 5 bits a character):
 *   1. One character: the format version, which picks the layout (code-layout.ts) of everything after it.
 *   2. The payload: fields packed bit by bit in the layout's order, the last character padded with 0 bits.
 *      Lessons: 1 bit "has progress" (0 = nothing, next lesson); furthest step (step field); if above 0, 1 bit
 *      "last step is the furthest", else the last step (step field); 1 bit completed; 1 bit "has a quiz score"
 *      and the score in 7 bits; quiz attempts in Elias gamma (the count itself when there is a score, else
 *      count + 1). Module checks: 1 bit "has progress", score as for quizzes, attempts likewise. Simulators:
 *      1 bit "any task done", then 1 bit per task. Last place: 2 bits none / step / quiz / check, then the
 *      lesson's position and the step (step field), the lesson's position, or the check's position, each
 *      position in as few bits as the layout's list needs.
 *      Step field: 4 bits for 0–14; 15 means "more": 14 + an Elias-gamma number follows.
 *   3. Five characters: a 25-bit CRC of the code's length, 1 and 2 (polynomial 0x1b9189d, Koopman's
 *      CRC-25K/6). It always catches a burst of up to 25 wrong bits, so every single wrong character and
 *      every swap of two neighbours, and any five or fewer wrong bits in a code of up to 800 characters;
 *      anything else (a dropped, added or second wrong character) gets past it once in 33 million. The
 *      checksum rule is the same in every version, so a code from a newer site is told apart ('version')
 *      from a mistyped one ('checksum').
 *
 * Left out: timestamps (decoded entries have updatedAt 0), the order simulator tasks were done in, entries that
 * hold nothing, and every id the layout does not know (a lesson added after the layout was frozen, a removed
 * simulator task). Every progress has exactly one code, and a code is accepted only if it is exactly that code:
 * anything else (padding bits set, leftover characters, a field written the long way) is 'content'.
 */
import type { Locale } from '../../i18n/locales';
import { CURRENT_LAYOUT, LAYOUTS, type CodeLayout } from './code-layout';
import { checkHasProgress, lessonHasProgress } from './merge';
import {
  migrateProgress,
  PROGRESS_VERSION,
  type CheckProgress,
  type LessonProgress,
  type Progress,
  type SimProgress,
} from './schema';

/**
 * Why a text is not a usable code: nothing typed; a character no code has; too short or too long; a typing
 * mistake (the checksum does not match); made by a newer version of the site; or a well-formed code whose
 * contents are not valid progress.
 */
export type CodeError = 'empty' | 'characters' | 'length' | 'checksum' | 'version' | 'content';

/** Every CodeError, in the order decoding checks for them. */
export const CODE_ERRORS: readonly CodeError[] = ['empty', 'characters', 'length', 'checksum', 'version', 'content'];

export type CodeResult = { ok: true; progress: Progress } | { ok: false; error: CodeError };

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_CHARS = /^[0-9A-HJKMNP-TV-Z]+$/;
const CHECK_CHARS = 5;
const CHECK_BITS = CHECK_CHARS * 5;
/** CRC-25K/6 (Koopman 0x1b9189d, i.e. x^25 + … + 1 = 0x372313b), without its x^25 term. */
const CRC_POLY = 0x172313b;
const CRC_MASK = 0x1ffffff;
/** A non-zero start, so that zeros added in front change the checksum too. */
const CRC_INIT = CRC_MASK;
/** Version, at least one payload character, checksum. */
const MIN_CODE_LENGTH = 1 + 1 + CHECK_CHARS;
/** Far above any real code (the largest valid version-1 progress needs under 500 characters). Below 2^LENGTH_BITS. */
export const MAX_CODE_LENGTH = 1000;
/** Bits of the code's length fed to the checksum (up to MAX_CODE_LENGTH). */
const LENGTH_BITS = 10;
/** Longer input is refused before any other work: room for a whole address, spaces and hyphens. */
const MAX_INPUT_LENGTH = 5000;

const STEP_BITS = 4;
const STEP_MORE = 15;
const SCORE_BITS = 7;
/** 2^21 − 1 covers the schema's largest count (1,000,000) + 1; a longer run of zeros is never a number we wrote. */
const MAX_GAMMA_ZEROS = 20;

const LAST_NONE = 0;
const LAST_STEP = 1;
const LAST_QUIZ = 2;
const LAST_CHECK = 3;

/** Bits needed to write a position in a list of `n` (at least 1). */
const bitsFor = (n: number) => Math.max(1, Math.ceil(Math.log2(n)));
const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

class BitWriter {
  readonly bits: number[] = [];
  put(value: number, width: number) {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }
  /** Elias gamma: n ≥ 1 as (length − 1) zeros, then n in binary. Small numbers are short: 1 → "1", 2 → "010". */
  gamma(n: number) {
    const width = n.toString(2).length;
    this.put(0, width - 1);
    this.put(n, width);
  }
  step(n: number) {
    if (n < STEP_MORE) return this.put(n, STEP_BITS);
    this.put(STEP_MORE, STEP_BITS);
    this.gamma(n - STEP_MORE + 1);
  }
  score(n: number | null) {
    this.put(n === null ? 0 : 1, 1);
    if (n !== null) this.put(n, SCORE_BITS);
  }
  /** Attempts: with a score there was at least one, so the count itself is written; else count + 1. */
  count(n: number, scored: boolean) {
    this.gamma(scored ? n : n + 1);
  }
  /** The bits as characters, the last one padded with zeros. */
  chars(): string {
    let out = '';
    for (let i = 0; i < this.bits.length; i += 5) {
      let v = 0;
      for (let j = i; j < i + 5; j++) v = v * 2 + (this.bits[j] ?? 0);
      out += ALPHABET[v];
    }
    return out;
  }
}

/** Reads bits; past the end, or on a number we never write, it marks itself failed instead of throwing. */
class BitReader {
  private pos = 0;
  failed = false;
  constructor(private readonly values: number[]) {}
  bit(): number {
    const i = this.pos++;
    const v = this.values[Math.floor(i / 5)];
    if (v === undefined) {
      this.failed = true;
      return 1;
    }
    return (v >> (4 - (i % 5))) & 1;
  }
  int(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bit();
    return v;
  }
  gamma(): number {
    let zeros = 0;
    while (this.bit() === 0) {
      if (++zeros > MAX_GAMMA_ZEROS) {
        this.failed = true;
        return 1;
      }
    }
    return 2 ** zeros + this.int(zeros);
  }
  step(): number {
    const n = this.int(STEP_BITS);
    return n < STEP_MORE ? n : STEP_MORE - 1 + this.gamma();
  }
  score(): number | null {
    return this.bit() ? this.int(SCORE_BITS) : null;
  }
  count(scored: boolean): number {
    return scored ? this.gamma() : this.gamma() - 1;
  }
  /** An item of `list` by its position, or '' (and failed) for a position past the end. */
  pick(list: readonly string[]): string {
    const item = list[this.int(bitsFor(list.length))];
    if (item === undefined) this.failed = true;
    return item ?? '';
  }
}

/**
 * The 25-bit CRC of `chars` (code characters), as five code characters. The whole code's length goes in first:
 * a plain CRC accepts its own first character appended to a message (a code with a "0" added at the end would
 * pass), and with the length in, any change of length gives an unrelated checksum.
 */
function checksum(chars: string): string {
  let crc = CRC_INIT;
  const feed = (value: number, width: number) => {
    for (let i = width - 1; i >= 0; i--) {
      const top = ((crc >>> (CHECK_BITS - 1)) ^ (value >>> i)) & 1;
      crc = (crc << 1) & CRC_MASK;
      if (top) crc ^= CRC_POLY;
    }
  };
  feed(chars.length + CHECK_CHARS, LENGTH_BITS);
  for (const c of chars) feed(ALPHABET.indexOf(c), 5);
  let out = '';
  for (let i = CHECK_CHARS - 1; i >= 0; i--) out += ALPHABET[(crc >>> (i * 5)) & 31];
  return out;
}

/**
 * Appends the checksum to a version character and payload. Codes are made by `encodeProgressCode`; this is
 * exported for tests that build codes by hand (e.g. one from a future version).
 */
export function withChecksum(body: string): string {
  return body + checksum(body);
}

function encodeWith(p: Progress, layout: CodeLayout): string {
  const w = new BitWriter();
  for (const id of layout.lessons) {
    const l = own(p.lessons, id);
    if (!l || !lessonHasProgress(l)) {
      w.put(0, 1);
      continue;
    }
    w.put(1, 1);
    w.step(l.furthestStep);
    if (l.furthestStep > 0) {
      w.put(l.lastStep === l.furthestStep ? 1 : 0, 1);
      if (l.lastStep !== l.furthestStep) w.step(l.lastStep);
    }
    w.put(l.completed ? 1 : 0, 1);
    w.score(l.quizBest);
    w.count(l.quizAttempts, l.quizBest !== null);
  }
  for (const id of layout.checks) {
    const c = own(p.checks, id);
    if (!c || !checkHasProgress(c)) {
      w.put(0, 1);
      continue;
    }
    w.put(1, 1);
    w.score(c.best);
    w.count(c.attempts, c.best !== null);
  }
  for (const sim of layout.sims) {
    const done = own(p.sims, sim.id)?.tasks ?? [];
    const mask = sim.tasks.map((t) => (done.includes(t) ? 1 : 0));
    if (!mask.includes(1)) {
      w.put(0, 1);
      continue;
    }
    w.put(1, 1);
    for (const bit of mask) w.put(bit, 1);
  }
  const last = p.last;
  const lessonAt = last && last.at !== 'check' ? layout.lessons.indexOf(last.id) : -1;
  const checkAt = last?.at === 'check' ? layout.checks.indexOf(last.id) : -1;
  if (last?.at === 'step' && lessonAt >= 0) {
    w.put(LAST_STEP, 2);
    w.put(lessonAt, bitsFor(layout.lessons.length));
    w.step(last.step);
  } else if (last?.at === 'quiz' && lessonAt >= 0) {
    w.put(LAST_QUIZ, 2);
    w.put(lessonAt, bitsFor(layout.lessons.length));
  } else if (checkAt >= 0) {
    w.put(LAST_CHECK, 2);
    w.put(checkAt, bitsFor(layout.checks.length));
  } else {
    w.put(LAST_NONE, 2);
  }
  return withChecksum(ALPHABET[layout.version] + w.chars());
}

/**
 * The code for a progress, made with the current layout: uppercase, no separators (show it with
 * `formatProgressCode`). A newcomer's code is 13 characters; each lesson read and quizzed adds about 3.
 * @example encodeProgressCode(emptyProgress()) // "10000000TYJNS" (a newcomer)
 */
export function encodeProgressCode(p: Progress): string {
  return encodeWith(p, CURRENT_LAYOUT);
}

/** The payload's fields, read with `layout`; null when they are not valid progress. */
function readPayload(payload: string, layout: CodeLayout): Progress | null {
  const r = new BitReader([...payload].map((c) => ALPHABET.indexOf(c)));
  const lessons: Record<string, LessonProgress> = {};
  for (const id of layout.lessons) {
    if (!r.bit()) continue;
    const furthestStep = r.step();
    const lastStep = furthestStep > 0 && !r.bit() ? r.step() : furthestStep;
    const completed = r.bit() === 1;
    const quizBest = r.score();
    lessons[id] = {
      furthestStep,
      lastStep,
      completed,
      quizBest,
      quizAttempts: r.count(quizBest !== null),
      updatedAt: 0,
    };
  }
  const checks: Record<string, CheckProgress> = {};
  for (const id of layout.checks) {
    if (!r.bit()) continue;
    const best = r.score();
    checks[id] = { best, attempts: r.count(best !== null), updatedAt: 0 };
  }
  const sims: Record<string, SimProgress> = {};
  for (const sim of layout.sims) {
    if (!r.bit()) continue;
    sims[sim.id] = { tasks: sim.tasks.filter(() => r.bit() === 1), updatedAt: 0 };
  }
  const kind = r.int(2);
  const last =
    kind === LAST_STEP
      ? { at: 'step', id: r.pick(layout.lessons), step: r.step() }
      : kind === LAST_QUIZ
        ? { at: 'quiz', id: r.pick(layout.lessons) }
        : kind === LAST_CHECK
          ? { at: 'check', id: r.pick(layout.checks) }
          : null;
  if (r.failed) return null;
  // The same rules as stored progress (lastStep ≤ furthestStep, scores 0–100, a score needs an attempt, …).
  const result = migrateProgress({ v: PROGRESS_VERSION, lessons, checks, sims, last });
  return result.ok ? result.progress : null;
}

/**
 * The code in what a person typed or pasted: the part after `kode=` or `code=` when the text holds one (a
 * whole address, a fragment), without spaces and hyphens (any dash a phone keyboard makes), ASCII letters in
 * capitals, O read as 0, I and L as 1. Other characters are kept, so decoding can say they do not belong.
 * @example normalizeProgressCode(' 1abc-deoi ') // "1ABCDE01"
 */
export function normalizeProgressCode(text: string): string {
  const fragment = /(?:^|[#?&\s/])(?:kode|code)=([^&#]*)/i.exec(text);
  return (fragment ? fragment[1]! : text)
    .replace(/[\s\u200b-\u200d\ufeff\u2010-\u2015\u2212-]+/g, '')
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/**
 * Reads a progress code as a person typed or pasted it (see `normalizeProgressCode`). Never throws, whatever
 * the input; a code that decodes is always valid progress (the same rules as stored progress).
 * @example decodeProgressCode('1000-0000-tyjn-s') // { ok: true, progress: emptyProgress() }
 * @example decodeProgressCode('') // { ok: false, error: 'empty' }
 */
export function decodeProgressCode(text: string): CodeResult {
  const fail = (error: CodeError): CodeResult => ({ ok: false, error });
  if (typeof text !== 'string') return fail('empty');
  if (text.length > MAX_INPUT_LENGTH) return fail('length');
  const code = normalizeProgressCode(text);
  if (code === '') return fail('empty');
  if (!CODE_CHARS.test(code)) return fail('characters');
  if (code.length < MIN_CODE_LENGTH || code.length > MAX_CODE_LENGTH) return fail('length');
  const body = code.slice(0, -CHECK_CHARS);
  if (checksum(body) !== code.slice(-CHECK_CHARS)) return fail('checksum');
  const layout = LAYOUTS[ALPHABET.indexOf(code[0]!)];
  if (!layout) return fail('version');
  const progress = readPayload(body.slice(1), layout);
  // Only the one code this progress has is accepted: no stray padding bits, no leftover characters.
  if (!progress || encodeWith(progress, layout) !== code) return fail('content');
  return { ok: true, progress };
}

/**
 * A code in groups of four for reading aloud and typing: "1ABC-DEFG-HJ".
 * @example formatProgressCode('1ABCDEFGHJ') // "1ABC-DEFG-HJ"
 */
export function formatProgressCode(code: string): string {
  return (normalizeProgressCode(code).match(/.{1,4}/g) ?? []).join('-');
}

/**
 * The address fragment that carries a code: `#kode=…` on Indonesian pages, `#code=…` on English ones.
 * @example codeFragment('1ABC', 'en') // "#code=1ABC"
 */
export function codeFragment(code: string, locale: Locale = 'id'): string {
  return `${locale === 'en' ? '#code=' : '#kode='}${code}`;
}

/**
 * The code in an address fragment (`location.hash`), `#kode=…` or `#code=…` whatever the page's language, or
 * null when the fragment has none.
 * @example readCodeFragment('#kode=1ABC') // "1ABC"
 * @example readCodeFragment('#langkah-2') // null
 */
export function readCodeFragment(hash: string): string | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const m = /^(?:kode|code)=(.*)$/i.exec(part);
    if (!m) continue;
    let value = m[1]!;
    try {
      value = decodeURIComponent(value);
    } catch {
      // A stray "%": keep the text as it is; decoding the code will say what is wrong with it.
    }
    value = value.trim();
    return value === '' ? null : value;
  }
  return null;
}
