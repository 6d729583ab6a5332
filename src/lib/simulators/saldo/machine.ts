/**
 * "Simulasi saldo dan insentif": a dashboard of our own design with the training balance, the transactions, the
 * days left to buy the first training (a clock the learner moves on day by day), linking an e-wallet or bank
 * account (facts §4.3, with its failure cases chosen through fictional example accounts), buying a training,
 * finishing and reviewing it, the incentive status ("Menunggu Diproses" → "Sedang Diproses" → received, §6.2–6.3)
 * and the survey incentives (§6.4). If the deadline passes before a purchase, membership is revoked and the
 * balance goes back to the state (§4.4).
 *
 * Pure and total (see ../common.ts): no DOM, no storage; an event that doesn't fit leaves the state as it is or
 * records an error code. What the learner types lives only in this in-memory state.
 */
import { looksReal, practiceCode, wrongTry, type Tries } from '../common';
import { ACCOUNTS, EXAMPLE_PIN, PROFILE, REVIEW_MIN, SURVEY, type Account, type AccountKind } from './data';

export const TASKS = [
  'cek-batas-waktu',
  'hubungkan-rekening',
  'beli-pelatihan',
  'beri-ulasan',
  'terima-insentif',
  'isi-survei',
] as const;
export type TaskId = (typeof TASKS)[number];

/** Program facts, passed in from the page (content/facts), and the fictional trainings on sale. */
export interface Config {
  /** saldo-pelatihan */
  readonly balance: number;
  /** batas-beli-pelatihan-pertama, in days */
  readonly buyWithinDays: number;
  /** dana-otp-salah-maks: more wrong OTPs than this and the learner must wait */
  readonly otpMaxWrong: number;
  /** jumlah-survei */
  readonly surveyCount: number;
  /** insentif-pasca-pelatihan */
  readonly incentive: number;
  /** insentif-survei */
  readonly surveyIncentive: number;
  readonly trainings: readonly { readonly id: string; readonly price: number }[];
}

export type Screen =
  | 'dashboard'
  | 'deadline'
  | 'link-choose'
  | 'link-form'
  | 'link-confirm'
  | 'link-otp'
  | 'link-wait'
  | 'link-pin'
  | 'link-failed'
  | 'link-done'
  | 'shop'
  | 'buy'
  | 'training'
  | 'review'
  | 'survey'
  | 'revoked';

/** Fields (and choices) that can hold an error. */
export type Field = 'account' | 'number' | 'otp' | 'pin' | 'training' | 'rating' | 'review' | 'survey';
/** Fields the learner types into. */
export type TextField = 'number' | 'otp' | 'pin' | 'review';
export type ErrorCode =
  'empty' | 'not-digits' | 'format' | 'unknown' | 'wrong' | 'short' | 'incomplete' | 'too-expensive';
/** Why linking failed (facts §4.3): name or NIK differ, the e-wallet's phone differs, e-wallet not upgraded. */
export type LinkFailure = 'name-nik' | 'phone' | 'not-upgraded';
export type IncentiveStatus = 'waiting' | 'processing' | 'received';
/** What is still missing before the incentive can be processed. */
export type Missing = 'finish' | 'review' | 'link';

export type Transaction =
  | { readonly kind: 'buy'; readonly training: string; readonly amount: number; readonly day: number }
  | { readonly kind: 'returned' | 'incentive'; readonly amount: number; readonly day: number }
  | { readonly kind: 'survey'; readonly n: number; readonly amount: number; readonly day: number };

export interface State {
  readonly config: Config;
  readonly screen: Screen;
  /** Days since the learner was declared a recipient (day 0). */
  readonly day: number;
  readonly balance: number;
  readonly deadlineChecked: boolean;
  /** The example account chosen on "link-choose". */
  readonly account: string | null;
  /** The account that is linked, once linking succeeded. */
  readonly linked: string | null;
  readonly failure: LinkFailure | null;
  readonly fields: Readonly<Record<TextField, string>>;
  /** Which on-screen SMS code is current (a new one after waiting). */
  readonly otpRound: number;
  /** Wrong OTPs in this round. */
  readonly otpWrong: number;
  /** The training chosen in the shop, before paying. */
  readonly choice: string | null;
  /** Trainings bought, in order; the first is the one that counts for the incentive. */
  readonly owned: readonly string[];
  readonly finished: boolean;
  /** 0 = no rating chosen yet. */
  readonly rating: number;
  readonly reviewed: boolean;
  readonly received: boolean;
  readonly surveysDone: number;
  readonly answers: Readonly<Record<string, number>>;
  readonly transactions: readonly Transaction[];
  readonly errors: Readonly<Partial<Record<Field, ErrorCode>>>;
  readonly tries: Tries;
}

