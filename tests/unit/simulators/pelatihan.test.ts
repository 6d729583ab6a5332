/**
 * The training simulator's state machine: every screen, every transition, every error (coverage: 100 %).
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDENTITY } from '../../../src/lib/simulators/common';
import { fillFacts } from '../../../src/lib/content/format-fact';
import textId from '../../../src/components/simulators/pelatihan/text.id.json' with { type: 'json' };
import textEn from '../../../src/components/simulators/pelatihan/text.en.json' with { type: 'json' };
import { loadContent } from '../../helpers/content-files';
import { EXAMPLE_CARD, FORMATS, TITLES, TOPICS, TRAININGS } from '../../../src/lib/simulators/pelatihan/data';
import {
  CLOCK_RANGE,
  CLOCK_START,
  CLOCK_STEP,
  PHOTOS,
  SCREENS,
  SORTS,
  TASKS,
  WINDOW,
  doneTasks,
  hint,
  initial,
  isTarget,
  transition,
  visible,
  type Event,
  type State,
} from '../../../src/lib/simulators/pelatihan/machine';

const BALANCE = 3500000;
const run = (state: State, ...events: Event[]) => events.reduce(transition, state);
const input = (field: string, value: string): Event => ({ type: 'input', field, value });
const open = (id: string): Event => ({ type: 'open', id });
const pick = (id: string): Event => ({ type: 'pick', id });
const clock = (by: number): Event => ({ type: 'clock', by });
const fresh = () => initial(TRAININGS, BALANCE, 7);
const TARGET = 'iklan-medsos';
const PRICEY = 'jualan-online';

/** Drives a fresh machine to `screen` the right way. */
function reach(screen: State['screen']): State {
  let s = fresh();
  const steps: [State['screen'], () => void][] = [
    ['katalog', () => (s = run(s, pick('barista'), pick(TARGET), { type: 'compare' }))],
    ['banding', () => (s = run(s, open(TARGET)))],
    ['detail', () => (s = run(s, { type: 'buy' }))],
    ['bayar', () => (s = run(s, { type: 'fill-example' }, { type: 'pay' }))],
    ['otp', () => (s = run(s, input('otp', s.codes.otp), { type: 'verify' }))],
    ['berhasil', () => (s = run(s, { type: 'go-redeem' }))],
    [
      'tukar',
      () =>
        (s = run(s, input('voucher', s.codes.voucher), input('redeem', s.codes.redeem), clock(60), { type: 'redeem' })),
    ],
    ['wajah', () => (s = run(s, input('face', 'jelas'), { type: 'scan' }))],
    ['belajar', () => (s = run(s, { type: 'finish' }))],
    ['sertifikat', () => (s = run(s, { type: 'start-review' }))],
    [
      'ulasan',
      () => (s = run(s, input('rating', '5'), input('review', 'Materinya jelas dan berguna'), { type: 'send-review' })),
    ],
  ];
  for (const [at, step] of steps) {
    if (s.screen === screen) return s;
    expect(s.screen).toBe(at);
    step();
  }
  expect(s.screen).toBe(screen);
  return s;
}

/** Every event the machine knows, for "does nothing on the wrong screen" checks. */
const ALL: Event[] = [
  { type: 'filter', key: 'format', value: 'webinar' },
  { type: 'fits', on: true },
  open(TARGET),
  pick(TARGET),
  { type: 'compare' },
  { type: 'back' },
  { type: 'buy' },
  input('card', EXAMPLE_CARD),
  { type: 'fill-example' },
  { type: 'pay' },
  { type: 'verify' },
  { type: 'go-redeem' },
  clock(30),
  { type: 'redeem' },
  { type: 'scan' },
  { type: 'finish' },
  { type: 'start-review' },
  { type: 'send-review' },
];

