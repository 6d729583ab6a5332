/**
 * The words a fictional training is described with (content/tools/pelatihan-contoh.yaml): its formats and topics,
 * in the order the training simulator's filters list them. Apart from the schema and without zod, so that an
 * island can import the lists without zod coming along.
 */

/** webinar = live online; mandiri = self-paced (SPL, through an LMS); luring = in person; bauran = blended. */
export const FORMATS = ['webinar', 'mandiri', 'luring', 'bauran'] as const;
export type Format = (typeof FORMATS)[number];

/** What a training teaches: digital marketing, computers and office, food, sewing, languages, small business. */
export const TOPICS = ['pemasaran', 'komputer', 'kuliner', 'jahit', 'bahasa', 'usaha'] as const;
