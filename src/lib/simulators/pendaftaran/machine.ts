/**
 * The registration simulator ("Simulasi pendaftaran") as a pure state machine: account → email inbox → log in
 * with the email code → KTP data → personal data → KTP photo and face scan → phone OTP (with a fake "petugas"
 * asking for the code mid-flow) → applicant statement → basic test → "Gabung Gelombang" → "Saya Menyetujui" →
 * waiting → announcement. What the learner types lives only in this state, which is never stored.
 */
import {
  EXAMPLE_IDENTITY,
  checkEmail,
  checkPassword,
  checkSixteenDigits,
  looksReal,
  practiceCode,
  showHint,
  wrongTry,
  type Tries,
} from '../common';

export const TASKS = [
  'buat-akun',
  'verifikasi-email',
  'masuk',
  'data-ktp',
  'foto-dan-wajah',
  'tolak-penipu',
  'verifikasi-hp',
  'tes',
  'gabung-gelombang',
  'lihat-pengumuman',
] as const;
export type TaskId = (typeof TASKS)[number];

export const SCREENS = [
  'akun',
  'inbox',
  'masuk',
  'otp-email',
  'data-ktp',
  'data-diri',
  'foto-ktp',
  'scan-wajah',
  'otp-hp',
  'pernyataan',
  'tes',
  'gelombang',
  'persetujuan',
  'menunggu',
  'pengumuman',
] as const;
export type Screen = (typeof SCREENS)[number] | 'tertipu';

/** Example KTP photos: only "jelas" is accepted; the others are rejected with their reason. */
export const KTP_PHOTOS = ['jelas', 'buram', 'flash', 'terpotong'] as const;
/** Example face-scan pictures: only "jelas" is accepted. */
export const FACE_PHOTOS = ['jelas', 'kacamata', 'gelap', 'masker'] as const;
/** The three sample test items and their right options. */
export const TEST_ITEMS = [
  { id: 'kata', options: ['a', 'b', 'c'], right: 'b' },
  { id: 'angka', options: ['a', 'b', 'c'], right: 'c' },
  { id: 'pola', options: ['a', 'b', 'c'], right: 'a' },
] as const;
/** Waves the learner can join; the right one matches the KTP address (the example identity lives in Jakarta). */
export const WAVES = ['dki-jakarta', 'jawa-barat', 'banten'] as const;
export const KTP_WAVE = 'dki-jakarta';
/** Statements of the "Pernyataan Pendaftar" (all must be answered; any honest answer is accepted). */
export const STATEMENTS = ['bekerja', 'sekolah', 'alasan'] as const;

/** Field → error code. Codes are turned into plain words by the page. */
export type Errors = Readonly<Record<string, string>>;

export interface State {
  screen: Screen;
  /** What was typed or chosen, by field. Never persisted. */
  values: Readonly<Record<string, string>>;
  errors: Errors;
  tries: Tries;
  /** The code shown in the on-screen inbox / SMS. */
  emailCode: string;
  smsCode: string;
  /** The fake officer's message: hidden until the SMS is sent, then shown until refused. */
  trap: 'none' | 'shown' | 'refused';
  /** The learner typed something that looks like a real NIK or KK. */
  realDataWarning: boolean;
  done: readonly TaskId[];
}

export type Event =
  | { type: 'input'; field: string; value: string }
  | { type: 'fill-example' }
  | { type: 'submit' }
  | { type: 'verify-email' }
  | { type: 'send-sms' }
  | { type: 'trap-reply' }
  | { type: 'trap-refuse' }
  | { type: 'wait' }
  | { type: 'restart' };

export function initial(seed = 1): State {
  return {
    screen: 'akun',
    values: {},
    errors: {},
    tries: {},
    emailCode: practiceCode(seed),
    smsCode: practiceCode(seed + 1),
    trap: 'none',
    realDataWarning: false,
    done: [],
  };
}

/** The fields each screen asks for. */
const FIELDS: Partial<Record<Screen, readonly string[]>> = {
  akun: ['email', 'password'],
  masuk: ['loginEmail', 'loginPassword'],
  'otp-email': ['emailOtp'],
  'data-ktp': ['nik', 'kk', 'birthDate'],
  'data-diri': ['name', 'mother', 'address'],
  'foto-ktp': ['ktpPhoto'],
  'scan-wajah': ['facePhoto'],
  'otp-hp': ['phone', 'smsOtp'],
  pernyataan: [...STATEMENTS],
  tes: TEST_ITEMS.map((i) => i.id),
  gelombang: ['wave'],
};

/** Example values per screen for "Isi dengan data contoh". */
function example(state: State): Record<string, string> {
  const e = EXAMPLE_IDENTITY;
  return (
    {
      akun: { email: e.email, password: e.password },
      masuk: { loginEmail: state.values.email ?? e.email, loginPassword: state.values.password ?? e.password },
      'data-ktp': { nik: e.nik, kk: e.kk, birthDate: e.birthDate },
      'data-diri': { name: e.name, mother: e.mother, address: e.address },
      'otp-hp': { phone: e.phone },
    }[state.screen as string] ?? {}
  );
}

