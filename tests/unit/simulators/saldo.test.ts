import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDENTITY, practiceCode, showHint } from '../../../src/lib/simulators/common';
import { ACCOUNTS, EXAMPLE_PIN, PROFILE, REVIEW_MIN, SURVEY } from '../../../src/lib/simulators/saldo/data';
import {
  TASKS,
  accountOf,
  daysLeft,
  doneTasks,
  incentiveStatus,
  initial,
  linkFailure,
  looksRealNumber,
  missing,
  otpCode,
  transition,
  type Config,
  type Event,
  type State,
} from '../../../src/lib/simulators/saldo/machine';

const config: Config = {
  balance: 3_500_000,
  buyWithinDays: 15,
  otpMaxWrong: 3,
  surveyCount: 2,
  incentive: 600_000,
  surveyIncentive: 50_000,
  trainings: [
    { id: 'jualan-online', price: 1_200_000 },
    { id: 'barista', price: 2_100_000 },
    { id: 'mahal', price: 5_000_000 },
  ],
};

const run = (state: State, ...events: Event[]) => events.reduce(transition, state);
const start = () => initial(config);
const days = (n: number): Event[] => Array.from({ length: n }, () => ({ type: 'next-day' }));
const account = (id: string) => ACCOUNTS.find((a) => a.id === id)!;

/** Up to the form of `id`, with `number` typed. */
function atForm(id: string, state = start()): State {
  return run(state, { type: 'go', to: 'link-choose' }, { type: 'choose-account', account: id }, { type: 'connect' });
}
function atConfirm(id: string, state = start()): State {
  return run(atForm(id, state), { type: 'fill-example' }, { type: 'submit-number' });
}
function atOtp(state = start()): State {
  return run(atConfirm('dompet-budi', state), { type: 'confirm' });
}
function linked(state = start()): State {
  const otp = atOtp(state);
  return run(
    otp,
    { type: 'input', field: 'otp', value: otpCode(otp) },
    { type: 'submit-otp' },
    { type: 'input', field: 'pin', value: EXAMPLE_PIN },
    { type: 'submit-pin' },
  );
}
function bought(state = start(), training = 'jualan-online'): State {
  return run(state, { type: 'go', to: 'shop' }, { type: 'choose-training', training }, { type: 'pay' });
}
function reviewed(state: State): State {
  return run(
    state,
    { type: 'go', to: 'training' },
    { type: 'finish-training' },
    { type: 'go', to: 'review' },
    { type: 'rate', stars: 5 },
    { type: 'input', field: 'review', value: 'Materinya jelas dan mudah dipraktikkan.' },
    { type: 'submit-review' },
  );
}
function survey(state: State): State {
  return run(
    state,
    { type: 'go', to: 'survey' },
    ...SURVEY.map((q): Event => ({ type: 'answer', question: q.id, option: 0 })),
    { type: 'submit-survey' },
  );
}

