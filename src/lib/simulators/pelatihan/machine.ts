/**
 * The training simulator ("Simulasi memilih dan membeli pelatihan") as a pure state machine:
 *
 *   katalog (filter, sort, pick two) ─┬─ detail ── bayar (Kartu Prakerja number) ── otp (on-screen SMS) ── berhasil
 *                                     └─ banding (two side by side) ── detail        (voucher and redeem codes)
 *   berhasil ── tukar (lembaga page: both codes, practice clock, redeem window) ── wajah (face check)
 *            ── belajar ── sertifikat ── ulasan (stars + short review) ── selesai
 *
 * Errors are codes per field (`errors.redeem = 'used'`); the page turns them into words. What the learner types
 * lives only in `values`, which is never stored.
 */
import { checkSixteenDigits, looksReal, practiceCode, showHint, wrongTry, type Tries } from '../common';
import type { ExampleTraining } from '../../../schemas/example-training';
import { FORMATS, TOPICS } from '../../../schemas/training-vocabulary';

/** A training of content/tools/pelatihan-contoh.yaml as the machine sees it (the page keeps the titles). */
export type Training = Omit<ExampleTraining, 'title'>;

/** The made-up Kartu Prakerja number shown on the practice dashboard and filled by "Isi dengan data contoh". */
export const EXAMPLE_CARD = '9999000012345678';

export const TASKS = ['cari-pelatihan', 'bandingkan', 'beli', 'tukar-kode', 'ikuti-pelatihan', 'beri-ulasan'] as const;
export type TaskId = (typeof TASKS)[number];

