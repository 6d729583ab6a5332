import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  afterWrong,
  decodePinLock,
  encodePinLock,
  lockSeconds,
  MAX_LOCK_SECONDS,
  MAX_TRIES,
  NO_LOCK,
  secondsLocked,
  worstCaseSeconds,
} from '../../../src/lib/kiosk/pin-lock';

describe('staff PIN lockout', () => {
  it('locks after five wrong PINs, each lock twice as long up to an hour', () => {
    let lock = NO_LOCK;
    for (let i = 1; i < MAX_TRIES; i++) {
      lock = afterWrong(lock, 1000);
      expect(secondsLocked(lock, 1000)).toBe(0);
    }
    lock = afterWrong(lock, 1000);
    expect(secondsLocked(lock, 1000)).toBe(60);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(lockSeconds)).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });
  it('survives a round trip through storage; tampered state is the longest lock', () => {
    const lock = afterWrong({ wrong: 4, locks: 2, until: 0 }, 5000);
    expect(decodePinLock(encodePinLock(lock), 5000)).toEqual(lock);
    for (const bad of [
      '',
      '{',
      '[]',
      '{"wrong":-1,"locks":0,"until":0}',
      '{"wrong":0,"locks":0,"until":"x"}',
      'null',
    ]) {
      expect(secondsLocked(decodePinLock(bad, 0), 0), bad).toBe(MAX_LOCK_SECONDS);
    }
    expect(decodePinLock(null, 0)).toEqual(NO_LOCK);
    // A lock set years ahead (a changed clock, an edited value) waits no longer than the longest lock.
    expect(secondsLocked(decodePinLock('{"wrong":0,"locks":3,"until":9e15}', 0), 0)).toBe(MAX_LOCK_SECONDS);
  });
  it('never shortens a lock, whatever the order of wrong tries (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 60 }), (gaps) => {
        let lock = NO_LOCK;
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          if (secondsLocked(lock, now) > 0) continue; // refused: the pad is locked
          const next = afterWrong(lock, now);
          expect(next.locks).toBeGreaterThanOrEqual(lock.locks);
          lock = next;
        }
      }),
    );
  });
  it('all 10,000 four-digit PINs take months at the lockout pace (was 2.6 h with the page-change bypass)', () => {
    const days = worstCaseSeconds(10_000) / 86_400;
    expect(days).toBeGreaterThan(80);
    expect(worstCaseSeconds(5)).toBe(0); // the fifth try still comes before the first lock
    expect(worstCaseSeconds(6)).toBe(60);
  });
});
