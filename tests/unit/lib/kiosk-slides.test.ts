import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SLIDE_SECONDS, slideDuration, slideOrder, type SlideTip } from '../../../src/lib/kiosk/slides';

const tip = (id: string): SlideTip => ({ id, kind: 'tip' });
const safe = (id: string): SlideTip => ({ id, kind: 'safety' });
const ids = (list: SlideTip[]) => list.map((t) => t.id);

/** A list of 0–20 tips and 0–6 safety tips in any mix, with unique ids. */
const tipLists = fc
  .array(fc.boolean(), { maxLength: 26 })
  .filter((kinds) => kinds.filter(Boolean).length <= 6)
  .map((kinds) => kinds.map((isSafety, i) => (isSafety ? safe(`s${i}`) : tip(`t${i}`))));

describe('slideOrder', () => {
  it('puts a safety tip on every third slide and the others in their order', () => {
    const tips = [tip('a'), tip('b'), safe('otp'), tip('c'), tip('d'), safe('site'), tip('e'), tip('f'), safe('free')];
    expect(ids(slideOrder(tips))).toEqual(['a', 'b', 'otp', 'c', 'd', 'site', 'e', 'f', 'free']);
  });

  it('lets the safety tips take turns, and repeats them when there are more groups than safety tips', () => {
    const tips = [...'abcdefghijkl'].map(tip).concat([safe('otp'), safe('site'), safe('free')]);
    const order = slideOrder(tips);
    expect(order).toHaveLength(18);
    expect(ids(order.filter((_, i) => i % 3 === 2))).toEqual(['otp', 'site', 'free', 'otp', 'site', 'free']);
    expect(ids(order.filter((_, i) => i % 3 !== 2))).toEqual([...'abcdefghijkl']);
  });

  it('shows the first tips again when the others do not fill the last group', () => {
    expect(ids(slideOrder([tip('a'), tip('b'), tip('c'), safe('s')]))).toEqual(['a', 'b', 's', 'c', 'a', 's']);
  });

  it('makes the loop long enough for every safety tip', () => {
    expect(ids(slideOrder([tip('a'), safe('x'), safe('y'), safe('z')]))).toEqual([
      'a',
      'a',
      'x',
      'a',
      'a',
      'y',
      'a',
      'a',
      'z',
    ]);
  });

  it('follows safetyEvery', () => {
    expect(ids(slideOrder([tip('a'), tip('b'), tip('c'), tip('d'), safe('s')], { safetyEvery: 2 }))).toEqual([
      'a',
      's',
      'b',
      's',
      'c',
      's',
      'd',
      's',
    ]);
    expect(() => slideOrder([tip('a')], { safetyEvery: 1 })).toThrow(RangeError);
    expect(() => slideOrder([tip('a')], { safetyEvery: 2.5 })).toThrow(RangeError);
  });

  it('shows every tip once, in order, without safety tips or with only safety tips', () => {
    expect(slideOrder([])).toEqual([]);
    expect(ids(slideOrder([tip('a'), tip('b'), tip('c'), tip('d')]))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(slideOrder([safe('x'), safe('y')]))).toEqual(['x', 'y']);
  });

  it('for any mix: every tip appears, every third slide is safety, safety tips cycle, the loop wraps cleanly', () => {
    fc.assert(
      fc.property(tipLists, fc.integer({ min: 2, max: 5 }), (tips, every) => {
        const order = slideOrder(tips, { safetyEvery: every });
        expect(new Set(ids(order))).toEqual(new Set(ids(tips)));
        const safety = tips.filter((t) => t.kind === 'safety');
        if (safety.length === 0 || safety.length === tips.length) {
          expect(order).toEqual(tips);
          return;
        }
        expect(order.length % every).toBe(0);
        order.forEach((t, i) => expect(t.kind === 'safety').toBe(i % every === every - 1));
        const shown = order.filter((t) => t.kind === 'safety');
        shown.forEach((t, i) => expect(t).toBe(safety[i % safety.length]));
      }),
    );
  });
});

describe('slideDuration', () => {
  it('is 10 s by default and clamps to 8–12 s', () => {
    expect(SLIDE_SECONDS).toEqual({ default: 10, min: 8, max: 12 });
    expect(slideDuration()).toBe(10_000);
    expect(slideDuration(9)).toBe(9_000);
    expect(slideDuration(3)).toBe(8_000);
    expect(slideDuration(60)).toBe(12_000);
    expect(slideDuration(Number.NaN)).toBe(10_000);
  });
});