describe('saldo: start, tasks and the clock', () => {
  it('starts on the dashboard with the full balance, day 0, nothing done', () => {
    const s = start();
    expect(s.screen).toBe('dashboard');
    expect(s.balance).toBe(3_500_000);
    expect(s.day).toBe(0);
    expect(daysLeft(s)).toBe(15);
    expect(doneTasks(s)).toEqual([]);
    expect(incentiveStatus(s)).toBe('waiting');
    expect(missing(s)).toEqual(['finish', 'review', 'link']);
    expect(TASKS).toEqual([
      'cek-batas-waktu',
      'hubungkan-rekening',
      'beli-pelatihan',
      'beri-ulasan',
      'terima-insentif',
      'isi-survei',
    ]);
  });

  it('checking the deadline completes the first task; the clock moves on from the dashboard and the deadline screen', () => {
    const s = run(start(), { type: 'go', to: 'deadline' });
    expect(s.screen).toBe('deadline');
    expect(doneTasks(s)).toEqual(['cek-batas-waktu']);
    const later = run(s, { type: 'next-day' }, { type: 'go', to: 'dashboard' }, { type: 'next-day' });
    expect(later.day).toBe(2);
    expect(daysLeft(later)).toBe(13);
    expect(later.deadlineChecked).toBe(true);
  });

  it('the clock does not move on other screens', () => {
    const s = run(start(), { type: 'go', to: 'shop' });
    expect(transition(s, { type: 'next-day' })).toBe(s);
  });

  it('the last day still counts; the day after it, without a purchase, membership is revoked and the balance returned', () => {
    const last = run(start(), ...days(15));
    expect(last.screen).toBe('dashboard');
    expect(daysLeft(last)).toBe(0);
    const revoked = transition(last, { type: 'next-day' });
    expect(revoked.screen).toBe('revoked');
    expect(revoked.balance).toBe(0);
    expect(revoked.day).toBe(16);
    expect(daysLeft(revoked)).toBe(0);
    expect(revoked.transactions).toEqual([{ kind: 'returned', amount: 3_500_000, day: 16 }]);
  });

  it('when revoked, only "Mulai lagi" works, and it starts over', () => {
    const revoked = run(start(), { type: 'go', to: 'deadline' }, ...days(16));
    expect(revoked.screen).toBe('revoked');
    for (const e of [
      { type: 'next-day' },
      { type: 'go', to: 'dashboard' },
      { type: 'go', to: 'shop' },
      { type: 'pay' },
    ] as Event[]) {
      expect(transition(revoked, e)).toBe(revoked);
    }
    expect(doneTasks(revoked)).toEqual(['cek-batas-waktu']);
    expect(transition(revoked, { type: 'restart' })).toEqual(start());
  });

  it('a purchase before the deadline keeps the membership', () => {
    const s = run(bought(), { type: 'go', to: 'dashboard' }, ...days(20));
    expect(s.screen).toBe('dashboard');
    expect(s.day).toBe(20);
    expect(s.transactions).toHaveLength(1);
  });

  it('an unknown event changes nothing', () => {
    const s = start();
    expect(transition(s, { type: 'fly' } as unknown as Event)).toBe(s);
  });
});

describe('saldo: navigation guards', () => {
  it('opens the dashboard, the deadline and the shop from anywhere (clearing errors)', () => {
    const withError = run(start(), { type: 'go', to: 'link-choose' }, { type: 'connect' });
    expect(withError.errors).toEqual({ account: 'empty' });
    const home = transition(withError, { type: 'go', to: 'dashboard' });
    expect(home.screen).toBe('dashboard');
    expect(home.errors).toEqual({});
    expect(transition(home, { type: 'go', to: 'shop' }).screen).toBe('shop');
  });

  it('refuses screens that are not open yet', () => {
    const s = start();
    expect(transition(s, { type: 'go', to: 'link-form' })).toBe(s);
    expect(transition(s, { type: 'go', to: 'training' })).toBe(s);
    expect(transition(s, { type: 'go', to: 'review' })).toBe(s);
    expect(transition(s, { type: 'go', to: 'survey' })).toBe(s);
    const done = linked();
    expect(transition(done, { type: 'go', to: 'link-choose' })).toBe(done);
    const b = bought();
    expect(transition(b, { type: 'go', to: 'review' })).toBe(b);
    const r = reviewed(b);
    expect(transition(r, { type: 'go', to: 'review' })).toBe(r);
  });
});

