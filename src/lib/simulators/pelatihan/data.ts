/**
 * The practice marketplace's catalogue: 20 made-up trainings on made-up platforms by made-up training institutions.
 * Prices are realistic for the 2023–2024 scheme (a training of at least 15 hours); some cost more than the
 * balance. Nothing here is a real offer. Titles live apart (TITLES) so the island's bundle, which gets the
 * catalogue as props, carries only what the machine needs.
 */

export const FORMATS = ['webinar', 'mandiri', 'luring', 'bauran'] as const;
/** webinar = live online; mandiri = self-paced (SPL, through an LMS); luring = offline; bauran = blended. */
export type Format = (typeof FORMATS)[number];

export const TOPICS = ['pemasaran', 'komputer', 'kuliner', 'jahit', 'bahasa', 'usaha'] as const;
export type Topic = (typeof TOPICS)[number];

export interface Training {
  id: string;
  topic: Topic;
  format: Format;
  platform: string;
  institution: string;
  /** Rupiah. */
  price: number;
  /** Average stars, one decimal. */
  rating: number;
  reviews: number;
  hours: number;
  /** Weekdays of the sessions, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** When the first session starts, in minutes after midnight (540 = 09.00). */
  start: number;
}

/** The made-up Kartu Prakerja number shown on the practice dashboard and filled by "Isi dengan data contoh". */
export const EXAMPLE_CARD = '9999000012345678';

const P = { merpati: 'Pasar Merpati', kenari: 'Kelas Kenari', rajawali: 'Rajawali Belajar' } as const;

export const TRAININGS: readonly Training[] = [
  { id: 'jualan-online', topic: 'pemasaran', format: 'webinar', platform: P.merpati, institution: 'LPK Cahaya Contoh', price: 4200000, rating: 4.8, reviews: 1204, hours: 15, days: [1, 3, 5], start: 540 },
  { id: 'iklan-medsos', topic: 'pemasaran', format: 'webinar', platform: P.kenari, institution: 'Akademi Pelangi Contoh', price: 2750000, rating: 4.6, reviews: 865, hours: 15, days: [2, 4], start: 540 },
  { id: 'konten-promosi', topic: 'pemasaran', format: 'webinar', platform: P.rajawali, institution: 'LPK Sinar Contoh', price: 1500000, rating: 4.3, reviews: 412, hours: 15, days: [1, 2, 3], start: 780 },
  { id: 'toko-daring', topic: 'pemasaran', format: 'mandiri', platform: P.merpati, institution: 'Lembaga Maju Contoh', price: 950000, rating: 4.7, reviews: 2310, hours: 16, days: [1], start: 480 },
  { id: 'foto-produk', topic: 'pemasaran', format: 'bauran', platform: P.kenari, institution: 'Studio Lensa Contoh', price: 3100000, rating: 4.5, reviews: 198, hours: 20, days: [6, 7], start: 480 },
  { id: 'excel-kerja', topic: 'komputer', format: 'webinar', platform: P.rajawali, institution: 'LPK Cahaya Contoh', price: 1250000, rating: 4.4, reviews: 1530, hours: 15, days: [1, 3, 5], start: 1140 },
  { id: 'admin-kantor', topic: 'komputer', format: 'luring', platform: P.merpati, institution: 'Balai Latih Kota Contoh', price: 3400000, rating: 4.6, reviews: 320, hours: 24, days: [1, 2, 3], start: 480 },
  { id: 'desain-grafis', topic: 'komputer', format: 'mandiri', platform: P.kenari, institution: 'Akademi Pelangi Contoh', price: 1800000, rating: 4.2, reviews: 744, hours: 18, days: [1], start: 480 },
  { id: 'data-dasar', topic: 'komputer', format: 'webinar', platform: P.merpati, institution: 'Lembaga Angka Contoh', price: 3500000, rating: 4.7, reviews: 256, hours: 15, days: [2, 4], start: 1140 },
  { id: 'barista', topic: 'kuliner', format: 'luring', platform: P.rajawali, institution: 'Dapur Nusantara Contoh', price: 3900000, rating: 4.9, reviews: 188, hours: 24, days: [6, 7], start: 480 },
  { id: 'kue-rumahan', topic: 'kuliner', format: 'webinar', platform: P.kenari, institution: 'Dapur Nusantara Contoh', price: 850000, rating: 4.5, reviews: 3021, hours: 15, days: [1, 3, 5], start: 600 },
  { id: 'katering-sehat', topic: 'kuliner', format: 'bauran', platform: P.merpati, institution: 'LPK Rasa Contoh', price: 2600000, rating: 4.1, reviews: 97, hours: 20, days: [2, 4, 6], start: 540 },
  { id: 'jahit-dasar', topic: 'jahit', format: 'luring', platform: P.kenari, institution: 'Rumah Jahit Contoh', price: 2900000, rating: 4.8, reviews: 143, hours: 24, days: [1, 2, 3], start: 480 },
  { id: 'pola-busana', topic: 'jahit', format: 'webinar', platform: P.rajawali, institution: 'Rumah Jahit Contoh', price: 1100000, rating: 4.0, reviews: 389, hours: 15, days: [2, 4], start: 780 },
  { id: 'inggris-kerja', topic: 'bahasa', format: 'webinar', platform: P.merpati, institution: 'Akademi Pelangi Contoh', price: 2200000, rating: 4.6, reviews: 978, hours: 15, days: [1, 3, 5], start: 1140 },
  { id: 'wawancara', topic: 'bahasa', format: 'mandiri', platform: P.rajawali, institution: 'LPK Sinar Contoh', price: 700000, rating: 4.4, reviews: 1675, hours: 15, days: [1], start: 480 },
  { id: 'inggris-hotel', topic: 'bahasa', format: 'bauran', platform: P.kenari, institution: 'Balai Latih Kota Contoh', price: 4750000, rating: 4.7, reviews: 61, hours: 30, days: [6, 7], start: 480 },
  { id: 'pembukuan', topic: 'usaha', format: 'webinar', platform: P.kenari, institution: 'Lembaga Angka Contoh', price: 1650000, rating: 4.5, reviews: 532, hours: 15, days: [2, 4], start: 600 },
  { id: 'usaha-kecil', topic: 'usaha', format: 'luring', platform: P.merpati, institution: 'Lembaga Maju Contoh', price: 5500000, rating: 4.3, reviews: 74, hours: 32, days: [1, 2, 3, 4], start: 480 },
  { id: 'modal-usaha', topic: 'usaha', format: 'mandiri', platform: P.rajawali, institution: 'Lembaga Maju Contoh', price: 600000, rating: 3.9, reviews: 811, hours: 15, days: [1], start: 480 },
];

