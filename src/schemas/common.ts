import { z } from 'astro/zod';

export { LOCALES, type Locale } from '../i18n/locales';

/** A lowercase, dash-separated identifier used in URLs, storage keys and cross references. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes, e.g. "buat-akun"');

/** Plain text a learner reads: trimmed, never empty. */
export const text = z.string().trim().min(1, 'must not be empty');
