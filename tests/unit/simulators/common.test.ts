import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_IDENTITY,
  HINT_AFTER,
  checkEmail,
  checkPassword,
  checkSixteenDigits,
  looksReal,
  practiceCode,
  showHint,
  wrongTry,
} from '../../../src/lib/simulators/common';
import { SIMULATORS, isSimulator } from '../../../src/lib/simulators';

describe('shared simulator rules', () => {
  it('checks 16-digit numbers, ignoring spaces', () => {
    expect(checkSixteenDigits('')).toBe('empty');
    expect(checkSixteenDigits('   ')).toBe('empty');
    expect(checkSixteenDigits('3199-0101')).toBe('not-digits');
    expect(checkSixteenDigits('123')).toBe('length');
    expect(checkSixteenDigits('3199 0101 9000 0001')).toBeNull();
  });
  it('flags numbers that look like a real NIK, but not the example or impossible regions', () => {
    expect(looksReal('3171010101900001')).toBe(true);
    expect(looksReal(EXAMPLE_IDENTITY.nik)).toBe(false);
    expect(looksReal('3199010190000001', [])).toBe(true);
    expect(looksReal('0999010190000001')).toBe(false);
    expect(looksReal('9999010190000001')).toBe(false);
    expect(looksReal('31710101')).toBe(false);
    expect(looksReal('1100000000000000', [])).toBe(true);
    expect(looksReal('9400000000000000', [])).toBe(true);
  });
  it('checks emails and passwords with plain codes', () => {
    expect(checkEmail(' ')).toBe('empty');
    expect(checkEmail('a@b')).toBe('format');
    expect(checkEmail('a@b.id')).toBeNull();
    expect(checkPassword('abc1')).toBe('short');
    expect(checkPassword('12345678')).toBe('no-letter');
    expect(checkPassword('abcdefgh')).toBe('no-number');
    expect(checkPassword('abcd1234')).toBeNull();
  });
  it('shows a hint after two wrong tries at the same field', () => {
    expect(HINT_AFTER).toBe(2);
    let tries = wrongTry({}, 'nik');
    expect(showHint(tries, 'nik')).toBe(false);
    tries = wrongTry(tries, 'nik');
    expect(showHint(tries, 'nik')).toBe(true);
    expect(showHint(tries, 'kk')).toBe(false);
  });
  it('makes 6-digit practice codes from any seed', () => {
    for (const seed of [0, 1, -5, 123456789, 2.7]) expect(practiceCode(seed)).toMatch(/^\d{6}$/);
    expect(practiceCode(1)).not.toBe(practiceCode(2));
  });
  it('knows the simulators', () => {
    expect(SIMULATORS).toEqual(['pendaftaran', 'pelatihan', 'saldo']);
    expect(isSimulator('saldo')).toBe(true);
    expect(isSimulator('kios')).toBe(false);
  });
});
