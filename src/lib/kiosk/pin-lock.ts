/**
 * The staff PIN's lockout, as pure functions over a small state the device keeps (src/stores/kiosk.ts stores it
 * in localStorage, so it survives page changes and restarts). Five wrong PINs in a row lock the pad; each lock
 * lasts twice as long as the one before (1 min, 2, 4, … up to 1 h) until the right PIN is entered.
 *
 * At that pace, trying all 10,000 four-digit PINs takes 2,000 locks: 1 + 2 + 4 + 8 + 16 + 32 minutes, then
 * 1,994 hours — about 83 days (`worstCaseSeconds`). The PIN stays a deterrent, not access control (README).
 */

export const MAX_TRIES = 5;
const FIRST_LOCK_SECONDS = 60;
export const MAX_LOCK_SECONDS = 3600;

export interface PinLock {
  /** Wrong PINs since the last lock (or the last right PIN). */
  wrong: number;
  /** Locks since the last right PIN: the next lock is longer. */
  locks: number;
  /** Until when (ms since 1970) the pad refuses every PIN; 0 when not locked. */
  until: number;
}

export const NO_LOCK: PinLock = { wrong: 0, locks: 0, until: 0 };

/** How long the `n`th lock in a row lasts, in seconds (n ≥ 1). */
export function lockSeconds(n: number): number {
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.max(0, Math.min(n, 32) - 1));
}

/** Seconds left on the lock at `now` (0 when the pad is open). */
export function secondsLocked(lock: PinLock, now: number): number {
  return lock.until > now ? Math.ceil((lock.until - now) / 1000) : 0;
}

/** The state after a wrong PIN at `now`: the fifth in a row starts a lock. */
export function afterWrong(lock: PinLock, now: number): PinLock {
  const wrong = lock.wrong + 1;
  if (wrong < MAX_TRIES) return { ...lock, wrong };
  const locks = lock.locks + 1;
  return { wrong: 0, locks, until: now + lockSeconds(locks) * 1000 };
}

/** Reads a stored state; anything unreadable counts as locked for the longest time, so tampering never helps. */
export function decodePinLock(raw: string | null | undefined, now: number): PinLock {
  if (raw === null || raw === undefined) return NO_LOCK;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    const ok = (x: unknown, max: number) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;
    if (
      v &&
      ok(v.wrong, MAX_TRIES) &&
      ok(v.locks, 1_000_000) &&
      typeof v.until === 'number' &&
      Number.isFinite(v.until) &&
      v.until >= 0
    ) {
      // A lock that ends further ahead than the longest lock was not written by this code (or the clock went back).
      const until = Math.min(v.until, now + MAX_LOCK_SECONDS * 1000);
      return { wrong: v.wrong as number, locks: v.locks as number, until };
    }
  } catch {
    // fall through
  }
  return { wrong: 0, locks: 1, until: now + MAX_LOCK_SECONDS * 1000 };
}

export function encodePinLock(lock: PinLock): string {
  return JSON.stringify(lock);
}

/** Seconds until the last of `pins` PINs can be tried, all before it wrong, at the lockout's pace (typing time not counted). */
export function worstCaseSeconds(pins: number): number {
  let lock = NO_LOCK;
  let now = 0;
  for (let i = 0; i < pins - 1; i++) {
    if (lock.until > now) now = lock.until;
    lock = afterWrong(lock, now);
  }
  return Math.max(now, lock.until) / 1000;
}
