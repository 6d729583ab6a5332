/**
 * Read-aloud ("Dengarkan"): speaks the visible text of a lesson step or quiz question with the Web Speech API,
 * one sentence at a time (browsers stop long utterances), highlighting the sentence being read. Only ordinary
 * buttons: no live region, no focus moves, nothing plays by itself. The bar stays `hidden` unless the browser
 * has a voice for the page's language (id-* / en-*). Pause cancels and resume repeats the current sentence,
 * which works on every browser (pause() does not on Android). Tells others when it speaks with the document
 * event `bp:speaking` (detail true / false), e.g. for a kiosk idle timer.
 *
 * This file is what loads with the page (about 0.5 KB gzip): it finds a voice and shows the bars. The player
 * itself (./player.ts, with the sentence splitter) loads on the first press.
 */
import { knownVoices, rememberVoice } from '../../stores/device';

const synth = () => (typeof speechSynthesis === 'object' ? speechSynthesis : null);

/** The BCP 47 tag spoken for a page language ("id" → "id-ID", "en" → "en-US"). */
const tagOf = (lang: string) => (lang.startsWith('en') ? 'en-US' : 'id-ID');

/** A voice for `lang`: the exact tag first, then the default, then any of the language ("in" is old Indonesian). */
function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const tag = tagOf(lang).toLowerCase();
  const prefixes = tag === 'id-id' ? ['id', 'in'] : ['en'];
  const norm = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  const fit = voices.filter((v) => prefixes.some((p) => norm(v) === p || norm(v).startsWith(`${p}-`)));
  return fit.find((v) => norm(v) === tag) ?? fit.find((v) => v.default) ?? fit[0];
}

/** The voices, waiting for `voiceschanged` (up to 2 s) when the browser has not listed them yet. */
function voices(): Promise<readonly SpeechSynthesisVoice[]> {
  const s = synth();
  if (!s) return Promise.resolve([]);
  const now = s.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      s.removeEventListener('voiceschanged', done);
      resolve(s.getVoices());
    };
    s.addEventListener('voiceschanged', done);
    setTimeout(done, 2000);
  });
}

/** Whether read-aloud can work for a language ("id" / "en" or a tag): for a settings page to explain why not. */
export async function readAloudAvailable(lang: string): Promise<boolean> {
  return !!pickVoice(await voices(), lang);
}

type Player = (bar: HTMLElement, button: Element) => void;

/** Shows the bars when there is a voice for the page's language; loads the player on the first press. */
export function initReadAloud() {
  const s = synth();
  const bars = [...document.querySelectorAll<HTMLElement>('[data-read-aloud]')];
  if (!s || !bars.length) return;
  const lang = document.documentElement.lang || 'id';
  let voice: SpeechSynthesisVoice | undefined;
  let player: Promise<Player> | undefined;
  const key = lang.startsWith('en') ? 'en' : 'id';
  // A device known to have a voice keeps the bars' place from the first paint (CSS, html[data-voice]), so showing
  // them moves nothing. Found for the first time, a bar on screen waits for the learner's next touch or key (a
  // change right after input is not a layout shift); bars not on screen (other steps) show at once.
  const known = knownVoices().includes(key);
  let waiting: HTMLElement[] = [];
  const reveal = () => {
    for (const b of waiting) b.hidden = false;
    waiting = [];
  };
  // The step named in the address counts as on screen even before the browser has applied :target to it.
  const onScreen = (b: HTMLElement) => {
    const section = b.parentElement!;
    const r = section.getBoundingClientRect();
    return (
      (!!section.id && `#${section.id}` === location.hash) || (r.height > 0 && r.bottom > 0 && r.top < innerHeight)
    );
  };
  const update = () => {
    voice = pickVoice(s.getVoices(), lang);
    rememberVoice(key, !!voice);
    for (const b of bars) {
      if (!voice) b.hidden = true;
      else if (known || !onScreen(b)) b.hidden = false;
      else waiting.push(b);
    }
    for (const type of ['pointerdown', 'keydown', 'hashchange'])
      addEventListener(type, reveal, { once: true, capture: true });
  };
  void voices().then(update);
  s.addEventListener('voiceschanged', update);
  for (const b of bars) {
    b.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      // Some browsers (iOS) let a page speak only inside a tap: say nothing now, so the first sentence may follow.
      if (!player) s.speak(new SpeechSynthesisUtterance(''));
      player ??= import('./player').then((m) => m.createPlayer(bars, tagOf(lang), () => voice));
      // If the player's file is gone (an update removed it), forget the failure so a later press tries again, and
      // let the rejection reach the update banner (src/components/layout/offline.ts), which offers a reload.
      void player.then(
        (press) => press(b, button),
        (error: unknown) => {
          player = undefined;
          throw error;
        },
      );
    });
  }
}
