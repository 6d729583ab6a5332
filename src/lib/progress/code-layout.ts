/**
 * The frozen layouts of the progress code (see code.ts): which lesson, module check and simulator task each
 * position of a code stands for. A code holds no ids, only positions, so a layout is a promise to every code
 * already printed on a kiosk screen or written on paper.
 *
 * THE RULE: a layout is never edited once released. Not when a lesson is renamed, added, moved or removed, not
 * when a simulator gains a task. Instead, append a new layout under the next version number (copy the last one,
 * change the copy) and point `CURRENT_LAYOUT` at it. Old codes keep decoding with their own layout; ids that no
 * longer exist simply carry progress nobody looks at. tests/unit/lib/progress-code.test.ts fails when the
 * content has a lesson, module check or simulator task that the current layout does not know.
 *
 * Values are literals on purpose (not imported from content or from the simulators' TASKS) so that a content
 * change can never silently reshuffle positions.
 */

/** One simulator and its tasks, in the order their bits appear in a code. */
export interface SimLayout {
  /** Simulator id, as in src/lib/simulators/index.ts ("pendaftaran"). */
  readonly id: string;
  /** Task ids, as in the simulator's TASKS. */
  readonly tasks: readonly string[];
}

/** What each position of a code means, for one format version. */
export interface CodeLayout {
  /** The format version: the first character of every code made with this layout (1–31). */
  readonly version: number;
  /** Lesson ids ("akun/buat-akun") in course order. */
  readonly lessons: readonly string[];
  /** Ids of the modules that have a module check, in course order. */
  readonly checks: readonly string[];
  /** The practice simulators. */
  readonly sims: readonly SimLayout[];
}

/** Version 1: the course as released with the progress code (5 modules, 24 lessons, 3 simulators). */
const V1: CodeLayout = {
  version: 1,
  lessons: [
    'kenali/apa-itu',
    'kenali/manfaat',
    'kenali/perjalanan',
    'kenali/syarat',
    'akun/persiapan',
    'akun/buat-akun',
    'akun/data-diri',
    'akun/gabung-gelombang',
    'akun/masalah-umum',
    'pelatihan/platform-dan-format',
    'pelatihan/membandingkan',
    'pelatihan/membeli',
    'pelatihan/menyelesaikan',
    'pelatihan/pelatihan-berikutnya',
    'saldo/saldo-pelatihan',
    'saldo/rencana',
    'saldo/menghubungkan-rekening',
    'saldo/insentif',
    'saldo/kalau-insentif-gagal',
    'aman/saluran-resmi',
    'aman/gratis-tanpa-jaminan',
    'aman/rahasia',
    'aman/pesan-palsu',
    'aman/kata-sandi-dan-lapor',
  ],
  checks: ['kenali', 'akun', 'pelatihan', 'saldo', 'aman'],
  sims: [
    {
      id: 'pendaftaran',
      tasks: [
        'buat-akun',
        'verifikasi-email',
        'masuk',
        'data-ktp',
        'foto-dan-wajah',
        'tolak-penipu',
        'verifikasi-hp',
        'tes',
        'gabung-gelombang',
        'lihat-pengumuman',
      ],
    },
    {
      id: 'pelatihan',
      tasks: ['cari-pelatihan', 'bandingkan', 'beli', 'tukar-kode', 'ikuti-pelatihan', 'beri-ulasan'],
    },
    {
      id: 'saldo',
      tasks: [
        'cek-batas-waktu',
        'hubungkan-rekening',
        'beli-pelatihan',
        'beri-ulasan',
        'terima-insentif',
        'isi-survei',
      ],
    },
  ],
};

/**
 * Version 2: the course after issue 14 — "Punya email sendiri" opens module 1 and module 6 "Kalau ada masalah"
 * (five lessons and a module check) follows "Aman". 6 modules, 30 lessons, 3 simulators.
 */
const V2: CodeLayout = {
  version: 2,
  lessons: [
    'kenali/apa-itu',
    'kenali/manfaat',
    'kenali/perjalanan',
    'kenali/syarat',
    'akun/punya-email',
    'akun/persiapan',
    'akun/buat-akun',
    'akun/data-diri',
    'akun/gabung-gelombang',
    'akun/masalah-umum',
    'pelatihan/platform-dan-format',
    'pelatihan/membandingkan',
    'pelatihan/membeli',
    'pelatihan/menyelesaikan',
    'pelatihan/pelatihan-berikutnya',
    'saldo/saldo-pelatihan',
    'saldo/rencana',
    'saldo/menghubungkan-rekening',
    'saldo/insentif',
    'saldo/kalau-insentif-gagal',
    'aman/saluran-resmi',
    'aman/gratis-tanpa-jaminan',
    'aman/rahasia',
    'aman/pesan-palsu',
    'aman/kata-sandi-dan-lapor',
    'masalah/nik-terdaftar',
    'masalah/tidak-lolos',
    'masalah/akses-hilang',
    'masalah/akun-diblokir',
    'masalah/status-menunggu',
  ],
  checks: ['kenali', 'akun', 'pelatihan', 'saldo', 'aman', 'masalah'],
  sims: V1.sims,
};

/** Freezes a layout all the way down, so no code can change it by accident at run time. */
function frozen(layout: CodeLayout): CodeLayout {
  return Object.freeze({
    version: layout.version,
    lessons: Object.freeze([...layout.lessons]),
    checks: Object.freeze([...layout.checks]),
    sims: Object.freeze(layout.sims.map((s) => Object.freeze({ id: s.id, tasks: Object.freeze([...s.tasks]) }))),
  });
}

/** Every layout ever released, by version. Append only. */
export const LAYOUTS: Readonly<Record<number, CodeLayout>> = Object.freeze({ 1: frozen(V1), 2: frozen(V2) });

/** The layout new codes are made with: always the newest. */
export const CURRENT_LAYOUT: CodeLayout = LAYOUTS[2]!;
