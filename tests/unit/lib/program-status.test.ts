import { describe, expect, it } from 'vitest';
import {
  isPast,
  pastTag,
  yearRange,
  statusLines,
  statusShort,
  sourceDate,
  newestSource,
  overdueFacts,
  formatSourceDate,
  statusOf,
  type StatusFact,
} from '../../../src/lib/content/program-status';
import { fillFacts, formatHistory } from '../../../src/lib/content/format-fact';
import type { Fact } from '../../../src/schemas/fact';

const source = { key: 'Tribun 2022-05-03', url: 'https://example.org/', tier: 'B' as const };
const meta = { source, checked: new Date('2026-12-03'), about: { id: 'Fakta', en: 'Fact' }, topic: 'saldo' as const };
const status: StatusFact = {
  kind: 'status',
  value: {
    lastWave: 71,
    lastWaveOpened: '2024-08',
    movingTo: { id: 'Kementerian Ketenagakerjaan (Kemnaker)', en: 'the Ministry of Manpower (Kemnaker)' },
    movingToShort: 'Kemnaker',
    flow: '2023–2024',
    asOf: new Date('2025-12-31'),
  },
  year: '2025',
  ...meta,
  source: { key: 'Telisik-Tempo 2025-12-31', url: 'https://example.org/', tier: 'C→B' },
  topic: 'status',
};
const wait: Fact = { kind: 'count', value: 24, unit: 'hours', year: '2021–2022', ...meta };
const balance: Fact = { kind: 'amount', value: 3500000, year: '2023–2024', ...meta };
const facts: Record<string, Fact> = { 'status-program': status, wait, balance };

describe('program status', () => {
  it('reads year ranges', () => {
    expect(yearRange('2021–2022')).toEqual({ from: 2021, to: 2022 });
    expect(yearRange('2024')).toEqual({ from: 2024, to: 2024 });
  });

  it('marks a fact whose years end before the flow taught as past ("dulu"), and only that', () => {
    expect(isPast(wait, status)).toBe(true);
    expect(isPast(balance, status)).toBe(false);
    expect(isPast({ ...wait, year: '2021–2023' }, status)).toBe(false);
    expect(isPast(status, status)).toBe(false);
    expect(pastTag(wait, status, 'id')).toBe('dulu (2021–2022)');
    expect(pastTag(wait, status, 'en')).toBe('earlier (2021–2022)');
    // The threshold follows the status fact: teach a later flow and 2023 facts become past too.
    expect(isPast({ ...balance, year: '2023' }, { ...status, value: { ...status.value, flow: '2024–2025' } })).toBe(
      true,
    );
  });

  it('fills quiz text with the era of a past fact', () => {
    expect(fillFacts('Tunggu {{wait}}.', facts, 'id')).toBe('Tunggu 24 jam (dulu, 2021–2022).');
    expect(fillFacts('Wait {{wait}}.', facts, 'en')).toBe('Wait 24 hours (earlier, 2021–2022).');
    expect(fillFacts('Saldo {{balance}}.', facts, 'id')).toBe('Saldo Rp3.500.000.');
    expect(fillFacts('Terakhir: {{status-program}}.', facts, 'en')).toBe('Terakhir: wave 71 (August 2024).');
  });

  it('tells the status in five lines from the fact alone', () => {
    const id = statusLines(status, 'www.prakerja.go.id', 'id');
    expect(id.lines).toHaveLength(5);
    expect(id.lines.join(' ')).toContain('Gelombang 71, dibuka Agustus 2024');
    expect(id.lines.join(' ')).toContain('Kementerian Ketenagakerjaan (Kemnaker)');
    expect(id.lines.join(' ')).toContain('2023–2024');
    expect(id.lines.join(' ')).toContain('www.prakerja.go.id');
    expect(id.lines.join(' ')).toContain('penipuan');
    expect(id.asOf).toBe('Kabar per 31 Desember 2025.');
    const changed = statusLines(
      { ...status, value: { ...status.value, lastWave: 72, lastWaveOpened: '2027-01' } },
      'x',
      'en',
    );
    expect(changed.lines[0]).toContain('wave 72, opened in January 2027');
    expect(statusShort(status, 'id')).toBe('Gelombang 71 (Agustus 2024)');
  });

  it('needs the status fact', () => {
    expect(statusOf(facts)).toBe(status);
    expect(() => statusOf({ wait })).toThrow(/status-program/);
  });

  it('dates sources from their date, else their key, and finds the newest', () => {
    expect(sourceDate({ key: 'Tribun 2022-05-03' })).toBe('2022-05-03');
    expect(sourceDate({ key: 'Jambi-Tribun 2025-11' })).toBe('2025-11');
    expect(sourceDate({ key: 'Politikal 2023' })).toBe('2023');
    expect(sourceDate({ key: 'OFF-FAQ-Popular' })).toBeNull();
    expect(sourceDate({ key: 'OFF-FAQ-Akun-2023', date: '2023-11-06' })).toBe('2023-11-06');
    expect(newestSource([wait, balance])).toBe('2022-05-03');
    expect(
      newestSource([wait, { ...balance, also: [{ key: 'Detik 2025-05-16', url: 'https://example.org/', tier: 'B' }] }]),
    ).toBe('2025-05-16');
    expect(newestSource([wait], (key) => (key === 'Tribun 2022-05-03' ? '2023-01' : null))).toBe('2023-01');
    expect(newestSource([])).toBeNull();
    expect(formatSourceDate('2025-11', 'id')).toBe('November 2025');
    expect(formatSourceDate('2025-12-31', 'en')).toBe('31 December 2025');
    expect(formatSourceDate('2023', 'id')).toBe('2023');
  });

  it('lists facts not checked for more than six months, oldest first', () => {
    const old = { ...wait, checked: new Date('2026-01-10') };
    const older = { ...balance, checked: new Date('2025-12-01') };
    expect(overdueFacts({ old, older, fresh: wait }, new Date('2026-12-03')).map((f) => f.id)).toEqual([
      'older',
      'old',
    ]);
    expect(overdueFacts({ fresh: wait }, new Date('2027-06-02'))).toEqual([]);
    expect(overdueFacts({ fresh: wait }, new Date('2027-06-04')).map((f) => f.id)).toEqual(['fresh']);
  });

  it('prints a history value written as text as written', () => {
    const incentive: Fact = {
      kind: 'amount',
      value: 600000,
      year: '2023–2024',
      ...meta,
      history: [{ value: { id: 'Rp600.000 × 4 bulan', en: 'Rp600,000 × 4 months' }, year: '2020–2022', source }],
    };
    expect(formatHistory(incentive, 'id')).toEqual([{ value: 'Rp600.000 × 4 bulan', year: '2020–2022' }]);
    expect(formatHistory(incentive, 'en')[0]!.value).toBe('Rp600,000 × 4 months');
  });
});