/** Screens the learner can open with a button (each has a guard, see `canGo`). */
export type Target = 'dashboard' | 'deadline' | 'link-choose' | 'link-form' | 'shop' | 'training' | 'review' | 'survey';

export type Event =
  | { type: 'go'; to: Target }
  | { type: 'next-day' }
  | { type: 'choose-account'; account: string }
  | { type: 'connect' }
  | { type: 'input'; field: TextField; value: string }
  | { type: 'fill-example' }
  | { type: 'submit-number' }
  | { type: 'confirm' }
  | { type: 'submit-otp' }
  | { type: 'wait-over' }
  | { type: 'submit-pin' }
  | { type: 'choose-training'; training: string }
  | { type: 'pay' }
  | { type: 'finish-training' }
  | { type: 'rate'; stars: number }
  | { type: 'submit-review' }
  | { type: 'answer'; question: string; option: number }
  | { type: 'submit-survey' }
  | { type: 'restart' };

const EMPTY_FIELDS: Record<TextField, string> = { number: '', otp: '', pin: '', review: '' };
/** Where each typed field lives. */
const FIELD_SCREEN: Record<TextField, Screen> = {
  number: 'link-form',
  otp: 'link-otp',
  pin: 'link-pin',
  review: 'review',
};
const PHONE = /^08\d{8,11}$/;
const BANK_NUMBER = /^\d{10,16}$/;

export function initial(config: Config): State {
  return {
    config,
    screen: 'dashboard',
    day: 0,
    balance: config.balance,
    deadlineChecked: false,
    account: null,
    linked: null,
    failure: null,
    fields: EMPTY_FIELDS,
    otpRound: 0,
    otpWrong: 0,
    choice: null,
    owned: [],
    finished: false,
    rating: 0,
    reviewed: false,
    received: false,
    surveysDone: 0,
    answers: {},
    transactions: [],
    errors: {},
    tries: {},
  };
}

/** An example account by id. */
export function accountOf(id: string | null): Account | undefined {
  return ACCOUNTS.find((a) => a.id === id);
}

/** Numbers as typed: spaces and dashes are ignored. */
const compact = (value: string) => value.replace(/[\s-]+/g, '');

/**
 * True when a typed phone or account number looks like a real one (not one of our examples): the learner is
 * reminded not to type real data; nothing is blocked. A 16-digit NIK typed by mistake counts too.
 */
export function looksRealNumber(kind: AccountKind, value: string): boolean {
  const v = compact(value);
  if (ACCOUNTS.some((a) => a.number === v)) return false;
  return looksReal(v) || (kind === 'ewallet' ? PHONE : BANK_NUMBER).test(v);
}

/** The code in the on-screen SMS. */
export function otpCode(state: State): string {
  return practiceCode(41 + state.otpRound);
}

/** Days left to buy the first training (0 on the last day). */
export function daysLeft(state: State): number {
  return Math.max(0, state.config.buyWithinDays - state.day);
}

/** What stands between the learner and the incentive (facts §6.2). */
export function missing(state: State): Missing[] {
  const out: Missing[] = [];
  if (!state.finished) out.push('finish');
  if (!state.reviewed) out.push('review');
  if (!state.linked) out.push('link');
  return out;
}

/** "Menunggu Diproses" until training is finished, reviewed and an account linked; then "Sedang Diproses". */
export function incentiveStatus(state: State): IncentiveStatus {
  if (state.received) return 'received';
  return missing(state).length === 0 ? 'processing' : 'waiting';
}

/** Why the chosen account can't be linked, or null (facts §4.3). */
export function linkFailure(account: Account): LinkFailure | null {
  if (account.name !== PROFILE.name || account.nik !== PROFILE.nik) return 'name-nik';
  if (account.kind === 'ewallet' && account.number !== PROFILE.phone) return 'phone';
  if (!account.upgraded) return 'not-upgraded';
  return null;
}