describe('the data', () => {
  it('has about twenty made-up trainings in every format, each with a title in both languages', () => {
    expect(TRAININGS.length).toBe(20);
    expect(new Set(TRAININGS.map((t) => t.id)).size).toBe(20);
    for (const f of FORMATS) expect(TRAININGS.some((t) => t.format === f)).toBe(true);
    for (const t of TOPICS) expect(TRAININGS.some((x) => x.topic === t)).toBe(true);
    for (const t of TRAININGS) {
      expect(TITLES[t.id]?.id).toBeTruthy();
      expect(TITLES[t.id]?.en).toBeTruthy();
      expect(t.hours).toBeGreaterThanOrEqual(15);
      expect(t.rating).toBeLessThanOrEqual(5);
    }
    expect(Object.keys(TITLES).length).toBe(20);
  });
  it('has some trainings above the balance and exactly one that fits the search task', () => {
    expect(TRAININGS.filter((t) => t.price > BALANCE).length).toBeGreaterThanOrEqual(3);
    expect(TRAININGS.filter((t) => isTarget(t, BALANCE)).map((t) => t.id)).toEqual([TARGET]);
  });
  it('uses an example card number that is 16 digits and does not look real', () => {
    expect(EXAMPLE_CARD).toMatch(/^\d{16}$/);
    expect(EXAMPLE_CARD).not.toBe(EXAMPLE_IDENTITY.nik);
  });
});

describe('the whole flow', () => {
  it('goes from the catalogue to the review and completes every task in order', () => {
    const end = reach('selesai');
    expect(doneTasks(end)).toEqual([...TASKS]);
    expect(end.bought).toBe(TARGET);
    expect(end.balance).toBe(BALANCE - 2750000);
    expect(end.errors).toEqual({});
  });
  it('reaches every screen', () => {
    for (const screen of SCREENS) expect(reach(screen).screen).toBe(screen);
  });
  it('makes different codes for different seeds, with a default seed', () => {
    const a = initial(TRAININGS, BALANCE);
    const b = initial(TRAININGS, BALANCE, 2);
    expect(a.codes.otp).toMatch(/^\d{6}$/);
    expect(a.codes.voucher).toMatch(/^VC\d{6}$/);
    expect(a.codes.redeem).toMatch(/^RD\d{6}$/);
    expect(a.codes.otp).not.toBe(b.codes.otp);
    expect(new Set(Object.values(a.codes)).size).toBe(4);
  });
  it('ignores events that do not fit the screen', () => {
    const fits: Record<State['screen'], string[]> = {
      katalog: ['filter', 'fits', 'open', 'pick', 'compare'],
      detail: ['back', 'buy'],
      banding: ['open', 'back'],
      bayar: ['back', 'input', 'fill-example', 'pay'],
      otp: ['back', 'verify'],
      berhasil: ['go-redeem'],
      tukar: ['clock', 'redeem'],
      wajah: ['scan'],
      belajar: ['finish'],
      sertifikat: ['start-review'],
      ulasan: ['send-review'],
      selesai: [],
    };
    for (const screen of SCREENS) {
      const s = reach(screen);
      for (const e of ALL) {
        if (!fits[screen].includes(e.type)) expect(transition(s, e), `${e.type} on ${screen}`).toBe(s);
        else expect(transition(s, e), `${e.type} on ${screen}`).not.toBe(s);
      }
    }
  });
  it('ignores unknown events, fields and options without throwing', () => {
    const s = fresh();
    expect(transition(s, { type: 'nope' } as unknown as Event)).toBe(s);
    expect(transition(s, input('nope', 'x'))).toBe(s);
    expect(transition(s, input('card', '123'))).toBe(s); // the card field is not on this screen
    expect(transition(s, { type: 'filter', key: 'format', value: 'radio' })).toBe(s);
    expect(transition(s, { type: 'filter', key: 'colour' as 'format', value: '' })).toBe(s);
    expect(transition(s, { type: 'filter', key: '__proto__' as 'format', value: '' })).toBe(s);
    expect(transition(s, open('nope'))).toBe(s);
    expect(transition(s, pick('nope'))).toBe(s);
  });
});