/** Titles in each language, by training id. */
export const TITLES: Readonly<Record<string, { id: string; en: string }>> = {
  'jualan-online': { id: 'Jualan Online untuk Pemula', en: 'Selling Online for Beginners' },
  'iklan-medsos': { id: 'Pemasaran Digital lewat Media Sosial', en: 'Digital Marketing on Social Media' },
  'konten-promosi': { id: 'Membuat Konten Promosi', en: 'Making Promotional Content' },
  'toko-daring': { id: 'Membuka Toko di Marketplace', en: 'Opening a Marketplace Shop' },
  'foto-produk': { id: 'Foto Produk dengan Ponsel', en: 'Product Photos with a Phone' },
  'excel-kerja': { id: 'Lembar Kerja untuk Kantor', en: 'Spreadsheets for the Office' },
  'admin-kantor': { id: 'Administrasi Perkantoran', en: 'Office Administration' },
  'desain-grafis': { id: 'Desain Grafis Dasar', en: 'Basic Graphic Design' },
  'data-dasar': { id: 'Mengolah Data Penjualan', en: 'Working with Sales Data' },
  barista: { id: 'Barista Dasar', en: 'Basic Barista' },
  'kue-rumahan': { id: 'Usaha Kue Rumahan', en: 'Home Cake Business' },
  'katering-sehat': { id: 'Katering Sehat', en: 'Healthy Catering' },
  'jahit-dasar': { id: 'Menjahit Pakaian Dasar', en: 'Basic Garment Sewing' },
  'pola-busana': { id: 'Membuat Pola Busana', en: 'Making Clothing Patterns' },
  'inggris-kerja': { id: 'Bahasa Inggris untuk Kerja', en: 'English for Work' },
  wawancara: { id: 'Siap Wawancara Kerja', en: 'Ready for Job Interviews' },
  'inggris-hotel': { id: 'Bahasa Inggris Perhotelan', en: 'English for Hotels' },
  pembukuan: { id: 'Pembukuan Usaha Kecil', en: 'Bookkeeping for Small Businesses' },
  'usaha-kecil': { id: 'Mengelola Usaha Kecil', en: 'Running a Small Business' },
  'modal-usaha': { id: 'Menghitung Modal Usaha', en: 'Working Out Business Capital' },
};
