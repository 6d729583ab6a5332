/** What every screen of the saldo simulator receives from the island: the state, a way to send events, words. */
import type { Event, State } from '../../../lib/simulators/saldo/machine';

export interface Ctx {
  s: State;
  send: (event: Event) => void;
  /** A string of the page's locale, with `{name}` placeholders filled. */
  t: (key: string, vars?: Record<string, string | number>) => string;
  /** "Rp1.200.000" in the page's locale. */
  money: (amount: number) => string;
  /** Training titles by id. */
  titles: Record<string, string>;
}