describe('catalogue: filter, sort, find', () => {
  it('filters by format, topic and price within the balance, and sorts by price and rating', () => {
    let s = fresh();
    expect(visible(s).map((t) => t.id)).toEqual(TRAININGS.map((t) => t.id));
    s = run(s, { type: 'filter', key: 'format', value: 'webinar' });
    expect(visible(s).every((t) => t.format === 'webinar')).toBe(true);
    s = run(s, { type: 'filter', key: 'topic', value: 'pemasaran' });
    expect(visible(s).map((t) => t.id)).toEqual(['jualan-online', TARGET, 'konten-promosi']);
    s = run(s, { type: 'fits', on: true });
    expect(visible(s).map((t) => t.id)).toEqual([TARGET, 'konten-promosi']);
    s = run(s, { type: 'filter', key: 'sort', value: 'harga' });
    expect(visible(s).map((t) => t.id)).toEqual(['konten-promosi', TARGET]);
    s = run(s, { type: 'filter', key: 'sort', value: 'rating' });
    expect(visible(s).map((t) => t.id)).toEqual([TARGET, 'konten-promosi']);
    s = run(
      s,
      { type: 'fits', on: false },
      { type: 'filter', key: 'format', value: '' },
      { type: 'filter', key: 'topic', value: '' },
    );
    const byRating = visible(s);
    for (let i = 1; i < byRating.length; i++)
      expect(byRating[i - 1]!.rating).toBeGreaterThanOrEqual(byRating[i]!.rating);
    expect(s.filter).toEqual({ format: '', topic: '', fits: false, sort: 'rating' });
  });
  it('breaks rating ties by the number of reviews', () => {
    const s = run(fresh(), { type: 'filter', key: 'sort', value: 'rating' });
    const ids = visible(s).map((t) => t.id);
    // 4.7: toko-daring (2310 reviews) before data-dasar (256) before inggris-hotel (61).
    expect(ids.indexOf('toko-daring')).toBeLessThan(ids.indexOf('data-dasar'));
    expect(ids.indexOf('data-dasar')).toBeLessThan(ids.indexOf('inggris-hotel'));
  });
  it('checks "cari-pelatihan" only when the matching training is opened', () => {
    let s = run(fresh(), open('konten-promosi'));
    expect(s.screen).toBe('detail');
    expect(s.selected).toBe('konten-promosi');
    expect(doneTasks(s)).toEqual([]);
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('katalog');
    s = run(s, open(TARGET));
    expect(doneTasks(s)).toEqual(['cari-pelatihan']);
    s = run(s, { type: 'back' }, open(TARGET));
    expect(s.done).toEqual(['cari-pelatihan']);
  });
  it('does not count the target when the balance no longer covers it', () => {
    const s = run(initial(TRAININGS, 1000000), open(TARGET));
    expect(doneTasks(s)).toEqual([]);
  });
});

describe('compare', () => {
  it('needs two, refuses a third, lets one be removed, then shows both side by side', () => {
    let s = run(fresh(), { type: 'compare' });
    expect(s.errors).toEqual({ compare: 'few' });
    s = run(s, pick('barista'));
    expect(s.errors).toEqual({});
    s = run(s, { type: 'compare' }, { type: 'compare' });
    expect(hint(s, 'compare')).toBe(true);
    s = run(s, pick(TARGET), pick('kue-rumahan'));
    expect(s.errors).toEqual({ compare: 'full' });
    expect(s.compare).toEqual(['barista', TARGET]);
    s = run(s, pick('barista'));
    expect(s.compare).toEqual([TARGET]);
    expect(s.errors).toEqual({});
    s = run(s, pick('kue-rumahan'), { type: 'compare' });
    expect(s.screen).toBe('banding');
    expect(doneTasks(s)).toEqual(['bandingkan']);
  });
  it('opens a training from the comparison and goes back to it, then to the catalogue', () => {
    let s = run(fresh(), pick('barista'), pick(TARGET), { type: 'compare' }, open('barista'));
    expect(s.screen).toBe('detail');
    expect(s.from).toBe('banding');
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('banding');
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('katalog');
    expect(s.compare).toEqual(['barista', TARGET]);
  });
  it('ignores picking on other screens', () => {
    const s = reach('banding');
    expect(transition(s, pick('kue-rumahan'))).toBe(s);
    expect(transition(s, { type: 'filter', key: 'sort', value: 'harga' })).toBe(s);
    expect(transition(s, { type: 'fits', on: true })).toBe(s);
  });
});