describe('saldo: linking an e-wallet or bank account', () => {
  it('choosing: unknown accounts and other screens are ignored; "Sambungkan" with nothing chosen is an error, twice gives a hint', () => {
    const s = run(start(), { type: 'go', to: 'link-choose' });
    expect(s.screen).toBe('link-choose');
    expect(transition(s, { type: 'choose-account', account: 'nope' })).toBe(s);
    const home = start();
    expect(transition(home, { type: 'choose-account', account: 'dompet-budi' })).toBe(home);
    expect(transition(home, { type: 'connect' })).toBe(home);
    const once = transition(s, { type: 'connect' });
    expect(once.errors.account).toBe('empty');
    expect(showHint(once.tries, 'account')).toBe(false);
    const twice = transition(once, { type: 'connect' });
    expect(showHint(twice.tries, 'account')).toBe(true);
    const chosen = transition(twice, { type: 'choose-account', account: 'dompet-budi' });
    expect(chosen.account).toBe('dompet-budi');
    expect(chosen.errors).toEqual({});
    expect(transition(chosen, { type: 'connect' }).screen).toBe('link-form');
  });

  it("typing only works on the screen of the field, and clears that field's error", () => {
    const form = atForm('dompet-budi');
    expect(transition(form, { type: 'input', field: 'otp', value: '1' })).toBe(form);
    const bad = run(form, { type: 'submit-number' });
    expect(bad.errors.number).toBe('empty');
    const typed = transition(bad, { type: 'input', field: 'number', value: '0812' });
    expect(typed.fields.number).toBe('0812');
    expect(typed.errors.number).toBeUndefined();
  });

  it('link events need a chosen account and their own screen', () => {
    const s = start();
    for (const type of ['fill-example', 'submit-number', 'confirm', 'submit-otp', 'wait-over', 'submit-pin'] as const) {
      expect(transition(s, { type })).toBe(s);
    }
    const confirm = atConfirm('dompet-budi');
    for (const type of ['fill-example', 'submit-number', 'submit-otp', 'wait-over', 'submit-pin'] as const) {
      expect(transition(confirm, { type })).toBe(confirm);
    }
    const form = atForm('dompet-budi');
    expect(transition(form, { type: 'confirm' })).toBe(form);
  });

  it("checks the e-wallet phone number as typed: empty, not digits, not a phone number, not this e-wallet's", () => {
    const form = atForm('dompet-budi');
    const submit = (value: string) => run(form, { type: 'input', field: 'number', value }, { type: 'submit-number' });
    expect(submit('   ').errors.number).toBe('empty');
    expect(submit('0812abc').errors.number).toBe('not-digits');
    expect(submit('12345').errors.number).toBe('format');
    expect(submit('081299999999').errors.number).toBe('unknown');
    const ok = submit('0812-0000 0000');
    expect(ok.screen).toBe('link-confirm');
    expect(ok.errors).toEqual({});
    const twice = run(form, { type: 'submit-number' }, { type: 'submit-number' });
    expect(showHint(twice.tries, 'number')).toBe(true);
  });

  it("checks a bank account number: 10 to 16 digits, this account's", () => {
    const form = atForm('bank-budi');
    const submit = (value: string) => run(form, { type: 'input', field: 'number', value }, { type: 'submit-number' });
    expect(submit('123').errors.number).toBe('format');
    expect(submit('0012345679').errors.number).toBe('unknown');
    const filled = transition(form, { type: 'fill-example' });
    expect(filled.fields.number).toBe(account('bank-budi').number);
    expect(transition(filled, { type: 'submit-number' }).screen).toBe('link-confirm');
  });

  it('"Ubah" goes back from the confirmation to the form', () => {
    const back = transition(atConfirm('dompet-budi'), { type: 'go', to: 'link-form' });
    expect(back.screen).toBe('link-form');
    expect(back.fields.number).toBe(EXAMPLE_IDENTITY.phone);
  });

  it('"Ya, Sambungkan" fails for someone else\'s e-wallet, another phone number, or an e-wallet not upgraded', () => {
    const failed = (id: string) => transition(atConfirm(id), { type: 'confirm' });
    expect(failed('dompet-kakak')).toMatchObject({ screen: 'link-failed', failure: 'name-nik', linked: null });
    expect(failed('dompet-nomor-lain')).toMatchObject({ screen: 'link-failed', failure: 'phone' });
    expect(failed('dompet-belum-upgrade')).toMatchObject({ screen: 'link-failed', failure: 'not-upgraded' });
    expect(doneTasks(failed('dompet-kakak'))).toEqual([]);
    const again = transition(failed('dompet-kakak'), { type: 'go', to: 'link-choose' });
    expect(again).toMatchObject({
      screen: 'link-choose',
      account: null,
      failure: null,
      fields: { number: '', otp: '', pin: '', review: '' },
    });
  });

  it('a bank account is linked right after "Ya, Sambungkan"', () => {
    const done = transition(atConfirm('bank-budi'), { type: 'confirm' });
    expect(done).toMatchObject({ screen: 'link-done', linked: 'bank-budi' });
    expect(doneTasks(done)).toEqual(['hubungkan-rekening']);
  });

  it('an e-wallet asks for the OTP from the on-screen SMS: empty, wrong length, wrong code (hint after two)', () => {
    const otp = atOtp();
    expect(otp.screen).toBe('link-otp');
    expect(otpCode(otp)).toBe(practiceCode(41));
    const type = (value: string) => run(otp, { type: 'input', field: 'otp', value }, { type: 'submit-otp' });
    expect(type('').errors.otp).toBe('empty');
    expect(type('12345').errors.otp).toBe('format');
    expect(type('12345').otpWrong).toBe(0);
    const wrong = otpCode(otp) === '111111' ? '222222' : '111111';
    const once = type(wrong);
    expect(once).toMatchObject({ screen: 'link-otp', otpWrong: 1, errors: { otp: 'wrong' } });
    expect(showHint(once.tries, 'otp')).toBe(false);
    const twice = run(once, { type: 'submit-otp' });
    expect(showHint(twice.tries, 'otp')).toBe(true);
    const right = run(
      twice,
      { type: 'input', field: 'otp', value: otpCode(otp).replace(/(\d{3})/, '$1 ') },
      { type: 'submit-otp' },
    );
    expect(right).toMatchObject({ screen: 'link-pin', errors: {} });
  });

  it('more wrong OTPs than allowed means waiting; after the wait a new code comes', () => {
    const otp = atOtp();
    const wrong = otpCode(otp) === '111111' ? '222222' : '111111';
    const typed = transition(otp, { type: 'input', field: 'otp', value: wrong });
    const three = run(typed, { type: 'submit-otp' }, { type: 'submit-otp' }, { type: 'submit-otp' });
    expect(three).toMatchObject({ screen: 'link-otp', otpWrong: 3 });
    const wait = transition(three, { type: 'submit-otp' });
    expect(wait).toMatchObject({ screen: 'link-wait', otpWrong: 4, errors: {} });
    expect(transition(wait, { type: 'submit-otp' })).toBe(wait);
    const again = transition(wait, { type: 'wait-over' });
    expect(again).toMatchObject({ screen: 'link-otp', otpRound: 1, otpWrong: 0, fields: { otp: '' } });
    expect(otpCode(again)).not.toBe(otpCode(otp));
  });

  it("then the e-wallet's security code: empty, wrong length, wrong, right", () => {
    const otp = atOtp();
    const pin = run(otp, { type: 'input', field: 'otp', value: otpCode(otp) }, { type: 'submit-otp' });
    const type = (value: string) => run(pin, { type: 'input', field: 'pin', value }, { type: 'submit-pin' });
    expect(type('').errors.pin).toBe('empty');
    expect(type('12').errors.pin).toBe('format');
    expect(type('000000').errors.pin).toBe('wrong');
    const done = type(EXAMPLE_PIN);
    expect(done).toMatchObject({ screen: 'link-done', linked: 'dompet-budi', errors: {}, fields: { pin: '' } });
    expect(doneTasks(done)).toEqual(['hubungkan-rekening']);
    expect(missing(done)).toEqual(['finish', 'review']);
  });

  it('knows why an account fails, and finds accounts by id', () => {
    expect(linkFailure(account('dompet-budi'))).toBeNull();
    expect(linkFailure(account('bank-budi'))).toBeNull();
    expect(linkFailure({ ...account('bank-budi'), nik: '3199010190000003' })).toBe('name-nik');
    expect(accountOf(null)).toBeUndefined();
    expect(accountOf('dompet-budi')?.number).toBe(PROFILE.phone);
  });

  it('reminds about real data for real-looking phone or account numbers, or a NIK, but not for the examples', () => {
    expect(looksRealNumber('ewallet', EXAMPLE_IDENTITY.phone)).toBe(false);
    expect(looksRealNumber('ewallet', '0812 000 000 22')).toBe(false);
    expect(looksRealNumber('bank', '0012345678')).toBe(false);
    expect(looksRealNumber('ewallet', '0813-1234-5678')).toBe(true);
    expect(looksRealNumber('ewallet', '3174012345678901')).toBe(true);
    expect(looksRealNumber('bank', '1234567890')).toBe(true);
    expect(looksRealNumber('ewallet', '0813')).toBe(false);
    expect(looksRealNumber('bank', '123')).toBe(false);
  });
});

