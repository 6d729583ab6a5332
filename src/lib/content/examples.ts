/**
 * Worked examples in lessons, computed from facts so that a change to a fact changes the example:
 * - the redeem window: `<RedeemExample start="09.00"/>` → "Kelas mulai pukul 09.00 → kode redeem bisa dipakai
 *   pukul 08.00 sampai 10.00. Sarannya: masukkan kedua kode pukul 08.00." (facts latih-jendela-redeem,
 *   latih-saran-redeem);
 * - the deadline to buy the first training: `<DeadlineExample accepted="2024-03-04"/>` → the days from "Senin,
 *   4 Maret" to the last day (fact batas-beli-pelatihan-pertama).
 * Pure functions, no DOM: the components in src/components/lesson/*Example.astro only lay the result out.
 */
import type { Fact } from '../../schemas/fact';
import { t, type Locale } from '../../i18n';
import { intlLocale } from '../../i18n/format';

/** The lesson components that show a worked example, and the facts each one is built from (for the Sources list). */
export const EXAMPLE_FACTS: Record<string, string[]> = {
  RedeemExample: ['latih-jendela-redeem', 'latih-saran-redeem'],
  DeadlineExample: ['batas-beli-pelatihan-pertama'],
};

/** How many words the lesson word counter gives an example box (its text is short and fixed in shape). */
export const EXAMPLE_WORDS = 12;

type TextFact = Extract<Fact, { kind: 'text' }>;

/** Minutes in a day, and the parts of an offset written in a fact ("1 hour before", "30 minutes after"). */
const DAY = 24 * 60;
const OFFSET = /(\d+(?:[.,]\d+)?)\s*(hours?|minutes?)\s+(before|after)/gi;

/**
 * The offsets, in minutes from the start of the training, written in the English value of a text fact.
 * @example offsets('from 1 hour before to 1 hour after the training starts') // [-60, 60]
 * @throws Error when the fact has no "<n> hour(s)/minute(s) before/after" in it (the build then fails loudly).
 */
export function offsets(text: string): number[] {
  const found = [...text.matchAll(OFFSET)].map((m) => {
    const n = Number(m[1]!.replace(',', '.'));
    const minutes = /^hour/i.test(m[2]!) ? n * 60 : n;
    return /before/i.test(m[3]!) ? -minutes : minutes;
  });
  if (!found.length) throw new Error(`cannot read a time like "1 hour before" in "${text}"`);
  return found;
}

/**
 * Minutes after midnight of "09.00" or "9:30".
 * @throws Error for anything that is not a time of day.
 */
export function parseTime(hhmm: string): number {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(hhmm.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`"${hhmm}" is not a time like "09.00"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * A time of day as the page's locale writes it: "08.00" in Indonesian, "08:00" in English.
 * Times past midnight wrap around (the example stays a plain clock time).
 */
export function formatTime(minutes: number, locale: Locale): string {
  const m = ((Math.round(minutes) % DAY) + DAY) % DAY;
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${hh}${locale === 'id' ? '.' : ':'}${mm}`;
}

export interface RedeemExampleData {
  start: string;
  from: string;
  to: string;
  suggested: string;
  /** The sentence shown to the learner. */
  text: string;
  /** The year of the rule, e.g. "2023". */
  year: string;
}

/**
 * The redeem window for a class starting at `start`.
 * @example redeemExample(window, suggestion, '09.00', 'id').text
 * // "Kelas mulai pukul 09.00 → kode redeem bisa dipakai pukul 08.00 sampai 10.00. Sarannya: masukkan kedua kode pukul 08.00."
 */
export function redeemExample(window: Fact, suggestion: Fact, start: string, locale: Locale): RedeemExampleData {
  const w = asText(window, 'latih-jendela-redeem');
  const s = asText(suggestion, 'latih-saran-redeem');
  const at = parseTime(start);
  const span = offsets(w.value.en);
  const [from, to] = [Math.min(...span), Math.max(...span)];
  const [tip] = offsets(s.value.en) as [number];
  const d = {
    start: formatTime(at, locale),
    from: formatTime(at + from, locale),
    to: formatTime(at + to, locale),
    suggested: formatTime(at + tip, locale),
  };
  return { ...d, text: t(locale, 'example.redeemText', d), year: w.year };
}

function asText(fact: Fact, id: string): TextFact {
  if (fact.kind !== 'text') throw new Error(`content/facts/${id}.yaml must be kind: text for the redeem example`);
  return fact;
}

export interface DeadlineDay {
  /** 1 for the day you are accepted. */
  n: number;
  /** ISO date, e.g. "2024-03-04" (for <time datetime>). */
  iso: string;
  /** "Senin, 4 Maret" / "Monday 4 March" — no year: the example is not a real wave. */
  label: string;
  /** Short form for the calendar strip: "Sen 4 Mar" / "Mon 4 Mar". */
  short: string;
  last: boolean;
}

export interface DeadlineExampleData {
  days: DeadlineDay[];
  first: DeadlineDay;
  last: DeadlineDay;
  /** The sentence shown above the strip. */
  text: string;
  /** How the days are counted, one sentence. */
  how: string;
  year: string;
}

/**
 * The days to buy the first training, counting the day you are accepted as day 1 (the safe reading of "15 hari
 * sejak hari ini"). `accepted` is an ISO date; only day, month and weekday are shown.
 * @example deadlineExample(batas15, '2024-03-04', 'id').last.label // "Senin, 18 Maret"
 */
export function deadlineExample(deadline: Fact, accepted: string, locale: Locale): DeadlineExampleData {
  if (deadline.kind !== 'count' || deadline.unit !== 'days')
    throw new Error('content/facts/batas-beli-pelatihan-pertama.yaml must be a count of days for the deadline example');
  const f = deadline;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(accepted);
  if (!m) throw new Error(`accepted="${accepted}" must be a date like "2024-03-04"`);
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const long = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const count = Math.max(1, Math.round(f.value));
  const days: DeadlineDay[] = Array.from({ length: count }, (_, i) => {
    const date = new Date(start + i * 86_400_000);
    return {
      n: i + 1,
      iso: date.toISOString().slice(0, 10),
      label: long.format(date),
      short: short.format(date).replace(/,/g, ''),
      last: i === count - 1,
    };
  });
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const text = t(locale, 'example.deadlineText', { first: first.label, last: last.label });
  const how = t(locale, 'example.deadlineHow', { count });
  return { days, first, last, text, how, year: f.year };
}
