/** requireFact (src/lib/content/require-fact.ts): the one check behind every fact lookup by id. */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/schemas/fact';
import { requireFact } from '../../../src/lib/content/require-fact';

const common = {
  year: '2023–2024',
  source: { key: 'K', url: 'https://prakerja.go.id/', tier: 'A' },
  about: { id: 'a', en: 'a' },
  topic: 'akun',
  checked: new Date('2026-12-01'),
};
const facts = {
  'tombol-daftar': { kind: 'label', value: 'Daftar', en: 'Register', ...common },
  'saldo-pelatihan': { kind: 'amount', value: 3_500_000, ...common },
} as unknown as Record<string, Fact>;

describe('requireFact', () => {
  it('returns the fact, of the kind asked for', () => {
    const label = requireFact(facts, 'tombol-daftar', 'Test', 'label');
    expect(label.value).toBe('Daftar');
    expect(label.en).toBe('Register');
    expect(requireFact(facts, 'saldo-pelatihan', 'Test').kind).toBe('amount');
  });

  it('names the caller and the file when the fact is missing', () => {
    expect(() => requireFact(facts, 'tombol-hilang', 'EligibilityPage')).toThrow(
      'EligibilityPage: no content/facts/tombol-hilang.yaml',
    );
  });

  it('names both kinds when the fact is of another kind', () => {
    expect(() => requireFact(facts, 'saldo-pelatihan', 'pendaftaran simulator', 'label')).toThrow(
      'pendaftaran simulator: content/facts/saldo-pelatihan.yaml is an amount, not a label',
    );
    expect(() => requireFact(facts, 'tombol-daftar', 'PlannerPage', 'amount')).toThrow('is a label, not an amount');
  });

  it("takes only the record's own facts", () => {
    expect(() => requireFact({}, 'constructor', 'Test')).toThrow('no content/facts/constructor.yaml');
  });
});