function canGo(state: State, to: Target): boolean {
  switch (to) {
    case 'link-choose':
      return !state.linked;
    case 'link-form':
      return state.screen === 'link-confirm';
    case 'training':
      return state.owned.length > 0;
    case 'review':
      return state.finished && !state.reviewed;
    case 'survey':
      return state.received && state.surveysDone < state.config.surveyCount;
    default:
      return true;
  }
}

function go(state: State, to: Target): State {
  if (!canGo(state, to)) return state;
  const next: State = { ...state, screen: to, errors: {} };
  if (to === 'link-choose') return { ...next, account: null, failure: null, fields: EMPTY_FIELDS, otpWrong: 0 };
  if (to === 'survey') return { ...next, answers: {} };
  if (to === 'deadline') return { ...next, deadlineChecked: true };
  return next;
}

function fail(state: State, field: Field, code: ErrorCode, extra: Partial<State> = {}): State {
  return { ...state, ...extra, errors: { ...state.errors, [field]: code }, tries: wrongTry(state.tries, field) };
}

function nextDay(state: State): State {
  if (state.screen !== 'dashboard' && state.screen !== 'deadline') return state;
  const day = state.day + 1;
  if (state.owned.length === 0 && day > state.config.buyWithinDays) {
    return {
      ...state,
      day,
      screen: 'revoked',
      balance: 0,
      errors: {},
      transactions: [...state.transactions, { kind: 'returned', amount: state.balance, day }],
    };
  }
  if (incentiveStatus(state) === 'processing') {
    return {
      ...state,
      day,
      received: true,
      transactions: [...state.transactions, { kind: 'incentive', amount: state.config.incentive, day }],
    };
  }
  return { ...state, day };
}

function checkNumber(account: Account, value: string): ErrorCode | null {
  const v = compact(value);
  if (!v) return 'empty';
  if (!/^\d+$/.test(v)) return 'not-digits';
  if (!(account.kind === 'ewallet' ? PHONE : BANK_NUMBER).test(v)) return 'format';
  return v === account.number ? null : 'unknown';
}

/** A 6-digit code as typed (spaces ignored): what's wrong with it, or null when it matches `expected`. */
function checkCode(value: string, expected: string): ErrorCode | null {
  const v = compact(value);
  if (!v) return 'empty';
  if (!/^\d{6}$/.test(v)) return 'format';
  return v === expected ? null : 'wrong';
}

function linkStep(state: State, event: Event, account: Account): State {
  switch (event.type) {
    case 'fill-example':
      return state.screen === 'link-form'
        ? { ...state, fields: { ...state.fields, number: account.number }, errors: {} }
        : state;
    case 'submit-number': {
      if (state.screen !== 'link-form') return state;
      const code = checkNumber(account, state.fields.number);
      return code ? fail(state, 'number', code) : { ...state, screen: 'link-confirm', errors: {} };
    }
    case 'confirm': {
      if (state.screen !== 'link-confirm') return state;
      const failure = linkFailure(account);
      if (failure) return { ...state, screen: 'link-failed', failure };
      if (account.kind === 'bank') return { ...state, screen: 'link-done', linked: account.id };
      return { ...state, screen: 'link-otp', fields: { ...state.fields, otp: '' }, otpWrong: 0 };
    }
    case 'submit-otp': {
      if (state.screen !== 'link-otp') return state;
      const code = checkCode(state.fields.otp, otpCode(state));
      if (!code) return { ...state, screen: 'link-pin', errors: {}, fields: { ...state.fields, pin: '' } };
      if (code !== 'wrong') return fail(state, 'otp', code);
      const otpWrong = state.otpWrong + 1;
      if (otpWrong > state.config.otpMaxWrong) return { ...state, screen: 'link-wait', otpWrong, errors: {} };
      return fail(state, 'otp', code, { otpWrong });
    }
    case 'wait-over':
      return state.screen === 'link-wait'
        ? {
            ...state,
            screen: 'link-otp',
            otpRound: state.otpRound + 1,
            otpWrong: 0,
            fields: { ...state.fields, otp: '' },
          }
        : state;
    default: {
      // submit-pin (the only link event left)
      if (state.screen !== 'link-pin') return state;
      const code = checkCode(state.fields.pin, EXAMPLE_PIN);
      return code
        ? fail(state, 'pin', code)
        : { ...state, screen: 'link-done', linked: account.id, errors: {}, fields: { ...state.fields, pin: '' } };
    }
  }
}

