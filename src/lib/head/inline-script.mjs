// The only inline script of the site, run before first paint:
//   - marks the page as having JavaScript (CSS then shows lesson steps one at a time, without a flash);
//   - applies the learner's display settings (text size, theme, motion) from storage, so nothing shifts.
// It accepts only the values of src/lib/settings.ts. Its SHA-256 goes into the Content-Security-Policy
// (astro.config.mjs), so editing it here keeps the hash right.
import { createHash } from 'node:crypto';

export const HEAD_SCRIPT = [
  '(function(){var d=document.documentElement;d.classList.add("js");',
  'try{var k=d.dataset.storage==="session"?sessionStorage:localStorage;var s=JSON.parse(k.getItem("bp:settings")||"{}");',
  'if(/^(125|150|175|200)$/.test(s.text))d.dataset.text=String(s.text);',
  'if(/^(dark|contrast)$/.test(s.theme))d.dataset.theme=s.theme;',
  'if(s.reduceMotion===true)d.dataset.motion="reduce";}catch(e){}})()',
].join('');

/** 'sha256-…' of a script's exact text, as CSP expects. */
export function cspHash(source) {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
