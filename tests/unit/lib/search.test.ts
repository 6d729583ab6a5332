import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correctQuery, correctWord, distance, lexicon, MAX_DISTANCE, words } from '../../../src/lib/search/correct';
import { buildVocabulary } from '../../../src/lib/search/vocab';
import id from '../../../src/components/search/text.id.json' with { type: 'json' };
import en from '../../../src/components/search/text.en.json' with { type: 'json' };

const lex = lexicon([
  ['verifikasi', 15],
  ['pelatihan', 40],
  ['prakerja', 30],
  ['saldo', 20],
  ['sandi', 5],
  ['rekening', 8],
  ['kartu', 12],
  ['karta', 2],
]);

describe('edit distance (Damerau–Levenshtein, optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(distance('verifkasi', 'verifikasi')).toBe(1);
    expect(distance('verifikasi', 'verifkasi')).toBe(1);
    expect(distance('saldo', 'salda')).toBe(1);
    expect(distance('pealtihan', 'pelatihan')).toBe(1);
    expect(distance('prkaerja', 'prakerja')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('ca', 'abc')).toBe(3); // OSA: no edit of a swapped pair
  });

  it('stops early beyond the limit', () => {
    expect(distance('verifikasi', 'pelatihan', 2)).toBe(3);
    expect(distance('a', 'abcdef', 2)).toBe(3);
  });

  it('is symmetric, zero only for equal words, and agrees with the early exit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = distance(a, b);
        expect(distance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(distance(a, b, MAX_DISTANCE)).toBe(Math.min(d, MAX_DISTANCE + 1));
      }),
    );
  });
});

describe('typo correction', () => {
  it('corrects "verifkasi" to "verifikasi"', () => {
    expect(correctWord('verifkasi', lex)).toBe('verifikasi');
    expect(correctQuery('verifkasi', lex)).toEqual({ query: 'verifikasi', changed: true });
    expect(correctQuery('Verifkasi akun', lex)).toEqual({ query: 'verifikasi akun', changed: true });
  });

  it('leaves known words, and starts of known words (Pagefind matches prefixes), unchanged', () => {
    expect(correctWord('pelatihan', lex)).toBe('pelatihan');
    expect(correctWord('PELATIHAN', lex)).toBe('pelatihan');
    expect(correctWord('verif', lex)).toBe('verif');
    expect(correctQuery('saldo pelatihan', lex)).toEqual({ query: 'saldo pelatihan', changed: false });
    expect(correctQuery('Saldo', lex)).toEqual({ query: 'Saldo', changed: false });
  });

  it('leaves short words and numbers untouched', () => {
    expect(correctWord('OTP', lex)).toBe('otp');
    expect(correctWord('kta', lex)).toBe('kta');
    expect(correctQuery('OTP 123 NIK', lex)).toEqual({ query: 'OTP 123 NIK', changed: false });
  });

  it('leaves a word alone when nothing is within two edits', () => {
    expect(correctWord('zzzzzzzz', lex)).toBe('zzzzzzzz');
    expect(correctQuery('bantuan', lex)).toEqual({ query: 'bantuan', changed: false });
  });

  it('prefers the closer word, then the more frequent one on a tie, then the alphabetically first', () => {
    // "sanldo": one edit from neither; "saldo" (20) and "sandi" (5) are both two edits away → the more frequent.
    expect(distance('sanldo', 'saldo')).toBe(1);
    expect(correctWord('kartx', lex)).toBe('kartu'); // kartu (12) and karta (2) both one edit away
    expect(correctWord('sandu', lex)).toBe('sandi'); // sandi: 1 edit; saldo: 2 edits
    const tie = lexicon([
      ['bbbb', 3],
      ['aaab', 3],
    ]);
    expect(correctWord('abab', tie)).toBe('aaab');
  });

  it('finds the closest word at distance two', () => {
    expect(correctWord('rekning', lex)).toBe('rekening');
    expect(correctWord('pltihan', lex)).toBe('pelatihan');
  });
});

describe('vocabulary', () => {
  it('keeps words of four letters or more, lowercased, with counts, most frequent first, capped', () => {
    const vocab = buildVocabulary(['Kode OTP untuk verifikasi. Verifikasi akun', 'Jangan beri kode OTP! Kode kode'], 3);
    expect(vocab).toEqual([
      ['kode', 4],
      ['verifikasi', 2],
      ['akun', 1],
    ]);
  });

  it('splits on anything but letters', () => {
    expect(words('e-KTP: Rp3.500.000 (Kartu-Prakerja)')).toEqual(['e', 'ktp', 'rp', 'kartu', 'prakerja']);
  });
});

describe('search page strings', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const v of [...Object.values(id), ...Object.values(en)]) expect(v.trim()).not.toBe('');
  });
});
