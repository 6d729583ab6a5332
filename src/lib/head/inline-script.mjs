// The only inline script of the site, run before first paint:
//   - marks the page as having JavaScript (CSS then shows lesson steps one at a time, without a flash);
//   - applies the learner's display settings (text size, theme, motion) from storage, so nothing shifts;
//   - kiosk mode (on devices staff made kiosks): keeps a visit's data in sessionStorage, and sends a page opened
//     outside a visit, or a trainer page, to the attract screen before anything of it is painted.
// It accepts only the values of src/lib/settings.ts. Its SHA-256 goes into the Content-Security-Policy
// (astro.config.mjs), so editing it here keeps the hash right. The addresses in it come from src/i18n/routes.ts
// when the site is built (this file is loaded through Vite: by astro.config.mjs, the layouts and the unit tests).
import { createHash } from 'node:crypto';
import { LOCALES } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';

const js = JSON.stringify;
/** The trainer area in every language, for a regex literal: "pelatih|en\/trainer". */
const trainerArea = LOCALES.map((locale) => routes.trainer(locale).slice(1, -1).replace(/\//g, '\\/')).join('|');

export const HEAD_SCRIPT = [
  '(function(){var d=document.documentElement;d.classList.add("js");',
  // Kiosk mode is a property of the device, set only by staff on the set-up screen (/kios/ with the PIN, see
  // src/components/kiosk/setup.ts): no link or address turns it on. Display mode (/kios/tayang/) is not a kiosk.
  'try{var L=localStorage,F="bp-device:kiosk";',
  // Its styles (public/kiosk.css) are written in while the head is parsed, so they block the first paint like any
  // stylesheet and ordinary pages never download them.
  'if(L.getItem(F)==="1"){d.dataset.kiosk="1";d.dataset.storage="session";document.write(\'<link rel="stylesheet" href="/kiosk.css">\')}',
  // Languages this device has a read-aloud voice for (src/stores/device.ts): their bars keep their place.
  'var V=L.getItem("bp-device:voice");if(V&&/^[a-z ]{1,20}$/.test(V))d.dataset.voice=V}catch(e){}',
  // On a kiosk, the trainer area (the presenter and class check have no kiosk bar and no idle wipe) is not part of
  // a visit: the home page instead, which has the kiosk bar (or, outside a visit, sends on to the attract screen).
  `var E=d.lang==="en",H=E?${js(routes.kiosk('en'))}:${js(routes.kiosk('id'))};`,
  `if(d.dataset.kiosk&&(d.dataset.kioskPage==="trainer"||/^\\/(${trainerArea})\\//.test(location.pathname))){`,
  `d.dataset.leaving="1";location.replace(E?${js(routes.home('en'))}:${js(routes.home('id'))});return}`,
  'try{var k=d.dataset.storage==="session"?sessionStorage:localStorage;',
  // A kiosk page outside a visit (after a reset, or reached with Back) shows nothing: straight to the attract screen.
  'if(d.dataset.kiosk&&!d.dataset.kioskPage&&!k.getItem("bp:visit")){d.dataset.leaving="1";location.replace(H);return}',
  // The same checks as decodeSettings (src/lib/settings.ts): numbers and strings only, nothing coerced.
  'var s=JSON.parse(k.getItem("bp:settings")||"{}");if(!s||typeof s!=="object")s={};',
  'if([125,150,175,200].indexOf(s.text)>=0)d.dataset.text=String(s.text);',
  'if(s.theme==="dark"||s.theme==="contrast")d.dataset.theme=s.theme;',
  'if(s.reduceMotion===true)d.dataset.motion="reduce";}catch(e){}})()',
].join('');

/** 'sha256-…' of a script's exact text, as CSP expects. */
export function cspHash(source) {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
