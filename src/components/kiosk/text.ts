/** The kiosk's words in the page's language (`<html lang>`), with {placeholders} filled. */
import id from './text.id.json' with { type: 'json' };
import en from './text.en.json' with { type: 'json' };
import { textFor } from '../../i18n/fill';

export type KioskKey = keyof typeof id;

export function kioskText(lang: string) {
  return textFor<KioskKey>({ id, en }, lang === 'en' ? 'en' : 'id');
}
