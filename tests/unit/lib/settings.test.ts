import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, decodeSettings, encodeSettings, settingsAttributes } from '../../../src/lib/settings';
import { HEAD_SCRIPT } from '../../../src/lib/head/inline-script.mjs';

describe('display settings', () => {
  it('round-trips valid settings and falls back field by field', () => {
    const s = { text: 175 as const, theme: 'dark' as const, reduceMotion: true };
    expect(decodeSettings(encodeSettings(s))).toEqual(s);
    expect(decodeSettings('{"text":300,"theme":"dark"}')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    for (const bad of [null, undefined, '', '{', '[]', '"x"', '{"__proto__":{"text":200}}'])
      expect(decodeSettings(bad), String(bad)).toEqual(DEFAULT_SETTINGS);
  });
  it('never throws on anything stored (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void decodeSettings(raw)));
  });
  it('maps settings to <html> attributes, leaving defaults unset', () => {
    expect(settingsAttributes(DEFAULT_SETTINGS)).toEqual({ text: undefined, theme: undefined, motion: undefined });
    expect(settingsAttributes({ text: 200, theme: 'contrast', reduceMotion: true })).toEqual({
      text: '200',
      theme: 'contrast',
      motion: 'reduce',
    });
  });
  it('the head script applies exactly what the settings allow, before first paint', () => {
    const run = (stored: string | null) => {
      const dataset: Record<string, string> = {};
      const classes = new Set<string>();
      const storage = { getItem: (k: string) => (k === 'bp:settings' ? stored : null) };
      const document = { documentElement: { dataset, classList: { add: (c: string) => classes.add(c) } } };
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the real head script, as a browser would
      new Function('document', 'localStorage', 'sessionStorage', HEAD_SCRIPT)(document, storage, storage);
      return { dataset, js: classes.has('js') };
    };
    expect(run(encodeSettings({ text: 150, theme: 'dark', reduceMotion: true }))).toEqual({
      dataset: { text: '150', theme: 'dark', motion: 'reduce' },
      js: true,
    });
    expect(run('{"text":"150; color:red","theme":"<script>"}')).toEqual({ dataset: {}, js: true });
    expect(run('not json')).toEqual({ dataset: {}, js: true });
    expect(run(null)).toEqual({ dataset: {}, js: true });
    // Values the decoder rejects are not applied either (the review's arrays, coerced by a regex before).
    expect(run('{"text":[150],"theme":["dark"]}')).toEqual({ dataset: {}, js: true });
    expect(run('{"text":"150","reduceMotion":"true"}')).toEqual({ dataset: {}, js: true });
  });
  it('the head script and the settings decoder agree on anything stored (property)', () => {
    const headAttributes = (stored: string) => {
      const dataset: Record<string, string> = {};
      const storage = { getItem: (k: string) => (k === 'bp:settings' ? stored : null) };
      const document = { documentElement: { dataset, classList: { add() {} } } };
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the real head script, as a browser would
      new Function('document', 'localStorage', 'sessionStorage', HEAD_SCRIPT)(document, storage, storage);
      return dataset;
    };
    const settingsLike = fc.record(
      {
        text: fc.oneof(fc.constantFrom(100, 125, 150, 175, 200, '150', [150], 150.5), fc.jsonValue()),
        theme: fc.oneof(fc.constantFrom('light', 'dark', 'contrast', ['dark'], 'Dark'), fc.jsonValue()),
        reduceMotion: fc.oneof(fc.boolean(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          settingsLike.map((o) => JSON.stringify(o)),
          fc.json(),
          fc.string(),
        ),
        (raw) => {
          const expected = Object.fromEntries(
            Object.entries(settingsAttributes(decodeSettings(raw))).filter(([, v]) => v !== undefined),
          );
          expect(headAttributes(raw)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
