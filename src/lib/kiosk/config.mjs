// Kiosk settings, fixed when the site is built (see README "Running a kiosk"). Read from environment variables by
// astro.config.mjs and handed to the browser as one constant. Plain JavaScript so the config file can import it.
//
//   KIOSK_PIN                  staff PIN to leave kiosk mode: 4–8 digits. Default 2468 — change it.
//   KIOSK_IDLE_LESSON_SECONDS  no touch for this long inside a lesson, quiz, simulator or tool → "Masih di sini?" (120)
//   KIOSK_IDLE_MENU_SECONDS    the same on menus and other pages (60)
//   KIOSK_WARNING_SECONDS      how long "Masih di sini?" counts down before the visit is wiped (30)
//
// Only a salted SHA-256 of the PIN reaches the browser. That is a deterrent, not security: a 4–8 digit PIN is
// found from its hash in moments by anyone who reads the page's code.
import { createHash } from 'node:crypto';

export const DEFAULT_PIN = '2468';

/** Printed by every build that keeps the default PIN (astro.config.mjs). */
export const DEFAULT_PIN_WARNING = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!! WARNING: the kiosk PIN is the default (2468), which is printed in the README.',
  '!! Anyone can make a device a kiosk, or take a kiosk out of kiosk mode, with it.',
  '!! Build a kiosk with its own PIN:  KIOSK_PIN=<4 to 8 digits> npm run build',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');
export const PIN_SALT = 'belajar-prakerja-kiosk:';

const LIMITS = {
  idleLesson: { min: 30, max: 900, fallback: 120 },
  idleMenu: { min: 15, max: 900, fallback: 60 },
  // ≥ 20 s (WCAG 2.2.1); 30 s leaves time to read and reach the button.
  warning: { min: 20, max: 120, fallback: 30 },
};

/** Hex SHA-256 of the salted PIN, the only form of the PIN the browser sees. */
function pinHash(pin) {
  return createHash('sha256')
    .update(PIN_SALT + pin)
    .digest('hex');
}

function seconds(env, name, limit, problems) {
  const raw = env[name];
  if (raw === undefined || raw === '') return limit.fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < limit.min || n > limit.max) {
    problems.push(`${name}=${raw}: expected whole seconds from ${limit.min} to ${limit.max}`);
    return limit.fallback;
  }
  return n;
}

/**
 * Reads the kiosk settings from `env`. Throws one error listing every bad value, so a mistyped setting stops
 * the build instead of shipping a kiosk that behaves differently from what the operator asked for.
 */
export function kioskConfig(env) {
  const problems = [];
  const pin = env.KIOSK_PIN === undefined || env.KIOSK_PIN === '' ? DEFAULT_PIN : String(env.KIOSK_PIN);
  if (!/^\d{4,8}$/.test(pin)) problems.push('KIOSK_PIN: expected 4 to 8 digits');
  const config = {
    pinHash: pinHash(pin),
    pinSalt: PIN_SALT,
    pinLength: pin.length,
    defaultPin: pin === DEFAULT_PIN,
    idleLessonSeconds: seconds(env, 'KIOSK_IDLE_LESSON_SECONDS', LIMITS.idleLesson, problems),
    idleMenuSeconds: seconds(env, 'KIOSK_IDLE_MENU_SECONDS', LIMITS.idleMenu, problems),
    warningSeconds: seconds(env, 'KIOSK_WARNING_SECONDS', LIMITS.warning, problems),
  };
  if (problems.length) throw new Error(`Kiosk settings: ${problems.join('; ')}`);
  return config;
}
