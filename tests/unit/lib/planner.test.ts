import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { addDays, fits, formatDay, parseDay, reminders, summarize } from '../../../src/lib/planner/plan';
import { buildCalendar, escapeText, foldLine } from '../../../src/lib/planner/ics';

const trainings = [
  { id: 'a', price: 1_500_000 },
  { id: 'b', price: 1_250_000 },
  { id: 'c', price: 990_000 },
];

describe('planner arithmetic', () => {
  it('adds up the chosen trainings and what is left', () => {
    expect(summarize(trainings, ['a', 'b'], 3_500_000)).toEqual({
      total: 2_750_000,
      remaining: 750_000,
      over: false,
      overBy: 0,
    });
    expect(summarize(trainings, [], 3_500_000)).toEqual({ total: 0, remaining: 3_500_000, over: false, overBy: 0 });
  });
  it('warns when the plan costs more than the balance', () => {
    expect(summarize(trainings, ['a', 'b', 'c'], 3_500_000)).toEqual({
      total: 3_740_000,
      remaining: -240_000,
      over: true,
      overBy: 240_000,
    });
  });
  it('spending exactly the balance is not over', () => {
    expect(summarize([{ id: 'x', price: 3_500_000 }], ['x'], 3_500_000)).toMatchObject({ remaining: 0, over: false });
  });
  it('says whether one more training fits', () => {
    const s = summarize(trainings, ['a', 'b'], 3_500_000);
    expect(fits(trainings[2]!, s)).toBe(false);
    expect(fits({ id: 'd', price: 750_000 }, s)).toBe(true);
  });
  it('never loses a rupiah (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 10_000_000 }), { maxLength: 12 }),
        fc.nat({ max: 20_000_000 }),
        (prices, balance) => {
          const list = prices.map((price, i) => ({ id: `t${i}`, price }));
          const s = summarize(
            list,
            list.map((t) => t.id),
            balance,
          );
          expect(s.total + s.remaining).toBe(balance);
          expect(s.over).toBe(s.total > balance);
        },
      ),
    );
  });
});

describe('dates', () => {
  it('parses calendar days strictly', () => {
    expect(formatDay(parseDay('2026-02-28')!)).toBe('2026-02-28');
    for (const bad of ['2026-02-30', '26-1-1', '2026/01/01', '']) expect(parseDay(bad), bad).toBeNull();
  });
  it('counts the buying deadline in calendar days, across months and years', () => {
    expect(formatDay(addDays(parseDay('2026-12-20')!, 15))).toBe('2027-01-04');
    expect(reminders('2026-12-01', 15, '2027-01-31')).toEqual([
      { key: 'beli', day: '2026-12-16' },
      { key: 'selesai', day: '2027-01-31' },
      { key: 'ulasan', day: '2027-01-31' },
      { key: 'survei', day: '2027-02-07' },
    ]);
  });
  it('refuses impossible dates', () => {
    expect(() => reminders('2026-13-01', 15, '2027-01-01')).toThrow(RangeError);
    expect(() => reminders('2026-12-01', 15, '2026-11-01')).toThrow(RangeError);
  });
});

describe('.ics calendar file', () => {
  const events = reminders('2026-12-01', 15, '2027-01-31').map((r) => ({
    uid: `${r.key}-${r.day}@belajar-prakerja`,
    day: r.day,
    summary: r.key === 'beli' ? 'Beli pelatihan pertama; batas terakhir, jangan lewat!' : `Pengingat: ${r.key}`,
    description: 'Latihan dari Belajar Prakerja.\nCek info terbaru di www.prakerja.go.id, ya.',
  }));
  const text = buildCalendar(events, new Date('2026-11-28T10:00:00Z'));

  it('is parsed back by a real iCalendar parser (ical.js) with every event intact', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['Beli pelatihan pertama; batas terakhir, jangan lewat!', '2026-12-16', true],
      ['Pengingat: selesai', '2027-01-31', true],
      ['Pengingat: ulasan', '2027-01-31', true],
      ['Pengingat: survei', '2027-02-07', true],
    ]);
    expect(vevents[0]!.description).toBe('Latihan dari Belajar Prakerja.\nCek info terbaru di www.prakerja.go.id, ya.');
    expect(vevents[0]!.endDate.toString()).toBe('2026-12-17');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('uses CRLF line endings and folds long lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(long.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('escapes separators in text', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('round-trips any summary text through ical.js (property)', () => {
    fc.assert(
      fc.property(
        // eslint-disable-next-line no-control-regex -- control characters are what this filter keeps out
        fc.string({ minLength: 1, maxLength: 200 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s.replace(/\n/g, ''))),
        (summary) => {
          const ics = buildCalendar([{ uid: 'x@y', day: '2027-01-01', summary, description: summary }], new Date(0));
          const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
          expect(event.summary).toBe(summary);
        },
      ),
      { numRuns: 500 },
    );
  });
});