function pay(state: State): State {
  const training = state.config.trainings.find((t) => t.id === state.choice);
  if (state.screen !== 'buy' || !training) return state;
  return {
    ...state,
    screen: 'training',
    balance: state.balance - training.price,
    owned: [...state.owned, training.id],
    choice: null,
    transactions: [
      ...state.transactions,
      { kind: 'buy', training: training.id, amount: training.price, day: state.day },
    ],
  };
}

function submitReview(state: State): State {
  if (state.screen !== 'review') return state;
  const text = state.fields.review.trim();
  let next: State = { ...state, errors: {} };
  if (!state.rating) next = fail(next, 'rating', 'empty');
  if (text.length < REVIEW_MIN) next = fail(next, 'review', text ? 'short' : 'empty');
  if (next.errors.rating || next.errors.review) return next;
  return { ...next, screen: 'training', reviewed: true, fields: { ...state.fields, review: '' } };
}

function submitSurvey(state: State): State {
  if (state.screen !== 'survey') return state;
  if (SURVEY.some((q) => state.answers[q.id] === undefined)) return fail(state, 'survey', 'incomplete');
  const n = state.surveysDone + 1;
  return {
    ...state,
    screen: 'dashboard',
    surveysDone: n,
    answers: {},
    errors: {},
    transactions: [...state.transactions, { kind: 'survey', n, amount: state.config.surveyIncentive, day: state.day }],
  };
}

export function transition(state: State, event: Event): State {
  if (event.type === 'restart') return initial(state.config);
  if (state.screen === 'revoked') return state;
  switch (event.type) {
    case 'go':
      return go(state, event.to);
    case 'next-day':
      return nextDay(state);
    case 'choose-account': {
      if (state.screen !== 'link-choose' || !accountOf(event.account)) return state;
      return { ...state, account: event.account, errors: {} };
    }
    case 'connect': {
      if (state.screen !== 'link-choose') return state;
      if (!state.account) return fail(state, 'account', 'empty');
      return { ...state, screen: 'link-form', fields: { ...state.fields, number: '' }, errors: {} };
    }
    case 'input': {
      if (FIELD_SCREEN[event.field] !== state.screen) return state;
      const { [event.field]: _cleared, ...errors } = state.errors;
      return { ...state, fields: { ...state.fields, [event.field]: event.value }, errors };
    }
    case 'fill-example':
    case 'submit-number':
    case 'confirm':
    case 'submit-otp':
    case 'wait-over':
    case 'submit-pin': {
      const account = accountOf(state.account);
      return account ? linkStep(state, event, account) : state;
    }
    case 'choose-training': {
      const training = state.config.trainings.find((t) => t.id === event.training);
      if (state.screen !== 'shop' || !training || state.owned.includes(training.id)) return state;
      if (training.price > state.balance) return fail(state, 'training', 'too-expensive');
      return { ...state, screen: 'buy', choice: training.id, errors: {} };
    }
    case 'pay':
      return pay(state);
    case 'finish-training':
      return state.screen === 'training' ? { ...state, finished: true } : state;
    case 'rate': {
      if (state.screen !== 'review' || !Number.isInteger(event.stars) || event.stars < 1 || event.stars > 5)
        return state;
      const { rating: _cleared, ...errors } = state.errors;
      return { ...state, rating: event.stars, errors };
    }
    case 'submit-review':
      return submitReview(state);
    case 'answer': {
      const question = SURVEY.find((q) => q.id === event.question);
      if (
        state.screen !== 'survey' ||
        !question ||
        !Number.isInteger(event.option) ||
        event.option < 0 ||
        event.option >= question.options
      )
        return state;
      const { survey: _cleared, ...errors } = state.errors;
      return { ...state, answers: { ...state.answers, [question.id]: event.option }, errors };
    }
    case 'submit-survey':
      return submitSurvey(state);
    default:
      return state;
  }
}

/** Which tasks this state has completed. */
export function doneTasks(state: State): TaskId[] {
  const done: Record<TaskId, boolean> = {
    'cek-batas-waktu': state.deadlineChecked,
    'hubungkan-rekening': state.linked !== null,
    'beli-pelatihan': state.owned.length > 0,
    'beri-ulasan': state.reviewed,
    'terima-insentif': state.received,
    'isi-survei': state.surveysDone >= state.config.surveyCount,
  };
  return TASKS.filter((id) => done[id]);
}
