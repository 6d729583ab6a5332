/**
 * The registration simulator's state machine: every screen, every transition, every error (coverage: 100 %).
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDENTITY } from '../../../src/lib/simulators/common';
import {
  FACE_PHOTOS,
  KTP_PHOTOS,
  KTP_WAVE,
  STATEMENTS,
  TASKS,
  TEST_ITEMS,
  doneTasks,
  fieldsOf,
  hintFor,
  initial,
  testScore,
  transition,
  type Event,
  type State,
} from '../../../src/lib/simulators/pendaftaran/machine';

const run = (state: State, ...events: Event[]) => events.reduce(transition, state);
const input = (field: string, value: string): Event => ({ type: 'input', field, value });
const submit: Event = { type: 'submit' };
const example: Event = { type: 'fill-example' };

/** Drives a fresh machine to `screen` the right way. */
function reach(screen: State['screen']): State {
  let s = initial(7);
  const steps: [State['screen'], () => void][] = [
    ['akun', () => (s = run(s, example, submit))],
    ['inbox', () => (s = run(s, { type: 'verify-email' }))],
    ['masuk', () => (s = run(s, example, submit))],
    ['otp-email', () => (s = run(s, input('emailOtp', s.emailCode), submit))],
    ['data-ktp', () => (s = run(s, example, submit))],
    ['data-diri', () => (s = run(s, example, submit))],
    ['foto-ktp', () => (s = run(s, input('ktpPhoto', 'jelas'), submit))],
    ['scan-wajah', () => (s = run(s, input('facePhoto', 'jelas'), submit))],
    [
      'otp-hp',
      () => (s = run(s, example, { type: 'send-sms' }, { type: 'trap-refuse' }, input('smsOtp', s.smsCode), submit)),
    ],
    ['pernyataan', () => (s = run(s, ...STATEMENTS.map((f) => input(f, 'tidak')), submit))],
    ['tes', () => (s = run(s, ...TEST_ITEMS.map((i) => input(i.id, i.right)), submit))],
    ['gelombang', () => (s = run(s, input('wave', KTP_WAVE), submit))],
    ['persetujuan', () => (s = run(s, submit))],
    ['menunggu', () => (s = run(s, { type: 'wait' }))],
  ];
  for (const [at, go] of steps) {
    if (s.screen === screen) return s;
    expect(s.screen).toBe(at);
    go();
  }
  expect(s.screen).toBe(screen);
  return s;
}

describe('the whole flow', () => {
  it('goes from account to announcement and completes every task in order', () => {
    const end = reach('pengumuman');
    expect(doneTasks(end)).toEqual([...TASKS]);
    expect(testScore(end)).toBe(3);
  });
  it('starts with different codes for different seeds, and a default seed', () => {
    expect(initial().emailCode).toMatch(/^\d{6}$/);
    expect(initial(1).emailCode).not.toBe(initial(2).emailCode);
  });
});

describe('account and email', () => {
  it('explains email and password mistakes and shows a hint after two wrong tries', () => {
    let s = run(initial(), submit);
    expect(s.errors).toEqual({ email: 'empty', password: 'short' });
    expect(hintFor(s, 'email')).toBe(false);
    s = run(s, input('email', 'budi@'), input('password', 'abcdefgh'), submit);
    expect(s.errors).toEqual({ email: 'format', password: 'no-number' });
    expect(hintFor(s, 'email')).toBe(true);
    s = run(s, input('password', '12345678'), submit);
    expect(s.errors.password).toBe('no-letter');
    s = run(s, input('email', 'budi@contoh.id'), input('password', 'abcd1234'), submit);
    expect(s.screen).toBe('inbox');
  });
  it('typing into a field clears its error only', () => {
    const s = run(initial(), submit, input('email', 'x'));
    expect(s.errors).toEqual({ password: 'short' });
  });
  it('verifies the email only from the inbox', () => {
    expect(run(initial(), { type: 'verify-email' }).screen).toBe('akun');
    expect(run(reach('inbox'), { type: 'verify-email' }).screen).toBe('masuk');
  });
  it('ignores submit on a screen without a form', () => {
    const inbox = reach('inbox');
    expect(run(inbox, submit)).toBe(inbox);
    expect(fieldsOf('inbox')).toEqual([]);
  });
  it('fills nothing where there is no example', () => {
    const inbox = reach('inbox');
    expect(run(inbox, example).values).toEqual(inbox.values);
  });
});

describe('logging in', () => {
  it('needs the registered email and password', () => {
    let s = run(reach('masuk'), input('loginEmail', 'lain@contoh.id'), input('loginPassword', 'salah123'), submit);
    expect(s.errors).toEqual({ loginEmail: 'not-registered', loginPassword: 'wrong-password' });
    s = run(s, input('loginEmail', 'bukan-email'), submit);
    expect(s.errors.loginEmail).toBe('format');
  });
  it('fills the example login from the example identity when no account values exist', () => {
    const bare: State = { ...reach('masuk'), values: {} };
    expect(run(bare, example).values).toMatchObject({
      loginEmail: EXAMPLE_IDENTITY.email,
      loginPassword: EXAMPLE_IDENTITY.password,
    });
  });
  it('checks the email code', () => {
    const s = reach('otp-email');
    expect(run(s, submit).errors.emailOtp).toBe('empty');
    expect(run(s, input('emailOtp', '000000'), submit).errors.emailOtp).toBe('wrong-code');
  });
});

