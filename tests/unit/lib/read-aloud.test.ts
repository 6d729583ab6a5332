import { describe, expect, it } from 'vitest';
import { MAX_LENGTH, splitSentences } from '../../../src/lib/read-aloud/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('gives nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\t ')).toEqual([]);
    expect(splitSentences(' … ✓ ')).toEqual([]);
  });

  it('splits Indonesian sentences', () => {
    expect(texts('Buka situs resmi. Klik tombol Daftar! Sudah punya akun? Masuk saja.')).toEqual([
      'Buka situs resmi.',
      'Klik tombol Daftar!',
      'Sudah punya akun?',
      'Masuk saja.',
    ]);
  });

  it('splits English sentences and keeps a last sentence without a full stop', () => {
    expect(texts('Open the official site. Then press Register')).toEqual([
      'Open the official site.',
      'Then press Register',
    ]);
  });

  it('does not split at abbreviations', () => {
    expect(texts('Siapkan KTP, KK, dll. dan simpan di satu map. Lalu lanjut.')).toEqual([
      'Siapkan KTP, KK, dll. dan simpan di satu map.',
      'Lalu lanjut.',
    ]);
    expect(texts('Use an official channel, e.g. The website or the app. Never share the OTP.')).toEqual([
      'Use an official channel, e.g. The website or the app.',
      'Never share the OTP.',
    ]);
    expect(texts('Kirim ke Yth. Bapak Kepala. Terima kasih.')).toEqual([
      'Kirim ke Yth. Bapak Kepala.',
      'Terima kasih.',
    ]);
    expect(texts('Kantor di Jl. A. Yani No. 5 buka pagi. Datang lebih awal.')).toEqual([
      'Kantor di Jl. A. Yani No. 5 buka pagi.',
      'Datang lebih awal.',
    ]);
  });

  it('ends a sentence at a dll. followed by a capital letter', () => {
    expect(texts('Bawa KTP, KK, dll. Lalu antre.')).toEqual(['Bawa KTP, KK, dll.', 'Lalu antre.']);
  });

  it('keeps numbers, amounts and addresses whole', () => {
    expect(
      texts('Bantuan pelatihan Rp3.500.000. Insentif Rp600.000 dibayar 1 kali. Buka prakerja.go.id sekarang.'),
    ).toEqual([
      'Bantuan pelatihan Rp3.500.000.',
      'Insentif Rp600.000 dibayar 1 kali.',
      'Buka prakerja.go.id sekarang.',
    ]);
    expect(texts('The fee is 2.5 percent. That is all.')).toEqual(['The fee is 2.5 percent.', 'That is all.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('Petugas berkata, “Kirim kode OTP Anda.” Jangan kirim! Klik “Daftar”. Selesai.')).toEqual([
      'Petugas berkata, “Kirim kode OTP Anda.”',
      'Jangan kirim!',
      'Klik “Daftar”.',
      'Selesai.',
    ]);
    expect(texts('He said "Wait..." Then he left.')).toEqual(['He said "Wait..."', 'Then he left.']);
  });

  it('treats list items and paragraphs as separate sentences, without their markers', () => {
    expect(texts('Siapkan:\n- KTP\n- Kartu Keluarga\n• Email aktif\n1. Nomor HP\n2) Rekening')).toEqual([
      'Siapkan:',
      'KTP',
      'Kartu Keluarga',
      'Email aktif',
      'Nomor HP',
      'Rekening',
    ]);
    expect(texts('Judul tanpa titik\n\nParagraf kedua')).toEqual(['Judul tanpa titik', 'Paragraf kedua']);
    // A single line break inside a paragraph is just a space.
    expect(texts('Satu kalimat yang\n  dibungkus.')).toEqual(['Satu kalimat yang dibungkus.']);
  });

  it('reports where each sentence is in the original text', () => {
    const text = '  Satu.\n   Dua  kata!  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual([
      [2, 7],
      [11, 21],
    ]);
  });

  it('cuts very long sentences at a comma or a space', () => {
    const long = `${'kata '.repeat(30).trim()}, ${'lagi '.repeat(40).trim()}.`;
    const parts = splitSentences(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_LENGTH);
    expect(parts[0]!.text.endsWith(',')).toBe(true);
    expect(parts.map((p) => p.text).join(' ')).toBe(long);
    const unbroken = 'x'.repeat(450);
    expect(splitSentences(unbroken).map((p) => p.text.length)).toEqual([200, 200, 50]);
  });
});