describe('saldo: buying, finishing and reviewing', () => {
  it('a training can be chosen only in the shop, once, and only if the balance is enough', () => {
    const home = start();
    expect(transition(home, { type: 'choose-training', training: 'barista' })).toBe(home);
    const shop = transition(home, { type: 'go', to: 'shop' });
    expect(transition(shop, { type: 'choose-training', training: 'nope' })).toBe(shop);
    const tooMuch = transition(shop, { type: 'choose-training', training: 'mahal' });
    expect(tooMuch.errors.training).toBe('too-expensive');
    const chosen = transition(tooMuch, { type: 'choose-training', training: 'barista' });
    expect(chosen).toMatchObject({ screen: 'buy', choice: 'barista', errors: {} });
    const again = run(bought(start(), 'barista'), { type: 'go', to: 'shop' });
    expect(transition(again, { type: 'choose-training', training: 'barista' })).toBe(again);
  });

  it('paying lowers the balance and records the purchase; "Pelatihan Saya" opens', () => {
    const s = bought();
    expect(s).toMatchObject({ screen: 'training', balance: 2_300_000, owned: ['jualan-online'], choice: null });
    expect(s.transactions).toEqual([{ kind: 'buy', training: 'jualan-online', amount: 1_200_000, day: 0 }]);
    expect(doneTasks(s)).toEqual(['beli-pelatihan']);
    const second = bought(s, 'barista');
    expect(second.balance).toBe(200_000);
    expect(second.owned).toEqual(['jualan-online', 'barista']);
  });

  it('"pay" needs the payment screen and a chosen training', () => {
    const s = start();
    expect(transition(s, { type: 'pay' })).toBe(s);
    const odd: State = { ...s, screen: 'buy', choice: null };
    expect(transition(odd, { type: 'pay' })).toBe(odd);
  });

  it('finishing needs "Pelatihan Saya"', () => {
    const s = start();
    expect(transition(s, { type: 'finish-training' })).toBe(s);
    const done = run(bought(), { type: 'finish-training' });
    expect(done.finished).toBe(true);
    expect(missing(done)).toEqual(['review', 'link']);
  });

  it('the review needs a rating from 1 to 5 and a text long enough; two wrong tries give hints', () => {
    const review = run(bought(), { type: 'finish-training' }, { type: 'go', to: 'review' });
    expect(review.screen).toBe('review');
    expect(transition(start(), { type: 'rate', stars: 3 }).rating).toBe(0);
    for (const stars of [0, 6, 2.5]) expect(transition(review, { type: 'rate', stars })).toBe(review);
    expect(transition(start(), { type: 'submit-review' }).screen).toBe('dashboard');
    const empty = transition(review, { type: 'submit-review' });
    expect(empty.errors).toEqual({ rating: 'empty', review: 'empty' });
    const twice = transition(empty, { type: 'submit-review' });
    expect(showHint(twice.tries, 'rating')).toBe(true);
    expect(showHint(twice.tries, 'review')).toBe(true);
    const rated = transition(twice, { type: 'rate', stars: 4 });
    expect(rated.rating).toBe(4);
    expect(rated.errors).toEqual({ review: 'empty' });
    const short = run(
      rated,
      { type: 'input', field: 'review', value: 'x'.repeat(REVIEW_MIN - 1) },
      { type: 'submit-review' },
    );
    expect(short.errors).toEqual({ review: 'short' });
    const ok = run(short, { type: 'input', field: 'review', value: 'x'.repeat(REVIEW_MIN) }, { type: 'submit-review' });
    expect(ok).toMatchObject({ screen: 'training', reviewed: true, fields: { review: '' }, errors: {} });
    expect(doneTasks(ok)).toEqual(['beli-pelatihan', 'beri-ulasan']);
  });
});

