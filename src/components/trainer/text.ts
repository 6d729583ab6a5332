/** The trainer pages' words in one language, with {placeholders} filled. */
import id from './text.id.json' with { type: 'json' };
import en from './text.en.json' with { type: 'json' };
import type { Locale } from '../../i18n';

export type TrainerKey = keyof typeof id;

export function trainerText(locale: Locale) {
  const dict: Record<TrainerKey, string> = locale === 'en' ? en : id;
  return (key: TrainerKey, values: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Whether a key exists (for per-module texts such as "take.next.<module>", which fall back to a default). */
export function hasTrainerText(key: string): key is TrainerKey {
  return Object.hasOwn(id, key);
}
