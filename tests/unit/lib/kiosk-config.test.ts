import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { DEFAULT_PIN, PIN_SALT, kioskConfig } from '../../../src/lib/kiosk/config.mjs';

describe('kiosk settings from the environment', () => {
  it('default to 120 s in lessons, 60 s on menus, 30 s of warning and the documented PIN', () => {
    const c = kioskConfig({});
    expect(c).toMatchObject({
      idleLessonSeconds: 120,
      idleMenuSeconds: 60,
      warningSeconds: 30,
      pinLength: 4,
      defaultPin: true,
      pinSalt: PIN_SALT,
    });
    expect(DEFAULT_PIN).toBe('2468');
    expect(c.pinHash).toBe(createHash('sha256').update(`${PIN_SALT}2468`).digest('hex'));
  });

  it('take the operator’s values, and only a hash of the PIN', () => {
    const c = kioskConfig({
      KIOSK_PIN: '90817263',
      KIOSK_IDLE_LESSON_SECONDS: '90',
      KIOSK_IDLE_MENU_SECONDS: '45',
      KIOSK_WARNING_SECONDS: '20',
    });
    expect(c).toMatchObject({
      idleLessonSeconds: 90,
      idleMenuSeconds: 45,
      warningSeconds: 20,
      pinLength: 8,
      defaultPin: false,
    });
    expect(JSON.stringify(c)).not.toContain('90817263');
  });

  it('stop the build on a bad value, naming every problem', () => {
    expect(() => kioskConfig({ KIOSK_PIN: '12a4' })).toThrow(/KIOSK_PIN/);
    expect(() => kioskConfig({ KIOSK_PIN: '123' })).toThrow(/4 to 8 digits/);
    // Under 20 s of warning breaks WCAG 2.2.1; a fraction or text is a typo.
    expect(() => kioskConfig({ KIOSK_WARNING_SECONDS: '10' })).toThrow(/KIOSK_WARNING_SECONDS=10/);
    expect(() => kioskConfig({ KIOSK_IDLE_LESSON_SECONDS: '1.5', KIOSK_IDLE_MENU_SECONDS: 'abc' })).toThrow(
      /KIOSK_IDLE_LESSON_SECONDS=1.5.*KIOSK_IDLE_MENU_SECONDS=abc/,
    );
  });
});
