/**
 * The name on the practice certificate, kept on the device only when the learner ticks "Simpan nama ini".
 * Untouched otherwise: a name typed for printing lives in the page and is gone when it closes.
 */
import { persistentAtom } from '@nanostores/persistent';
import './storage';

const MAX_NAME = 80;
/** undefined (no key stored) unless the learner chose to save the name. */
export const savedName = persistentAtom<string | undefined>('bp:certificate-name', undefined, {
  // undefined → no key at all (the persistent store deletes a key whose encoded value is undefined).
  encode: (s) => s as string,
  decode: (s) => (typeof s === 'string' && s ? s.slice(0, MAX_NAME) : undefined),
});

export function rememberName(name: string) {
  savedName.set(name.trim().slice(0, MAX_NAME));
}

export function forgetName() {
  savedName.set(undefined);
}
