/**
 * The search page's own strings (text.id.json and text.en.json, identical keys). Its address is routes.search.
 */
import id from './text.id.json' with { type: 'json' };
import en from './text.en.json' with { type: 'json' };
import type { Locale } from '../../i18n';

export type SearchKey = keyof typeof id;
export const SEARCH_TEXT: Record<Locale, Record<SearchKey, string>> = { id, en };
