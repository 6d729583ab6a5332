/**
 * What every practice simulator shares: the fictional example identity, field checks with plain error codes,
 * the "two wrong tries, then a hint" rule, and the reminder not to type real data. Pure; no DOM, no storage.
 *
 * A simulator is a state machine in src/lib/simulators/<name>/machine.ts:
 *   initial(): State                      — plain data, never persisted (it may hold what the learner typed)
 *   transition(state, event): State       — pure and total: an event that doesn't fit leaves the state as it is
 *                                           (or records an error code); it never throws
 *   TASKS                                 — the task ids of the "Tugas" list, in order
 *   doneTasks(state): TaskId[]            — which tasks the state has completed
 * Only task ids reach storage (src/stores/progress.ts → markSimTask).
 */

/** A made-up identity for "Isi dengan data contoh". Region code 3199 does not exist, so the NIK can't be anyone's. */
export const EXAMPLE_IDENTITY = {
  name: 'Budi Contoh',
  nik: '3199010190000001',
  kk: '3199010190000009',
  birthDate: '1990-01-01',
  birthPlace: 'Jakarta',
  email: 'budi.contoh@contoh.id',
  password: 'Latihan#2024aman',
  phone: '081200000000',
  mother: 'Siti Contoh',
  address: 'Jl. Contoh No. 1, Jakarta',
} as const;

/** Why a 16-digit number (NIK or KK) is not accepted, or null when it is fine. */
export type NumberError = 'empty' | 'not-digits' | 'length';

/**
 * Checks a NIK or KK number as typed: spaces are ignored; it must be 16 digits.
 * @example checkSixteenDigits('3199 0101 9000 0001') // null
 * @example checkSixteenDigits('31990101') // 'length'
 */
export function checkSixteenDigits(value: string): NumberError | null {
  const v = value.replace(/\s+/g, '');
  if (!v) return 'empty';
  if (!/^\d+$/.test(v)) return 'not-digits';
  return v.length === 16 ? null : 'length';
}

/**
 * True when a typed number looks like a real NIK or KK: 16 digits that are not our example and start with a
 * real-looking province code (11–94). Such input is not blocked; the simulator reminds the learner not to type
 * real data.
 */
export function looksReal(
  value: string,
  examples: readonly string[] = [EXAMPLE_IDENTITY.nik, EXAMPLE_IDENTITY.kk],
): boolean {
  const v = value.replace(/\s+/g, '');
  if (!/^\d{16}$/.test(v) || examples.includes(v)) return false;
  const province = Number(v.slice(0, 2));
  return province >= 11 && province <= 94;
}

/** Why an email address is not accepted, or null. */
export function checkEmail(value: string): 'empty' | 'format' | null {
  const v = value.trim();
  if (!v) return 'empty';
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v) ? null : 'format';
}

/** The password rules of the practice form: at least 8 characters, with a letter and a number. */
export function checkPassword(value: string): 'short' | 'no-letter' | 'no-number' | null {
  if (value.length < 8) return 'short';
  if (!/\p{L}/u.test(value)) return 'no-letter';
  if (!/\d/.test(value)) return 'no-number';
  return null;
}

/** Counts wrong tries per field; after two, a hint is shown. */
export type Tries = Readonly<Record<string, number>>;

/** Records one wrong try at `field`. */
export function wrongTry(tries: Tries, field: string): Tries {
  return { ...tries, [field]: (tries[field] ?? 0) + 1 };
}

/** A hint appears after two wrong tries. */
export const HINT_AFTER = 2;

export function showHint(tries: Tries, field: string): boolean {
  return (tries[field] ?? 0) >= HINT_AFTER;
}

/** A 6-digit one-time code from a seed (the simulator shows it in its own on-screen SMS or inbox). */
export function practiceCode(seed: number): string {
  return String(100000 + ((Math.abs(Math.trunc(seed)) * 7919 + 12345) % 900000)).padStart(6, '0');
}