export const SCREENS = [
  'katalog',
  'detail',
  'banding',
  'bayar',
  'otp',
  'berhasil',
  'tukar',
  'wajah',
  'belajar',
  'sertifikat',
  'ulasan',
  'selesai',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Catalogue order: as listed, cheapest first, or best rated first. */
export const SORTS = ['', 'harga', 'rating'] as const;
export type Sort = (typeof SORTS)[number];

/** The example photos of the face check, in the order shown; only "jelas" passes. */
export const PHOTOS = ['masker', 'jelas', 'orang-lain', 'gelap'] as const;

/** The redeem code works from this many minutes before to this many after the start (facts §5.6, 2023). */
export const WINDOW = 60;
/** The practice clock, in minutes from the training's start: where it stands at first, how far it goes, its step. */
export const CLOCK_START = -120;
export const CLOCK_RANGE = 180;
export const CLOCK_STEP = 30;
/** A review needs at least this many words. */
export const REVIEW_WORDS = 3;

/** The task card "a digital-marketing webinar rated 4.5 or more, within the balance". */
export function isTarget(t: Training, balance: number): boolean {
  return t.topic === 'pemasaran' && t.format === 'webinar' && t.rating >= 4.5 && t.price <= balance;
}

export type Field = 'card' | 'otp' | 'voucher' | 'redeem' | 'clock' | 'face' | 'rating' | 'review' | 'buy' | 'compare';
/** Field → error code, e.g. { card: 'length' }. */
export type Errors = Readonly<Partial<Record<Field, string>>>;

/** Where each typed or chosen value belongs. */
const INPUTS = {
  card: 'bayar',
  otp: 'otp',
  voucher: 'tukar',
  redeem: 'tukar',
  face: 'wajah',
  rating: 'ulasan',
  review: 'ulasan',
} as const;
type Input = keyof typeof INPUTS;

export interface Filter {
  format: string;
  topic: string;
  /** Only trainings that cost no more than the balance. */
  fits: boolean;
  sort: Sort;
}

export interface State {
  catalog: readonly Training[];
  /** What is left of the training balance. */
  balance: number;
  screen: Screen;
  filter: Filter;
  /** The training shown in "detail" (and then being bought). */
  selected: string | null;
  /** The screen "detail" was opened from, for "Kembali". */
  from: 'katalog' | 'banding';
  /** Up to two training ids ticked for comparing. */
  compare: readonly string[];
  /** The training bought, once paid. */
  bought: string | null;
  /** What was typed or chosen, by field. Never persisted. */
  values: Readonly<Partial<Record<Input, string>>>;
  errors: Errors;
  tries: Tries;
  /** The practice clock: minutes from the training's start (−120 = two hours before). */
  clock: number;
  /** Codes shown on screen: the SMS code, the voucher and redeem codes, and a friend's code that was already used. */
  codes: { otp: string; voucher: string; redeem: string; used: string };
  /** The learner typed a number that looks like real data (reminder only; nothing is blocked). */
  real: boolean;
  done: readonly TaskId[];
}

export type Event =
  | { type: 'filter'; key: 'format' | 'topic' | 'sort'; value: string }
  | { type: 'fits'; on: boolean }
  | { type: 'open'; id: string }
  | { type: 'pick'; id: string }
  | { type: 'compare' }
  | { type: 'back' }
  | { type: 'buy' }
  | { type: 'input'; field: string; value: string }
  | { type: 'fill-example' }
  | { type: 'pay' }
  | { type: 'verify' }
  | { type: 'go-redeem' }
  | { type: 'clock'; by: number }
  | { type: 'redeem' }
  | { type: 'scan' }
  | { type: 'finish' }
  | { type: 'start-review' }
  | { type: 'send-review' };

/** A fresh simulator: the catalogue and balance come from the page; `seed` makes the codes. */
export function initial(catalog: readonly Training[], balance: number, seed = 1): State {
  return {
    catalog,
    balance,
    screen: 'katalog',
    filter: { format: '', topic: '', fits: false, sort: '' },
    selected: null,
    from: 'katalog',
    compare: [],
    bought: null,
    values: {},
    errors: {},
    tries: {},
    clock: CLOCK_START,
    codes: {
      otp: practiceCode(seed),
      voucher: `VC${practiceCode(seed + 1)}`,
      redeem: `RD${practiceCode(seed + 2)}`,
      used: `RD${practiceCode(seed + 3)}`,
    },
    real: false,
    done: [],
  };
}

/** The catalogue as the learner has filtered and sorted it. */
export function visible(s: State): Training[] {
  const { format, topic, fits, sort } = s.filter;
  const list = s.catalog.filter(
    (t) => (!format || t.format === format) && (!topic || t.topic === topic) && (!fits || t.price <= s.balance),
  );
  if (sort === 'harga') list.sort((a, b) => a.price - b.price);
  if (sort === 'rating') list.sort((a, b) => b.rating - a.rating || b.reviews - a.reviews);
  return list;
}

export function doneTasks(s: State): TaskId[] {
  return TASKS.filter((t) => s.done.includes(t));
}

/** After two wrong tries at a field, its hint shows. */
export function hint(s: State, field: Field): boolean {
  return showHint(s.tries, field);
}

const find = (s: State, id: string | null) => s.catalog.find((t) => t.id === id);

/** Codes are compared without spaces or dashes and in capitals, as a person copies them. */
const plain = (v: string | undefined) => (v ?? '').replace(/[\s-]+/g, '').toUpperCase();

function go(s: State, screen: Screen, task?: TaskId, patch: Partial<State> = {}): State {
  const done = task && !s.done.includes(task) ? [...s.done, task] : s.done;
  return { ...s, ...patch, screen, errors: {}, done };
}

/** Records every failed check as an error and a wrong try; null when all passed. */
function judge(s: State, checks: readonly (readonly [Field, string | null])[]): State | null {
  const errors: Partial<Record<Field, string>> = {};
  let tries = s.tries;
  for (const [field, code] of checks) {
    if (code) {
      errors[field] = code;
      tries = wrongTry(tries, field);
    }
  }
  return Object.keys(errors).length ? { ...s, errors, tries } : null;
}

const without = (errors: Errors, field: Field): Errors => {
  const { [field]: _gone, ...rest } = errors;
  return rest;
};

const OPTIONS: Record<'format' | 'topic' | 'sort', readonly string[]> = {
  format: ['', ...FORMATS],
  topic: ['', ...TOPICS],
  sort: SORTS,
};
const BACK: Partial<Record<Screen, Screen>> = { banding: 'katalog', bayar: 'detail', otp: 'bayar' };

/** Pure and total: an event that does not fit the screen returns the state unchanged. */
export function transition(s: State, e: Event): State {
  switch (e.type) {
    case 'filter':
      if (s.screen !== 'katalog' || !Object.hasOwn(OPTIONS, e.key) || !OPTIONS[e.key].includes(e.value)) return s;
      return { ...s, filter: { ...s.filter, [e.key]: e.value } };
    case 'fits':
      return s.screen === 'katalog' ? { ...s, filter: { ...s.filter, fits: e.on } } : s;
    case 'open': {
      const t = find(s, e.id);
      if (!t || (s.screen !== 'katalog' && s.screen !== 'banding')) return s;
      return go(s, 'detail', isTarget(t, s.balance) ? 'cari-pelatihan' : undefined, { selected: t.id, from: s.screen });
    }
    case 'pick': {
      if (s.screen !== 'katalog' || !find(s, e.id)) return s;
      if (s.compare.includes(e.id))
        return { ...s, compare: s.compare.filter((id) => id !== e.id), errors: without(s.errors, 'compare') };
      if (s.compare.length >= 2) return judge(s, [['compare', 'full']])!;
      return { ...s, compare: [...s.compare, e.id], errors: without(s.errors, 'compare') };
    }
    case 'compare':
      if (s.screen !== 'katalog') return s;
      return judge(s, [['compare', s.compare.length < 2 ? 'few' : null]]) ?? go(s, 'banding', 'bandingkan');
    case 'back': {
      const to = s.screen === 'detail' ? s.from : BACK[s.screen];
      return to ? go(s, to) : s;
    }
    case 'buy': {
      const t = find(s, s.selected);
      if (s.screen !== 'detail' || !t) return s;
      return judge(s, [['buy', t.price > s.balance ? 'over' : null]]) ?? go(s, 'bayar');
    }
    case 'input': {
      const field = e.field as Input;
      if (INPUTS[field] !== s.screen) return s;
      const real = field === 'card' ? looksReal(e.value, [EXAMPLE_CARD]) : s.real;
      return { ...s, values: { ...s.values, [field]: e.value }, errors: without(s.errors, field), real };
    }
    case 'fill-example':
      return s.screen === 'bayar'
        ? { ...s, values: { ...s.values, card: EXAMPLE_CARD }, errors: without(s.errors, 'card'), real: false }
        : s;
    case 'pay':
      if (s.screen !== 'bayar') return s;
      return judge(s, [['card', checkSixteenDigits(s.values.card ?? '')]]) ?? go(s, 'otp');
    case 'verify': {
      const t = find(s, s.selected);
      if (s.screen !== 'otp' || !t) return s;
      const v = (s.values.otp ?? '').replace(/\s+/g, '');
      const code = !v ? 'empty' : !/^\d{6}$/.test(v) ? 'length' : v !== s.codes.otp ? 'wrong' : null;
      return (
        judge(s, [['otp', code]]) ??
        go(s, 'berhasil', 'beli', { bought: t.id, balance: s.balance - t.price, clock: CLOCK_START })
      );
    }
    case 'go-redeem':
      return s.screen === 'berhasil' ? go(s, 'tukar') : s;
    case 'clock': {
      if (s.screen !== 'tukar' || !Number.isFinite(e.by)) return s;
      const clock = Math.min(CLOCK_RANGE, Math.max(-CLOCK_RANGE, s.clock + Math.trunc(e.by)));
      return { ...s, clock, errors: without(s.errors, 'clock') };
    }
    case 'redeem': {
      if (s.screen !== 'tukar') return s;
      const voucher = plain(s.values.voucher);
      const redeem = plain(s.values.redeem);
      const codes = judge(s, [
        ['voucher', !voucher ? 'empty' : voucher !== s.codes.voucher ? 'wrong' : null],
        ['redeem', !redeem ? 'empty' : redeem === s.codes.used ? 'used' : redeem !== s.codes.redeem ? 'wrong' : null],
      ]);
      const time = s.clock < -WINDOW ? 'early' : s.clock > WINDOW ? 'late' : null;
      return codes ?? judge(s, [['clock', time]]) ?? go(s, 'wajah', 'tukar-kode');
    }
    case 'scan': {
      if (s.screen !== 'wajah') return s;
      const photo = s.values.face ?? '';
      const code = !(PHOTOS as readonly string[]).includes(photo) ? 'empty' : photo !== 'jelas' ? photo : null;
      return judge(s, [['face', code]]) ?? go(s, 'belajar');
    }
    case 'finish':
      return s.screen === 'belajar' ? go(s, 'sertifikat', 'ikuti-pelatihan') : s;
    case 'start-review':
      return s.screen === 'sertifikat' ? go(s, 'ulasan') : s;
    case 'send-review': {
      if (s.screen !== 'ulasan') return s;
      const words = (s.values.review ?? '').trim().split(/\s+/).filter(Boolean).length;
      return (
        judge(s, [
          ['rating', /^[1-5]$/.test(s.values.rating ?? '') ? null : 'empty'],
          ['review', words === 0 ? 'empty' : words < REVIEW_WORDS ? 'short' : null],
        ]) ?? go(s, 'selesai', 'beri-ulasan')
      );
    }
    default:
      return s;
  }
}