describe('buying', () => {
  it('refuses a training that costs more than the balance, with a hint after two tries', () => {
    let s = run(fresh(), open(PRICEY), { type: 'buy' });
    expect(s.screen).toBe('detail');
    expect(s.errors).toEqual({ buy: 'over' });
    expect(hint(s, 'buy')).toBe(false);
    s = run(s, { type: 'buy' });
    expect(hint(s, 'buy')).toBe(true);
    s = run(s, { type: 'back' }, open('kue-rumahan'), { type: 'buy' });
    expect(s.screen).toBe('bayar');
    expect(s.errors).toEqual({});
  });
  it('explains a missing, non-digit or short card number, and a hint after two tries', () => {
    let s = reach('bayar');
    s = run(s, { type: 'pay' });
    expect(s.errors).toEqual({ card: 'empty' });
    s = run(s, input('card', '1234 abcd'), { type: 'pay' });
    expect(s.errors).toEqual({ card: 'not-digits' });
    expect(hint(s, 'card')).toBe(true);
    s = run(s, input('card', '9999 0000 1234'));
    expect(s.errors).toEqual({});
    s = run(s, { type: 'pay' });
    expect(s.errors).toEqual({ card: 'length' });
    s = run(s, { type: 'fill-example' });
    expect(s.values.card).toBe(EXAMPLE_CARD);
    expect(s.errors).toEqual({});
    s = run(s, { type: 'pay' });
    expect(s.screen).toBe('otp');
  });
  it('reminds (without blocking) when the card number looks like real data', () => {
    let s = run(reach('bayar'), input('card', '3174012345678901'));
    expect(s.real).toBe(true);
    s = run(s, input('card', EXAMPLE_CARD));
    expect(s.real).toBe(false);
    s = run(s, input('card', '3174012345678901'), { type: 'fill-example' });
    expect(s.real).toBe(false);
    s = run(s, input('card', '3174012345678901'), { type: 'pay' });
    expect(s.screen).toBe('otp');
    expect(s.real).toBe(true);
    // Other fields leave the reminder as it is.
    s = run(s, input('otp', '1'));
    expect(s.real).toBe(true);
  });
  it('goes back from payment to the training, and from the SMS step to payment', () => {
    let s = run(reach('otp'), { type: 'back' });
    expect(s.screen).toBe('bayar');
    s = run(s, { type: 'back' });
    expect(s.screen).toBe('detail');
  });
  it('explains a missing, short or wrong SMS code; the right one pays from the balance', () => {
    let s = run(reach('otp'), { type: 'verify' });
    expect(s.errors).toEqual({ otp: 'empty' });
    s = run(s, input('otp', '12345'), { type: 'verify' });
    expect(s.errors).toEqual({ otp: 'length' });
    expect(hint(s, 'otp')).toBe(true);
    const wrong = s.codes.otp === '111111' ? '222222' : '111111';
    s = run(s, input('otp', wrong), { type: 'verify' });
    expect(s.errors).toEqual({ otp: 'wrong' });
    s = run(s, input('otp', ` ${s.codes.otp.slice(0, 3)} ${s.codes.otp.slice(3)} `), { type: 'verify' });
    expect(s.screen).toBe('berhasil');
    expect(s.bought).toBe(TARGET);
    expect(s.balance).toBe(BALANCE - 2750000);
    expect(s.clock).toBe(CLOCK_START);
    expect(doneTasks(s)).toEqual(['cari-pelatihan', 'bandingkan', 'beli']);
  });
  it('stays put when the selected training is missing (a state the flow never makes)', () => {
    const detail: State = { ...fresh(), screen: 'detail', selected: 'nope' };
    expect(transition(detail, { type: 'buy' })).toBe(detail);
    const otp: State = { ...reach('otp'), selected: null };
    expect(transition(otp, { type: 'verify' })).toBe(otp);
  });
  it('ignores "Kembali" where there is no way back', () => {
    for (const screen of ['berhasil', 'tukar', 'wajah', 'belajar', 'sertifikat', 'ulasan', 'selesai'] as const) {
      const s = reach(screen);
      expect(transition(s, { type: 'back' })).toBe(s);
    }
  });
});