/** Checks one field; returns an error code or null. */
function check(state: State, field: string, value: string): string | null {
  switch (field) {
    case 'email':
    case 'loginEmail':
      return (
        checkEmail(value) ?? (field === 'loginEmail' && value.trim() !== state.values.email ? 'not-registered' : null)
      );
    case 'password':
      return checkPassword(value);
    case 'loginPassword':
      return value === state.values.password ? null : 'wrong-password';
    case 'emailOtp':
      return value.trim() === state.emailCode ? null : value.trim() ? 'wrong-code' : 'empty';
    case 'smsOtp':
      return value.trim() === state.smsCode ? null : value.trim() ? 'wrong-code' : 'empty';
    case 'nik':
    case 'kk':
      return checkSixteenDigits(value);
    case 'birthDate':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'empty';
    case 'phone':
      return /^0\d{9,12}$/.test(value.replace(/[\s-]/g, '')) ? null : 'phone';
    case 'ktpPhoto':
    case 'facePhoto':
      return value === 'jelas' ? null : value || 'empty';
    case 'wave':
      return value === KTP_WAVE ? null : value ? 'wave-address' : 'empty';
    default:
      return value.trim() ? null : 'empty';
  }
}

/** The task a screen completes when submitted successfully. */
const COMPLETES: Partial<Record<Screen, TaskId>> = {
  akun: 'buat-akun',
  'otp-email': 'masuk',
  'data-diri': 'data-ktp',
  'scan-wajah': 'foto-dan-wajah',
  'otp-hp': 'verifikasi-hp',
  tes: 'tes',
  persetujuan: 'gabung-gelombang',
};

const NEXT: Partial<Record<Screen, Screen>> = {
  akun: 'inbox',
  masuk: 'otp-email',
  'otp-email': 'data-ktp',
  'data-ktp': 'data-diri',
  'data-diri': 'foto-ktp',
  'foto-ktp': 'scan-wajah',
  'scan-wajah': 'otp-hp',
  'otp-hp': 'pernyataan',
  pernyataan: 'tes',
  tes: 'gelombang',
  gelombang: 'persetujuan',
  persetujuan: 'menunggu',
};

function complete(done: readonly TaskId[], task: TaskId | undefined): readonly TaskId[] {
  return task && !done.includes(task) ? [...done, task] : done;
}

function submit(state: State): State {
  if (state.screen === 'otp-hp' && state.trap !== 'refused')
    return { ...state, errors: { smsOtp: state.trap === 'none' ? 'send-first' : 'message-first' } };
  const fields = FIELDS[state.screen] ?? [];
  const errors: Record<string, string> = {};
  let tries = state.tries;
  for (const field of fields) {
    const error = check(state, field, state.values[field] ?? '');
    if (error) {
      errors[field] = error;
      tries = wrongTry(tries, field);
    }
  }
  if (Object.keys(errors).length) return { ...state, errors, tries };
  return { ...state, errors: {}, screen: NEXT[state.screen]!, done: complete(state.done, COMPLETES[state.screen]) };
}

/**
 * The only way the state changes. Events that don't fit the current screen leave it as it is.
 * @example transition(initial(), { type: 'fill-example' }).values.email // 'budi.contoh@contoh.id'
 */
export function transition(state: State, event: Event): State {
  if (state.screen === 'tertipu' && event.type !== 'restart') return state;
  switch (event.type) {
    case 'input': {
      const values = { ...state.values, [event.field]: event.value };
      const { [event.field]: _cleared, ...errors } = state.errors;
      const realDataWarning =
        (event.field === 'nik' || event.field === 'kk') && looksReal(event.value) ? true : state.realDataWarning;
      return { ...state, values, errors, realDataWarning };
    }
    case 'fill-example':
      return { ...state, values: { ...state.values, ...example(state) }, errors: {} };
    case 'submit':
      return FIELDS[state.screen] || state.screen === 'persetujuan' ? submit(state) : state;
    case 'verify-email':
      return state.screen === 'inbox'
        ? { ...state, screen: 'masuk', done: complete(state.done, 'verifikasi-email') }
        : state;
    case 'send-sms': {
      if (state.screen !== 'otp-hp' || state.trap !== 'none') return state;
      const error = check(state, 'phone', state.values.phone ?? '');
      if (error) return { ...state, errors: { phone: error }, tries: wrongTry(state.tries, 'phone') };
      return { ...state, trap: 'shown', errors: {} };
    }
    case 'trap-reply':
      return state.trap === 'shown' ? { ...state, screen: 'tertipu' } : state;
    case 'trap-refuse':
      return state.trap === 'shown' ? { ...state, trap: 'refused', done: complete(state.done, 'tolak-penipu') } : state;
    case 'wait':
      return state.screen === 'menunggu'
        ? { ...state, screen: 'pengumuman', done: complete(state.done, 'lihat-pengumuman') }
        : state;
    case 'restart':
      return { ...initial(Number(state.smsCode) + 1), done: state.done };
  }
}

/** Tasks completed in this state. */
export function doneTasks(state: State): readonly TaskId[] {
  return state.done;
}

/** Whether to show the hint for a field (after two wrong tries). */
export function hintFor(state: State, field: string): boolean {
  return showHint(state.tries, field);
}

/** The fields of the current screen. */
export function fieldsOf(screen: Screen): readonly string[] {
  return FIELDS[screen] ?? [];
}

/** The score of the sample test (right answers out of 3); informational only. */
export function testScore(state: State): number {
  return TEST_ITEMS.filter((i) => state.values[i.id] === i.right).length;
}
