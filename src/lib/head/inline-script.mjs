// The only inline script of the site, run before first paint:
//   - marks the page as having JavaScript (CSS then shows lesson steps one at a time, without a flash);
//   - applies the learner's display settings (text size, theme, motion) from storage, so nothing shifts;
//   - kiosk mode: turns it on (/kios/ or ?kiosk=1), keeps a visit's data in sessionStorage, and sends a page opened
//     outside a visit to the attract screen before anything of it is painted.
// It accepts only the values of src/lib/settings.ts. Its SHA-256 goes into the Content-Security-Policy
// (astro.config.mjs), so editing it here keeps the hash right.
import { createHash } from 'node:crypto';

export const HEAD_SCRIPT = [
  '(function(){var d=document.documentElement;d.classList.add("js");',
  // Kiosk mode: the attract screen /kios/ (/en/kiosk/) or ?kiosk=1 turns it on for the device; the flag outlives
  // restarts. Display mode (/kios/tayang/) does not: a TV that only shows tips is not a touch kiosk.
  'try{var L=localStorage,F="bp-device:kiosk";',
  'if(/^\\/(kios|en\\/kiosk)\\/$/.test(location.pathname)||/[?&]kiosk=1(&|$)/.test(location.search))L.setItem(F,"1");',
  // Its styles (public/kiosk.css) are written in while the head is parsed, so they block the first paint like any
  // stylesheet and ordinary pages never download them.
  'if(L.getItem(F)==="1"){d.dataset.kiosk="1";d.dataset.storage="session";document.write(\'<link rel="stylesheet" href="/kiosk.css">\')}',
  // Languages this device has a read-aloud voice for (src/stores/device.ts): their bars keep their place.
  'var V=L.getItem("bp-device:voice");if(V&&/^[a-z ]{1,20}$/.test(V))d.dataset.voice=V}catch(e){}',
  'try{var k=d.dataset.storage==="session"?sessionStorage:localStorage;',
  // A kiosk page outside a visit (after a reset, or reached with Back) shows nothing: straight to the attract screen.
  'if(d.dataset.kiosk&&!d.dataset.kioskPage&&!k.getItem("bp:visit")){d.dataset.leaving="1";location.replace(d.lang==="en"?"/en/kiosk/":"/kios/");return}',
  'var s=JSON.parse(k.getItem("bp:settings")||"{}");',
  'if(/^(125|150|175|200)$/.test(s.text))d.dataset.text=String(s.text);',
  'if(/^(dark|contrast)$/.test(s.theme))d.dataset.theme=s.theme;',
  'if(s.reduceMotion===true)d.dataset.motion="reduce";}catch(e){}})()',
].join('');

/** 'sha256-…' of a script's exact text, as CSP expects. */
export function cspHash(source) {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