describe('redeeming on the lembaga pelatihan page', () => {
  it('explains missing, wrong and already-used codes, accepting codes typed with spaces, dashes or small letters', () => {
    let s = run(reach('tukar'), { type: 'redeem' });
    expect(s.errors).toEqual({ voucher: 'empty', redeem: 'empty' });
    s = run(s, input('voucher', 'VC000000'), input('redeem', 'RD000000'), { type: 'redeem' });
    expect(s.errors).toEqual({ voucher: 'wrong', redeem: 'wrong' });
    expect(hint(s, 'voucher')).toBe(true);
    expect(hint(s, 'redeem')).toBe(true);
    s = run(s, input('voucher', s.codes.voucher.toLowerCase()), input('redeem', s.codes.used), { type: 'redeem' });
    expect(s.errors).toEqual({ redeem: 'used' });
    s = run(s, input('redeem', `${s.codes.redeem.slice(0, 2)}-${s.codes.redeem.slice(2)}`));
    expect(s.errors).toEqual({});
  });
  it('refuses the redeem code before the window ("Tunggu") and after it ("Terlambat"), then accepts it inside', () => {
    let s = run(
      reach('tukar'),
      input('voucher', reach('tukar').codes.voucher),
      input('redeem', reach('tukar').codes.redeem),
    );
    expect(s.clock).toBe(-120);
    s = run(s, { type: 'redeem' });
    expect(s.errors).toEqual({ clock: 'early' });
    s = run(s, clock(CLOCK_STEP));
    expect(s.clock).toBe(-90);
    expect(s.errors).toEqual({});
    s = run(s, { type: 'redeem' });
    expect(s.errors).toEqual({ clock: 'early' });
    expect(hint(s, 'clock')).toBe(true);
    s = run(s, clock(30), { type: 'redeem' });
    expect(s.clock).toBe(-WINDOW);
    expect(s.screen).toBe('wajah');
    expect(doneTasks(s)).toContain('tukar-kode');

    let late = run(reach('tukar'), input('voucher', s.codes.voucher), input('redeem', s.codes.redeem), clock(210));
    expect(late.clock).toBe(90);
    late = run(late, { type: 'redeem' });
    expect(late.errors).toEqual({ clock: 'late' });
    late = run(late, clock(-30), { type: 'redeem' });
    expect(late.clock).toBe(WINDOW);
    expect(late.screen).toBe('wajah');
  });
  it('keeps the clock within three hours either side, in whole minutes, and ignores nonsense', () => {
    let s = reach('tukar');
    s = run(s, clock(1000));
    expect(s.clock).toBe(CLOCK_RANGE);
    s = run(s, clock(-1000));
    expect(s.clock).toBe(-CLOCK_RANGE);
    s = run(s, clock(30.7));
    expect(s.clock).toBe(-150);
    expect(transition(s, clock(Number.NaN))).toBe(s);
    expect(transition(s, clock(Number.POSITIVE_INFINITY))).toBe(s);
  });
});