describe('KTP data, photos and face', () => {
  it('needs 16-digit NIK and KK and a date of birth, with plain errors', () => {
    const s = run(reach('data-ktp'), input('nik', '12345'), input('kk', '12ab'), submit);
    expect(s.errors).toEqual({ nik: 'length', kk: 'not-digits', birthDate: 'empty' });
  });
  it('reminds the learner not to type real data when a number looks real, without blocking', () => {
    const s = run(reach('data-ktp'), input('nik', '3171010101900001'));
    expect(s.realDataWarning).toBe(true);
    expect(run(reach('data-ktp'), input('name', '3171010101900001')).realDataWarning).toBe(false);
    expect(run(reach('data-ktp'), input('nik', EXAMPLE_IDENTITY.nik)).realDataWarning).toBe(false);
  });
  it('needs every personal field', () => {
    expect(run(reach('data-diri'), submit).errors).toEqual({ name: 'empty', mother: 'empty', address: 'empty' });
  });
  it('rejects unclear KTP photos and face pictures with their reason', () => {
    expect(run(reach('foto-ktp'), submit).errors.ktpPhoto).toBe('empty');
    for (const photo of KTP_PHOTOS.filter((p) => p !== 'jelas'))
      expect(run(reach('foto-ktp'), input('ktpPhoto', photo), submit).errors.ktpPhoto).toBe(photo);
    for (const photo of FACE_PHOTOS.filter((p) => p !== 'jelas'))
      expect(run(reach('scan-wajah'), input('facePhoto', photo), submit).errors.facePhoto).toBe(photo);
  });
});

describe('phone OTP and the fake officer', () => {
  it('asks to send the SMS first, then to deal with the message first', () => {
    let s = run(reach('otp-hp'), submit);
    expect(s.errors.smsOtp).toBe('send-first');
    s = run(s, { type: 'send-sms' });
    expect(s.errors.phone).toBe('phone');
    s = run(s, example, { type: 'send-sms' });
    expect(s.trap).toBe('shown');
    expect(run(s, { type: 'send-sms' })).toBe(s);
    expect(run(s, input('smsOtp', s.smsCode), submit).errors.smsOtp).toBe('message-first');
  });
  it('giving the code to the "petugas" ends the attempt; only restart works then, and tasks done are kept', () => {
    const s = run(reach('otp-hp'), example, { type: 'send-sms' }, { type: 'trap-reply' });
    expect(s.screen).toBe('tertipu');
    expect(run(s, submit)).toBe(s);
    const again = run(s, { type: 'restart' });
    expect(again.screen).toBe('akun');
    expect(again.done).toEqual(s.done);
    expect(again.values).toEqual({});
  });
  it('refusing completes "tolak-penipu"; the trap buttons do nothing before or after', () => {
    const before = reach('otp-hp');
    expect(run(before, { type: 'trap-reply' })).toBe(before);
    expect(run(before, { type: 'trap-refuse' })).toBe(before);
    const s = run(before, example, { type: 'send-sms' }, { type: 'trap-refuse' });
    expect(s.done).toContain('tolak-penipu');
    expect(run(s, { type: 'trap-refuse' })).toBe(s);
    expect(run(s, submit).errors.smsOtp).toBe('empty');
    expect(run(s, input('smsOtp', '999999'), submit).errors.smsOtp).toBe('wrong-code');
  });
  it('ignores sending an SMS on other screens', () => {
    const s = initial();
    expect(run(s, { type: 'send-sms' })).toBe(s);
  });
});

describe('statement, test, wave, agreement, announcement', () => {
  it('needs every statement and test item answered', () => {
    expect(Object.keys(run(reach('pernyataan'), submit).errors)).toEqual([...STATEMENTS]);
    expect(Object.keys(run(reach('tes'), submit).errors)).toEqual(TEST_ITEMS.map((i) => i.id));
  });
  it('scores the sample test but accepts any complete answers', () => {
    const s = run(reach('tes'), ...TEST_ITEMS.map((i) => input(i.id, 'z')), submit);
    expect(s.screen).toBe('gelombang');
    expect(testScore(s)).toBe(0);
  });
  it('needs the wave of the KTP address', () => {
    expect(run(reach('gelombang'), submit).errors.wave).toBe('empty');
    expect(run(reach('gelombang'), input('wave', 'banten'), submit).errors.wave).toBe('wave-address');
  });
  it('waits only on the waiting screen', () => {
    const s = initial();
    expect(run(s, { type: 'wait' })).toBe(s);
  });
  it('completing a task twice keeps it once', () => {
    const s = run(reach('pengumuman'), { type: 'restart' });
    const again = run(s, example, submit);
    expect(again.done.filter((t) => t === 'buat-akun')).toHaveLength(1);
  });
});
