/** The kiosk's words in the page's language, with {placeholders} filled. */
import id from './text.id.json' with { type: 'json' };
import en from './text.en.json' with { type: 'json' };

export type KioskKey = keyof typeof id;

export function kioskText(lang: string) {
  const dict: Record<KioskKey, string> = lang === 'en' ? en : id;
  return (key: KioskKey, values: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