describe('saldo: incentives', () => {
  it('"Menunggu Diproses" until linked; then "Sedang Diproses"; the next day it is received', () => {
    const r = reviewed(bought());
    expect(incentiveStatus(r)).toBe('waiting');
    expect(missing(r)).toEqual(['link']);
    const home = transition(r, { type: 'go', to: 'dashboard' });
    expect(transition(home, { type: 'next-day' }).received).toBe(false);
    const l = linked(home);
    expect(incentiveStatus(l)).toBe('processing');
    const received = run(l, { type: 'go', to: 'dashboard' }, { type: 'next-day' });
    expect(incentiveStatus(received)).toBe('received');
    expect(received.transactions.at(-1)).toEqual({ kind: 'incentive', amount: 600_000, day: 1 });
    expect(doneTasks(received)).toEqual(['hubungkan-rekening', 'beli-pelatihan', 'beri-ulasan', 'terima-insentif']);
    const after = transition(received, { type: 'next-day' });
    expect(after.transactions).toHaveLength(received.transactions.length);
  });

  it('surveys open after the incentive; every question must be answered; paid up to the count', () => {
    const received = run(reviewed(bought(linked())), { type: 'go', to: 'dashboard' }, { type: 'next-day' });
    const s = transition(received, { type: 'go', to: 'survey' });
    expect(s.screen).toBe('survey');
    expect(transition(received, { type: 'answer', question: 'kerja', option: 0 })).toBe(received);
    expect(transition(received, { type: 'submit-survey' })).toBe(received);
    expect(transition(s, { type: 'answer', question: 'nope', option: 0 })).toBe(s);
    for (const option of [-1, 3, 1.5]) expect(transition(s, { type: 'answer', question: 'kerja', option })).toBe(s);
    const incomplete = run(s, { type: 'answer', question: 'kerja', option: 2 }, { type: 'submit-survey' });
    expect(incomplete.errors.survey).toBe('incomplete');
    const twice = transition(incomplete, { type: 'submit-survey' });
    expect(showHint(twice.tries, 'survey')).toBe(true);
    const answered = transition(twice, { type: 'answer', question: 'manfaat', option: 1 });
    expect(answered.errors).toEqual({});
    expect(answered.answers).toEqual({ kerja: 2, manfaat: 1 });
    const one = transition(answered, { type: 'submit-survey' });
    expect(one).toMatchObject({ screen: 'dashboard', surveysDone: 1, answers: {} });
    expect(one.transactions.at(-1)).toEqual({ kind: 'survey', n: 1, amount: 50_000, day: 1 });
    expect(doneTasks(one)).not.toContain('isi-survei');
    const two = survey(one);
    expect(two.surveysDone).toBe(2);
    expect(doneTasks(two)).toEqual([...TASKS].filter((t) => t !== 'cek-batas-waktu'));
    expect(transition(two, { type: 'go', to: 'survey' })).toBe(two);
    const all = run(two, { type: 'go', to: 'deadline' });
    expect(doneTasks(all)).toEqual([...TASKS]);
  });
});
