import { describe, expect, it } from 'vitest';
import { factUsage, placeholderFacts, componentFacts } from '../../../src/lib/content/fact-usage';

describe('fact usage', () => {
  it('finds placeholders and components', () => {
    expect([
      ...placeholderFacts({ a: ['x {{saldo-pelatihan}}', { b: '{{usia-minimum}} {{saldo-pelatihan}}' }] }),
    ]).toEqual(['saldo-pelatihan', 'usia-minimum']);
    expect([...componentFacts('Tekan <Label id="tombol-daftar" /> lalu <Fact id="otp-tunggu"/>.')]).toEqual([
      'tombol-daftar',
      'otp-tunggu',
    ]);
  });

  it('lists each place once per fact, lessons, quizzes, sessions and tips', () => {
    const uses = factUsage({
      lessons: [
        {
          title: 'Membuat akun',
          href: '/modul/akun/buat-akun/',
          body: '<Step n={1} title="A">Tekan <Label id="tombol-daftar"/>. <Label id="tombol-daftar"/></Step>',
        },
      ],
      quizzes: [{ kind: 'quiz', title: 'Kuis', href: '/q/', data: { questions: [{ prompt: '{{tombol-daftar}}' }] } }],
      sessions: [
        {
          title: 'Sesi',
          href: '/pelatih/akun/',
          body: 'Lihat <Fact id="saldo-pelatihan" />.',
          data: { questions: [{ a: '{{tombol-daftar}}' }] },
        },
      ],
      tips: [{ title: 'Tayangan', href: '/kios/tayang/', text: 'Buka {{situs-resmi}}.' }],
    });
    expect(uses.get('tombol-daftar')!.map((u) => u.kind)).toEqual(['lesson', 'quiz', 'session']);
    expect(uses.get('saldo-pelatihan')!.map((u) => u.href)).toEqual(['/pelatih/akun/']);
    expect(uses.get('situs-resmi')![0]!.kind).toBe('tip');
    expect(uses.has('nothing')).toBe(false);
  });
});
