// The words of the site's addresses, in both languages: the data behind src/i18n/routes.ts, which builds every
// URL from them. Plain JavaScript with no imports so that scripts run by Node alone (scripts/budgets.mjs) can read
// the same words as the site instead of repeating them: renaming a segment here renames it everywhere.
// Pages build links only through routes.ts; the folders under src/pages/ must match these words.

/** What comes before every address of a language: nothing for Indonesian (the default), "/en" for English. */
export const LOCALE_PREFIX = { id: '', en: '/en' };

export const SEGMENTS = {
  module: { id: 'modul', en: 'module' },
  quiz: { id: 'kuis', en: 'quiz' },
  check: { id: 'uji', en: 'check' },
  progress: { id: 'progres', en: 'progress' },
  help: { id: 'bantuan', en: 'help' },
  search: { id: 'cari', en: 'search' },
  step: { id: 'langkah', en: 'step' },
  intro: { id: 'mulai', en: 'start' },
  glossary: { id: 'istilah', en: 'glossary' },
  tools: { id: 'alat', en: 'tools' },
  practice: { id: 'latihan', en: 'practice' },
  display: { id: 'tampilan', en: 'display' },
  kiosk: { id: 'kios', en: 'kiosk' },
  kioskDisplay: { id: 'tayang', en: 'display' },
  trainer: { id: 'pelatih', en: 'trainer' },
  presenter: { id: 'presentasi', en: 'presenter' },
  screen: { id: 'layar', en: 'screen' },
  classCheck: { id: 'uji-kelas', en: 'class-check' },
  classQuiz: { id: 'kuis-kelas', en: 'class-quiz' },
  handout: { id: 'lembar', en: 'handout' },
  abcdCards: { id: 'kartu-abcd', en: 'abcd-cards' },
  takeHome: { id: 'kartu-pulang', en: 'take-home-cards' },
  certificate: { id: 'sertifikat', en: 'certificate' },
  sources: { id: 'sumber', en: 'sources' },
};

/**
 * Where a top-level section's addresses start in one language.
 * @example sectionPath('en', 'trainer') // "/en/trainer/"
 * @param {keyof typeof LOCALE_PREFIX} locale
 * @param {keyof typeof SEGMENTS} name
 * @returns {string}
 */
export function sectionPath(locale, name) {
  return `${LOCALE_PREFIX[locale]}/${SEGMENTS[name][locale]}/`;
}
