/**
 * The program's status and the age of facts, as learners read them: the notice on every page where learners
 * start (built from the one `status` fact), "dulu (2021–2022)" for facts whose period ended before the flow the
 * lessons teach, the newest source of a lesson, and which facts are overdue for a check.
 */
import type { Fact } from '../../schemas/fact';
import { t, type Locale } from '../../i18n';
import { requireFact } from './require-fact';
import { intlLocale } from '../../i18n/format';

export type StatusFact = Extract<Fact, { kind: 'status' }>;

/** The id of the one status fact. */
export const STATUS_FACT_ID = 'status-program';

/**
 * Modules that teach the program's flow step by step (registering, training, balance): their first lesson opens
 * with the status notice, so a learner who starts there learns the status first.
 */
export const STATUS_MODULES: readonly string[] = ['akun', 'pelatihan', 'saldo'];

/** First and last year of "2021–2022" or "2024". */
export function yearRange(year: string): { from: number; to: number } {
  const [from, to = from] = year.split('–').map(Number) as [number, number?];
  return { from, to: to ?? from };
}

/** The status fact among all facts, or throws (every build needs one). */
export function statusOf(facts: Record<string, Fact>): StatusFact {
  return requireFact(facts, STATUS_FACT_ID, 'the program status', 'status');
}

/**
 * True when a fact's period ended before the flow the lessons teach began: it is history, shown as "dulu".
 * @example isPast({ year: '2021–2022', … }, status) // true when the flow is 2023–2024
 */
export function isPast(fact: Fact, status: StatusFact): boolean {
  if (fact.kind === 'status') return false;
  return yearRange(fact.year).to < yearRange(status.value.flow).from;
}

/** "dulu (2021–2022)" / "in the past (2021–2022)" for a past fact; null for a current one. */
export function pastTag(fact: Fact, status: StatusFact, locale: Locale): string | null {
  return isPast(fact, status) ? t(locale, 'fact.past', { year: fact.year }) : null;
}

/** "Agustus 2024" from "2024-08". */
function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

/** "31 Desember 2025". */
export function formatDay(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A source date as precise as it is: "2025", "November 2025", "31 Desember 2025". */
export function formatSourceDate(date: string, locale: Locale): string {
  const parts = date.split('-');
  if (parts.length === 1) return date;
  if (parts.length === 2) return formatMonth(date, locale);
  return formatDay(new Date(`${date}T00:00:00Z`), locale);
}

/** The status as the words the notice fills in. */
export function statusValues(status: StatusFact, site: string, locale: Locale) {
  return {
    wave: status.value.lastWave,
    opened: formatMonth(status.value.lastWaveOpened, locale),
    agency: status.value.movingTo[locale],
    agencyShort: status.value.movingToShort,
    flow: status.value.flow,
    asOf: formatDay(status.value.asOf, locale),
    site,
  };
}

/** The lines of the status notice, in reading order: last wave, the move, the flow taught, where to watch, scams. */
export function statusLines(
  status: StatusFact,
  site: string,
  locale: Locale,
): { title: string; lines: string[]; asOf: string } {
  const v = statusValues(status, site, locale);
  return {
    title: t(locale, 'status.title'),
    lines: [
      t(locale, 'status.lastWave', v),
      t(locale, 'status.moving', v),
      t(locale, 'status.flow', v),
      t(locale, 'status.watch', v),
      t(locale, 'status.scam', v),
    ],
    asOf: t(locale, 'status.asOf', v),
  };
}

/** The status in one line, for a fact placeholder: "Gelombang 71 (Agustus 2024)". */
export function statusShort(status: StatusFact, locale: Locale): string {
  return t(locale, 'status.short', {
    wave: status.value.lastWave,
    opened: formatMonth(status.value.lastWaveOpened, locale),
  });
}

/**
 * The date of a source as the fact sheet gives it: its `date`, else the date in its key ("Tribun 2022-05-03",
 * "Jambi-Tribun 2025-11", "Politikal 2023"), else null (an undated page).
 */
export function sourceDate(source: { key: string; date?: string | undefined }): string | null {
  if (source.date) return source.date;
  const m = /\b((?:19|20)\d{2})(?:-(\d{2}))?(?:-(\d{2}))?\b/.exec(source.key);
  if (!m) return null;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** Compares two source dates of any precision ("2025" < "2025-11" < "2025-11-13" within 2025). */
function compareSourceDates(a: string, b: string): number {
  return a.localeCompare(b);
}

/** The newest dated source among the facts (their main and corroborating sources), or null. */
export function newestSource(facts: Fact[], dated: (key: string) => string | null = () => null): string | null {
  let newest: string | null = null;
  for (const fact of facts)
    for (const s of [fact.source, ...(fact.also ?? [])]) {
      const d = dated(s.key) ?? sourceDate(s);
      if (d && (!newest || compareSourceDates(d, newest) > 0)) newest = d;
    }
  return newest;
}

/** Facts last checked more than `months` months before `now`, oldest first. */
export function overdueFacts(facts: Record<string, Fact>, now: Date, months = 6): { id: string; checked: Date }[] {
  const limit = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return Object.entries(facts)
    .filter(([, f]) => f.checked < limit)
    .map(([id, f]) => ({ id, checked: f.checked }))
    .sort((a, b) => a.checked.getTime() - b.checked.getTime());
}
