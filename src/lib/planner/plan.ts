/**
 * The balance planner's arithmetic: which example trainings fit the balance, and the reminder dates.
 * Pure and in whole rupiah; dates are calendar days (no time zone games: "YYYY-MM-DD" strings).
 */

export interface Training {
  id: string;
  price: number;
}

export interface PlanSummary {
  total: number;
  remaining: number;
  /** True when the plan costs more than the balance. */
  over: boolean;
  /** How much over, 0 when within. */
  overBy: number;
}

/**
 * @example summarize([{ id: 'a', price: 1500000 }], ['a'], 3500000) // { total: 1500000, remaining: 2000000, over: false, overBy: 0 }
 */
export function summarize(trainings: readonly Training[], chosen: readonly string[], balance: number): PlanSummary {
  const picked = new Set(chosen);
  const total = trainings.filter((t) => picked.has(t.id)).reduce((sum, t) => sum + t.price, 0);
  const remaining = balance - total;
  return { total, remaining, over: remaining < 0, overBy: Math.max(0, -remaining) };
}

/** Whether a training can still be added: its price is at most what is left. */
export function fits(training: Training, summary: PlanSummary): boolean {
  return training.price <= summary.remaining;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" as a calendar day; null for anything else (including 2025-02-30). */
export function parseDay(text: string): Date | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    ? d
    : null;
}

/** "YYYY-MM-DD" of a calendar day. */
export function formatDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The calendar day `days` after `day`. */
export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * 86_400_000);
}

export interface Reminder {
  /** Stable key, for the calendar UID. */
  key: 'beli' | 'selesai' | 'ulasan' | 'survei';
  day: string;
}

/**
 * The reminders of a plan: buy the first training by (accepted + deadline days), finish by the learner's own
 * target, give the review that day, and check the dashboard for the survey a week later.
 * @throws RangeError for an impossible date or a finish day before the buying deadline's day of acceptance.
 */
export function reminders(acceptedOn: string, buyWithinDays: number, finishBy: string): Reminder[] {
  const accepted = parseDay(acceptedOn);
  const finish = parseDay(finishBy);
  if (!accepted || !finish) throw new RangeError('dates must be YYYY-MM-DD calendar days');
  if (finish < accepted) throw new RangeError('the finish day is before the day of acceptance');
  return [
    { key: 'beli', day: formatDay(addDays(accepted, buyWithinDays)) },
    { key: 'selesai', day: formatDay(finish) },
    { key: 'ulasan', day: formatDay(finish) },
    { key: 'survei', day: formatDay(addDays(finish, 7)) },
  ];
}
