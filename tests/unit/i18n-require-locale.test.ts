/** requireLocale (src/i18n/index.ts): the page's language for a component used inside MDX. */
import { describe, expect, it } from 'vitest';
import { requireLocale } from '../../src/i18n';

describe('requireLocale', () => {
  it('returns the locale Astro took from the page URL', () => {
    expect(requireLocale({ currentLocale: 'id' }, '<Step>')).toBe('id');
    expect(requireLocale({ currentLocale: 'en' }, '<Step>')).toBe('en');
  });

  it('names the component on a page outside the i18n routes', () => {
    expect(() => requireLocale({ currentLocale: undefined }, '<Fact id="saldo-pelatihan">')).toThrow(
      '<Fact id="saldo-pelatihan">: unknown page locale "undefined"',
    );
    expect(() => requireLocale({ currentLocale: 'fr' }, '<Term id="otp">')).toThrow('unknown page locale "fr"');
  });
});
