/**
 * Display settings, stored under `bp:settings` through the guarded storage engine, and applied to `<html>` at
 * once when they change.
 */
import { persistentAtom } from '@nanostores/persistent';
import './storage';
import { DEFAULT_SETTINGS, decodeSettings, encodeSettings, settingsAttributes, type Settings } from '../lib/settings';

export const settings = persistentAtom<Settings>('bp:settings', DEFAULT_SETTINGS, {
  encode: encodeSettings,
  decode: decodeSettings,
});

/** Changes one or more settings, saves them and applies them to the page. */
export function updateSettings(change: Partial<Settings>) {
  const next = { ...settings.get(), ...change };
  settings.set(next);
  applySettings(next);
}

export function applySettings(s: Settings) {
  const root = document.documentElement;
  for (const [key, value] of Object.entries(settingsAttributes(s))) {
    if (value === undefined) delete root.dataset[key];
    else root.dataset[key] = value;
  }
}
