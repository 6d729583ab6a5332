/** The trainer pages' words in one language, with {placeholders} filled. */
import id from './text.id.json' with { type: 'json' };
import en from './text.en.json' with { type: 'json' };
import type { Locale } from '../../i18n';
import { textFor } from '../../i18n/fill';

export type TrainerKey = keyof typeof id;

export function trainerText(locale: Locale) {
  return textFor<TrainerKey>({ id, en }, locale);
}

/** Whether a key exists (for per-module texts such as "take.next.<module>", which fall back to a default). */
export function hasTrainerText(key: string): key is TrainerKey {
  return Object.hasOwn(id, key);
}
