import { describe, expect, it } from 'vitest';
import { evaluate, parseAge, verdict, QUESTIONS, type Answers } from '../../../src/lib/eligibility/rules';

const limits = { minAge: 18, maxAge: 64, maxPerKk: 2 };
const fits: Answers = {
  wni: true,
  usia: 30,
  sekolah: false,
  pekerjaan: false,
  kk: 0,
  pernah: false,
  situasi: 'pencari-kerja',
  bansos: true,
};

describe('eligibility rules', () => {
  it('says "likely eligible" when every rule fits (receiving bansos is allowed in 2023–2024)', () => {
    expect(evaluate(fits, limits)).toEqual({ status: 'likely', blockers: [], unclear: [], missing: [] });
  });
  it('names each rule that blocks', () => {
    expect(evaluate({ ...fits, wni: false }, limits).blockers).toEqual(['wni']);
    expect(evaluate({ ...fits, sekolah: true, pekerjaan: true }, limits).blockers).toEqual(['sekolah', 'pekerjaan']);
    // Having received the card before: the once-only rule is sourced for 2020–2021 only, so it is unclear, not a block.
    expect(evaluate({ ...fits, pernah: true }, limits)).toMatchObject({
      status: 'unclear',
      blockers: [],
      unclear: ['pernah'],
    });
    expect(evaluate({ ...fits, pernah: true, usia: 70 }, limits)).toMatchObject({
      status: 'blocked',
      blockers: ['usia'],
      unclear: ['pernah'],
    });
  });
  it('applies the age limits inclusively', () => {
    for (const [age, v] of [
      [17, 'blocks'],
      [18, 'ok'],
      [64, 'ok'],
      [65, 'blocks'],
    ] as const)
      expect(verdict('usia', { usia: age }, limits), String(age)).toBe(v);
  });
  it('blocks when the family card already has the maximum number of recipients', () => {
    expect(verdict('kk', { kk: 1 }, limits)).toBe('ok');
    expect(verdict('kk', { kk: 2 }, limits)).toBe('blocks');
    expect(verdict('kk', { kk: 3 }, limits)).toBe('blocks');
  });
  it('treats the situation and bansos questions as information only', () => {
    expect(verdict('situasi', { situasi: 'usaha' }, limits)).toBe('info');
    expect(verdict('bansos', { bansos: false }, limits)).toBe('info');
  });
  it('is incomplete until every question is answered, unless something already blocks', () => {
    expect(evaluate({ wni: true }, limits)).toMatchObject({ status: 'incomplete', missing: QUESTIONS.slice(1) });
    expect(evaluate({ usia: 12 }, limits)).toMatchObject({ status: 'blocked', blockers: ['usia'] });
  });
  it('reads typed ages safely', () => {
    expect(parseAge(' 25 ')).toBe(25);
    for (const bad of ['', 'dua puluh', '-3', '2.5', '1e2', '999']) expect(parseAge(bad), bad).toBeUndefined();
  });
});
