/**
 * What this device can do, remembered across visits so the first paint can be right: today, which page languages
 * have a read-aloud voice. Stored under `bp-device:voice` as the languages with a voice ("id en", "id"; "" once a
 * voice has gone; no key while none was ever found). Like the kiosk flag it says nothing about anyone, is not an app key (`bp:`), and so outlives a kiosk
 * visit's wipe. The inline head script copies it to `<html data-voice>` before first paint.
 */
const VOICE_KEY = 'bp-device:voice';

/** The languages this device is known to have a voice for, from the value the head script copied. */
export function knownVoices(): string[] {
  return (document.documentElement.dataset.voice ?? '').split(' ').filter(Boolean);
}

/** Records whether the device has a voice for `lang`; never throws (storage may be off or full). */
export function rememberVoice(lang: string, has: boolean) {
  const known = knownVoices();
  const value = [...known.filter((l) => l !== lang), ...(has ? [lang] : [])].join(' ');
  // Written only when it changes: a device with no voice (most kiosks) never gets the key at all.
  if (value === known.join(' ')) return;
  try {
    localStorage.setItem(VOICE_KEY, value);
  } catch {
    // Not remembered: the next page simply finds out again.
  }
}
