/**
 * The name on the practice certificate, kept on the device only when the learner ticks "Simpan nama ini".
 * Untouched otherwise: a name typed for printing lives in the page and is gone when it closes.
 */
import { persistentAtom } from '@nanostores/persistent';
import { engine } from './storage';

const KEY = 'bp:certificate-name';
const MAX_NAME = 80;

// A stored name longer than the cap (made by hand, or by another build) is trimmed once here and written back,
// so an oversized value does not sit in storage or get read again on every page.
const stored = engine[KEY];
if (typeof stored === 'string' && stored.length > MAX_NAME) engine[KEY] = stored.slice(0, MAX_NAME);
/** undefined (no key stored) unless the learner chose to save the name. */
export const savedName = persistentAtom<string | undefined>(KEY, undefined, {
  // undefined → no key at all (the persistent store deletes a key whose encoded value is undefined).
  encode: (s) => s,
  decode: (s) => (typeof s === 'string' && s ? s.slice(0, MAX_NAME) : undefined),
});

export function rememberName(name: string) {
  savedName.set(name.trim().slice(0, MAX_NAME));
}

export function forgetName() {
  savedName.set(undefined);
}
