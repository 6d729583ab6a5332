// The only inline script of the site, run before first paint: marks the page as having JavaScript so CSS can
// switch the lesson to one step at a time without a flash. Its SHA-256 goes into the Content-Security-Policy
// (astro.config.mjs), so editing it here keeps the hash right.
import { createHash } from 'node:crypto';

export const HEAD_SCRIPT = "document.documentElement.classList.add('js')";

/** 'sha256-…' of a script's exact text, as CSP expects. */
export function cspHash(source) {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
