import { isLocale, type Locale } from '../../i18n/locales';

/** What a content path says about a lesson, quiz or module. */
export interface ContentPath {
  locale: Locale;
  /** Position of the module, from its folder's numeric prefix. */
  moduleOrder: number;
  /** Module id, the same in every language: "akun". */
  moduleId: string;
  /** Position of the lesson inside its module (0 for a module-level file such as the module check). */
  lessonOrder: number;
  /** Lesson slug inside the module: "buat-akun". */
  slug: string;
  /** Language-independent lesson id, the key of its progress: "akun/buat-akun". */
  lessonId: string;
}

const PREFIXED = /^(\d{1,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const PLAIN = /^([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Reads an entry id kept from the content path.
 * @example parseContentPath('id/01-akun/02-buat-akun') // { locale: 'id', moduleId: 'akun', slug: 'buat-akun', lessonId: 'akun/buat-akun', … }
 * @returns null when the path does not follow `<locale>/<NN>-<module>/<NN>-<lesson>` (or `…/<name>` without a number).
 */
export function parseContentPath(entryId: string): ContentPath | null {
  const parts = entryId.split('/');
  if (parts.length !== 3) return null;
  const [locale, moduleDir, file] = parts as [string, string, string];
  if (!isLocale(locale)) return null;
  const mod = PREFIXED.exec(moduleDir);
  if (!mod) return null;
  const prefixed = PREFIXED.exec(file);
  const plain = prefixed ? null : PLAIN.exec(file);
  if (!prefixed && !plain) return null;
  const slug = prefixed ? prefixed[2]! : plain![1]!;
  const moduleId = mod[2]!;
  return {
    locale,
    moduleOrder: Number(mod[1]),
    moduleId,
    lessonOrder: prefixed ? Number(prefixed[1]) : 0,
    slug,
    lessonId: `${moduleId}/${slug}`,
  };
}

/**
 * Reads a module file id: "id/01-akun" → { locale: 'id', order: 1, moduleId: 'akun' }.
 */
export function parseModulePath(entryId: string): { locale: Locale; order: number; moduleId: string } | null {
  const parts = entryId.split('/');
  if (parts.length !== 2) return null;
  const [locale, file] = parts as [string, string];
  const m = PREFIXED.exec(file);
  if (!isLocale(locale) || !m) return null;
  return { locale, order: Number(m[1]), moduleId: m[2]! };
}
