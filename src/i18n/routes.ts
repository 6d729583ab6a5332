/**
 * Every URL of the site, in both languages, from language-independent ids. Pages and islands build links only
 * through these, so the language switch can always find a page's twin.
 */
import type { Locale } from './locales';

const prefix = (locale: Locale) => (locale === 'id' ? '' : `/${locale}`);
const segment = {
  module: { id: 'modul', en: 'module' },
  quiz: { id: 'kuis', en: 'quiz' },
  check: { id: 'uji', en: 'check' },
  progress: { id: 'progres', en: 'progress' },
  help: { id: 'bantuan', en: 'help' },
  step: { id: 'langkah', en: 'step' },
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
} as const satisfies Record<string, Record<Locale, string>>;

export const routes = {
  home: (locale: Locale) => `${prefix(locale)}/`,
  /** lessonId "akun/buat-akun" → "/modul/akun/buat-akun/" */
  lesson: (locale: Locale, lessonId: string) => `${prefix(locale)}/${segment.module[locale]}/${lessonId}/`,
  step: (locale: Locale, lessonId: string, step: number) => `${routes.lesson(locale, lessonId)}#${stepAnchor(locale, step)}`,
  quiz: (locale: Locale, lessonId: string) => `${routes.lesson(locale, lessonId)}${segment.quiz[locale]}/`,
  check: (locale: Locale, moduleId: string) => `${prefix(locale)}/${segment.module[locale]}/${moduleId}/${segment.check[locale]}/`,
  progress: (locale: Locale) => `${prefix(locale)}/${segment.progress[locale]}/`,
  help: (locale: Locale) => `${prefix(locale)}/${segment.help[locale]}/`,
  /** The glossary, optionally at one term: "/istilah/#nik". */
  glossary: (locale: Locale, termId?: string) => `${prefix(locale)}/${segment.glossary[locale]}/${termId ? `#${termId}` : ''}`,
  /** An interactive tool's page: "/alat/cek-syarat/". */
  tool: (locale: Locale, name: string) => `${prefix(locale)}/${segment.tools[locale]}/${name}/`,
  /** Display settings ("Tampilan"). */
  display: (locale: Locale) => `${prefix(locale)}/${segment.display[locale]}/`,
  /** The practice hub, or one simulator: "/latihan/pendaftaran/". */
  practice: (locale: Locale, name?: string) => `${prefix(locale)}/${segment.practice[locale]}/${name ? `${name}/` : ''}`,
  /** A kiosk's attract screen: "/kios/" (opening it turns kiosk mode on). */
  kiosk: (locale: Locale) => `${prefix(locale)}/${segment.kiosk[locale]}/`,
  /** Display mode for a screen nobody touches: "/kios/tayang/". */
  kioskDisplay: (locale: Locale) => `${routes.kiosk(locale)}${segment.kioskDisplay[locale]}/`,
  /** Trainer pages: the hub, or one module's session plan ("/pelatih/akun/"). */
  trainer: (locale: Locale, moduleId?: string) => `${prefix(locale)}/${segment.trainer[locale]}/${moduleId ? `${moduleId}/` : ''}`,
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
  sources: (locale: Locale, factId?: string) => `${prefix(locale)}/${segment.sources[locale]}/${factId ? `#${factAnchor(factId)}` : ''}`,
  /** The practice certificate a learner prints after finishing every module. */
  certificate: (locale: Locale) => `${prefix(locale)}/${segment.certificate[locale]}/`,
};

/** The fragment naming a fact on the sources page: "fakta-saldo-pelatihan" (the same in both languages). */
export function factAnchor(factId: string): string {
  return `fakta-${factId}`;
}

/** The fragment naming a step: "langkah-2" in Indonesian, "step-2" in English. */
export function stepAnchor(locale: Locale, step: number): string {
  return `${segment.step[locale]}-${step}`;
}

/** Reads a step number from a fragment in either language ("#langkah-3", "step-3"); null if it names none. */
export function parseStepAnchor(hash: string): number | null {
  const m = /^#?(?:langkah|step)-(\d{1,3})$/.exec(hash);
  return m ? Number(m[1]) : null;
}

/** Route segments, for pages' getStaticPaths. */
export const SEGMENTS = segment;
