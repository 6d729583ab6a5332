/** Types shared by the training simulator's screen components (no code: nothing here reaches the bundle). */
import type { Event, Field, State, Training } from '../../../lib/simulators/pelatihan/machine';

/** A training as the page shows it: the machine's fields plus its title and schedule in the page's language. */
export interface TrainingView extends Training {
  title: string;
  schedule: string;
}

/** Official button labels used on the practice screens (from content/facts). */
export type ButtonKey = 'verifikasi' | 'scanWajah' | 'beriUlasan' | 'kirim';

export interface Ui {
  /** A string of text.<locale>.json with `{name}` filled in. */
  t: (key: string, vars?: Record<string, string | number>) => string;
  buttons: Record<ButtonKey, string>;
  money: (n: number) => string;
  /** A rating with one decimal, "4,6". */
  stars: (n: number) => string;
  number: (n: number) => string;
  /** Minutes after midnight as "09.00" / "09:00". */
  time: (minutes: number) => string;
  view: (id: string) => TrainingView;
  /** The words for a field's error, or ''. */
  error: (s: State, field: Field, vars?: Record<string, string | number>) => string;
  /** The hint for a field once it has been wrong twice, or ''. */
  hint: (s: State, field: Field) => string;
  send: (e: Event) => void;
}
