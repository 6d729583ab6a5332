/**
 * The eligibility self-check: plain questions, each answer checked against one rule of the program (2023–2024;
 * the once-only rule as sourced, 2020–2021).
 * Pure: the page gives it the limits from content facts; nothing answered is stored.
 */

export type Question = 'wni' | 'usia' | 'sekolah' | 'pekerjaan' | 'kk' | 'pernah' | 'situasi' | 'bansos';

/** The order the questions are asked in. */
export const QUESTIONS: readonly Question[] = [
  'wni',
  'usia',
  'sekolah',
  'pekerjaan',
  'kk',
  'pernah',
  'situasi',
  'bansos',
];

export interface Answers {
  /** Indonesian citizen with a KTP. */
  wni?: boolean;
  /** Age in whole years. */
  usia?: number;
  /** In school or university now. */
  sekolah?: boolean;
  /** In an occupation that cannot receive Kartu Prakerja (ASN, TNI, Polri, …). */
  pekerjaan?: boolean;
  /** How many people on the same family card (KK) already received Kartu Prakerja. */
  kk?: number;
  /** Has received Kartu Prakerja before. */
  pernah?: boolean;
  /** Which group fits best (all are target groups). */
  situasi?: 'pencari-kerja' | 'kena-phk' | 'pekerja' | 'usaha';
  /** Receives other social assistance (bansos). */
  bansos?: boolean;
}

export interface Limits {
  minAge: number;
  maxAge: number;
  /** At most this many recipients per family card. */
  maxPerKk: number;
}

/**
 * What one answer means: it fits the rule, it blocks, it is only information, or the sources leave it unclear
 * (having received the card before: the once-only rule is sourced for 2020–2021; for later years nobody says).
 */
export type Verdict = 'ok' | 'blocks' | 'info' | 'unclear';

/**
 * Checks one answer against its rule; undefined while unanswered.
 * @example verdict('usia', { usia: 17 }, { minAge: 18, maxAge: 64, maxPerKk: 2 }) // 'blocks'
 */
export function verdict(question: Question, answers: Answers, limits: Limits): Verdict | undefined {
  switch (question) {
    case 'wni':
      return answers.wni === undefined ? undefined : answers.wni ? 'ok' : 'blocks';
    case 'usia': {
      const age = answers.usia;
      if (age === undefined || !Number.isFinite(age)) return undefined;
      return age >= limits.minAge && age <= limits.maxAge ? 'ok' : 'blocks';
    }
    case 'sekolah':
      return answers.sekolah === undefined ? undefined : answers.sekolah ? 'blocks' : 'ok';
    case 'pekerjaan':
      return answers.pekerjaan === undefined ? undefined : answers.pekerjaan ? 'blocks' : 'ok';
    case 'kk':
      return answers.kk === undefined ? undefined : answers.kk >= limits.maxPerKk ? 'blocks' : 'ok';
    case 'pernah':
      return answers.pernah === undefined ? undefined : answers.pernah ? 'unclear' : 'ok';
    case 'situasi':
      return answers.situasi === undefined ? undefined : 'info';
    case 'bansos':
      return answers.bansos === undefined ? undefined : 'info';
  }
}

export interface Outcome {
  /**
   * likely: every rule fits ("kemungkinan memenuhi syarat"); blocked: at least one rule blocks; unclear: nothing
   * blocks but a rule's answer is not known for later years (ask the official channels); incomplete: questions left.
   */
  status: 'likely' | 'blocked' | 'unclear' | 'incomplete';
  /** The rules that block, in question order. */
  blockers: Question[];
  /** The rules the sources leave unclear for this learner, in question order. */
  unclear: Question[];
  /** Questions not answered yet. */
  missing: Question[];
}

/** The result of the whole check. A blocking answer decides it even before every question is answered. */
export function evaluate(answers: Answers, limits: Limits): Outcome {
  const blockers = QUESTIONS.filter((q) => verdict(q, answers, limits) === 'blocks');
  const unclear = QUESTIONS.filter((q) => verdict(q, answers, limits) === 'unclear');
  const missing = QUESTIONS.filter((q) => verdict(q, answers, limits) === undefined);
  const status = blockers.length ? 'blocked' : missing.length ? 'incomplete' : unclear.length ? 'unclear' : 'likely';
  return { status, blockers, unclear, missing };
}

/**
 * Reads an age typed by the learner: whole years from 0 to 120, digits only ("25", " 25 "); anything else is
 * undefined (not answered).
 */
export function parseAge(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 120 ? n : undefined;
}
