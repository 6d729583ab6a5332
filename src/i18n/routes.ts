/**
 * Every URL of the site, in both languages, from language-independent ids. Pages and islands build links only
 * through these, so the language switch can always find a page's twin. The words of the addresses are in
 * ./segments.mjs (plain JavaScript, so that scripts run by Node read the same words).
 */
import type { Locale } from './locales';
import { LOCALE_PREFIX, SEGMENTS as segment, sectionPath as at } from './segments.mjs';

// segments.mjs is plain JavaScript: this checks that every segment has a word for every language.
segment satisfies Record<string, Record<Locale, string>>;

/** Where a top-level section's addresses start ("/en/trainer/"), for code that selects pages by address. */
export const sectionPath = at;

export const routes = {
  home: (locale: Locale) => `${LOCALE_PREFIX[locale]}/`,
  /** lessonId "akun/buat-akun" → "/modul/akun/buat-akun/" */
  lesson: (locale: Locale, lessonId: string) => `${at(locale, 'module')}${lessonId}/`,
  step: (locale: Locale, lessonId: string, step: number) =>
    `${routes.lesson(locale, lessonId)}#${stepAnchor(locale, step)}`,
  quiz: (locale: Locale, lessonId: string) => `${routes.lesson(locale, lessonId)}${segment.quiz[locale]}/`,
  check: (locale: Locale, moduleId: string) => `${at(locale, 'module')}${moduleId}/${segment.check[locale]}/`,
  progress: (locale: Locale) => at(locale, 'progress'),
  help: (locale: Locale) => at(locale, 'help'),
  /** Site search: "/cari/" (the query goes in ?q=…). */
  search: (locale: Locale) => at(locale, 'search'),
  /** The glossary, optionally at one term: "/istilah/#nik". */
  glossary: (locale: Locale, termId?: string) => `${at(locale, 'glossary')}${termId ? `#${termId}` : ''}`,
  /** An interactive tool's page: "/alat/cek-syarat/". */
  tool: (locale: Locale, name: string) => `${at(locale, 'tools')}${name}/`,
  /** Display settings ("Tampilan"). */
  display: (locale: Locale) => at(locale, 'display'),
  /** The practice hub, or one simulator: "/latihan/pendaftaran/". */
  practice: (locale: Locale, name?: string) => `${at(locale, 'practice')}${name ? `${name}/` : ''}`,
  /** A kiosk's attract screen: "/kios/" (opening it turns kiosk mode on). */
  kiosk: (locale: Locale) => at(locale, 'kiosk'),
  /** Display mode for a screen nobody touches: "/kios/tayang/". */
  kioskDisplay: (locale: Locale) => `${routes.kiosk(locale)}${segment.kioskDisplay[locale]}/`,
  /** Trainer pages: the hub, or one module's session plan ("/pelatih/akun/"). */
  trainer: (locale: Locale, moduleId?: string) => `${at(locale, 'trainer')}${moduleId ? `${moduleId}/` : ''}`,
  /** A module's presenter window (laptop) and audience window (projector). */
  presenter: (locale: Locale, moduleId: string) => `${routes.trainer(locale, moduleId)}${segment.presenter[locale]}/`,
  screen: (locale: Locale, moduleId: string) => `${routes.trainer(locale, moduleId)}${segment.screen[locale]}/`,
  /** The 5-question class check before and after a module, answered with A/B/C/D cards. */
  classCheck: (locale: Locale, moduleId: string) => `${routes.trainer(locale, moduleId)}${segment.classCheck[locale]}/`,
  /** A lesson's quiz run with the class's A/B/C/D cards: "/pelatih/akun/buat-akun/kuis-kelas/". */
  classQuiz: (locale: Locale, lessonId: string) => `${routes.trainer(locale)}${lessonId}/${segment.classQuiz[locale]}/`,
  /** A lesson's printable handout: lessonId "akun/buat-akun" → "/pelatih/akun/buat-akun/lembar/". */
  handout: (locale: Locale, lessonId: string) => `${routes.trainer(locale)}${lessonId}/${segment.handout[locale]}/`,
  abcdCards: (locale: Locale) => `${routes.trainer(locale)}${segment.abcdCards[locale]}/`,
  takeHome: (locale: Locale) => `${routes.trainer(locale)}${segment.takeHome[locale]}/`,
  /** Every program fact with its source, optionally at one fact: "/sumber/#fakta-saldo-pelatihan". */
  sources: (locale: Locale, factId?: string) => `${at(locale, 'sources')}${factId ? `#${factAnchor(factId)}` : ''}`,
  /** The practice certificate a learner prints after finishing every module. */
  certificate: (locale: Locale) => at(locale, 'certificate'),
};

/** The fragment naming a fact on the sources page: "fakta-saldo-pelatihan" (the same in both languages). */
export function factAnchor(factId: string): string {
  return `fakta-${factId}`;
}

/** The fragment naming a step: "langkah-2" in Indonesian, "step-2" in English. */
export function stepAnchor(locale: Locale, step: number): string {
  return `${segment.step[locale]}-${step}`;
}

/** The fragment naming a lesson's introduction, before its first step: "mulai" in Indonesian, "start" in English. */
export function introAnchor(locale: Locale): string {
  return segment.intro[locale];
}

/**
 * Reads a step number from a fragment in either language ("#langkah-3", "step-3"); null if it names none.
 * The words are written out (not built from segments.mjs) to keep the browser's code small; a unit test checks
 * that they are the step segments.
 */
export function parseStepAnchor(hash: string): number | null {
  const m = /^#?(?:langkah|step)-(\d{1,3})$/.exec(hash);
  return m ? Number(m[1]) : null;
}
