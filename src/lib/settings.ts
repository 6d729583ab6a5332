/**
 * Display settings ("Tampilan"): text size, theme and motion. Stored as one small JSON object under
 * `bp:settings`, read back defensively, and applied before first paint by the inline head script
 * (src/lib/head/inline-script.mjs), which accepts exactly the values listed here.
 */

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  text: TextSize;
  theme: Theme;
  /** Less motion than the device asks for (the device's own preference is always respected too). */
  reduceMotion: boolean;
}

export const DEFAULT_SETTINGS: Settings = { text: 100, theme: 'light', reduceMotion: false };

/** Reads stored settings; anything unknown falls back to the default for that field. Never throws. */
export function decodeSettings(raw: string | null | undefined): Settings {
  let v: unknown;
  try {
    v = raw ? JSON.parse(raw) : {};
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const o = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  return {
    text: (TEXT_SIZES as readonly unknown[]).includes(o.text) ? (o.text as TextSize) : DEFAULT_SETTINGS.text,
    theme: (THEMES as readonly unknown[]).includes(o.theme) ? (o.theme as Theme) : DEFAULT_SETTINGS.theme,
    reduceMotion: o.reduceMotion === true,
  };
}

export function encodeSettings(s: Settings): string {
  return JSON.stringify({ text: s.text, theme: s.theme, reduceMotion: s.reduceMotion });
}

/** The `<html>` data attributes for settings (the head script sets the same ones before first paint). */
export function settingsAttributes(s: Settings): Record<'text' | 'theme' | 'motion', string | undefined> {
  return {
    text: s.text === 100 ? undefined : String(s.text),
    theme: s.theme === 'light' ? undefined : s.theme,
    motion: s.reduceMotion ? 'reduce' : undefined,
  };
}