describe('attending, certificate and review', () => {
  it('asks for a photo, refuses a mask, a dark photo and another person, and accepts the clear one', () => {
    let s = run(reach('wajah'), { type: 'scan' });
    expect(s.errors).toEqual({ face: 'empty' });
    s = run(s, input('face', 'kucing'), { type: 'scan' });
    expect(s.errors).toEqual({ face: 'empty' });
    expect(hint(s, 'face')).toBe(true);
    for (const photo of PHOTOS.filter((p) => p !== 'jelas')) {
      s = run(s, input('face', photo), { type: 'scan' });
      expect(s.errors).toEqual({ face: photo });
    }
    s = run(s, input('face', 'jelas'), { type: 'scan' });
    expect(s.screen).toBe('belajar');
    s = run(s, { type: 'finish' });
    expect(s.screen).toBe('sertifikat');
    expect(doneTasks(s)).toContain('ikuti-pelatihan');
    s = run(s, { type: 'start-review' });
    expect(s.screen).toBe('ulasan');
  });
  it('needs a star rating and a review of at least three words', () => {
    let s = run(reach('ulasan'), { type: 'send-review' });
    expect(s.errors).toEqual({ rating: 'empty', review: 'empty' });
    s = run(s, input('rating', '6'), input('review', '  bagus  '), { type: 'send-review' });
    expect(s.errors).toEqual({ rating: 'empty', review: 'short' });
    expect(hint(s, 'rating')).toBe(true);
    expect(hint(s, 'review')).toBe(true);
    s = run(s, input('rating', '1'), input('review', 'Kurang jelas, suara putus'), { type: 'send-review' });
    expect(s.screen).toBe('selesai');
    expect(doneTasks(s)).toEqual([...TASKS]);
  });
});

describe('the words (text.id.json and text.en.json)', () => {
  const locales = { id: textId as Record<string, string>, en: textEn as Record<string, string> };
  /** Every error code the machine can produce, by field. */
  const ERRORS: Record<string, string[]> = {
    compare: ['few', 'full'],
    buy: ['over'],
    card: ['empty', 'not-digits', 'length'],
    otp: ['empty', 'length', 'wrong'],
    voucher: ['empty', 'wrong'],
    redeem: ['empty', 'wrong', 'used'],
    clock: ['early', 'late'],
    face: ['empty', ...PHOTOS.filter((p) => p !== 'jelas')],
    rating: ['empty'],
    review: ['empty', 'short'],
  };
  const facts = Object.fromEntries(loadContent().input.facts.map((e) => [e.id, e.data]));

  it('has the same keys in both languages', () => {
    expect(Object.keys(textEn).sort()).toEqual(Object.keys(textId).sort());
  });
  for (const [locale, text] of Object.entries(locales) as ['id' | 'en', Record<string, string>][]) {
    it(`has words for every task, error, hint, option and photo (${locale})`, () => {
      const need = [
        ...TASKS.map((id) => `tasks.${id}`),
        ...Object.entries(ERRORS).flatMap(([field, codes]) => [
          `hint.${field}`,
          ...codes.map((c) => `err.${field}.${c}`),
        ]),
        ...FORMATS.flatMap((f) => [`fmt.${f}`, `fmtNote.${f}`]),
        'fmt.all',
        ...TOPICS.map((t) => `topic.${t}`),
        'topic.all',
        ...SORTS.map((o) => `sort.${o || 'all'}`),
        ...PHOTOS.map((p) => `face.${p}`),
        ...[1, 2, 3, 4, 5].map((n) => `rating.${n}`),
      ];
      for (const key of need) expect(text[key], key).toBeTruthy();
    });
    it(`fills every {{fact}} from content/facts (${locale})`, () => {
      for (const value of Object.values(text)) expect(() => fillFacts(value, facts, locale)).not.toThrow();
      expect(fillFacts(text['err.redeem.used']!, facts, locale)).toContain('“Kode redeem sudah digunakan”');
    });
  }
  it('names the clock step the machine uses', () => {
    expect(textId['clock.later']).toContain(String(CLOCK_STEP));
    expect(textEn['clock.earlier']).toContain(String(CLOCK_STEP));
  });
});
