/**
 * The read-aloud player, loaded on the first press of a "Dengarkan" bar (see ./read-aloud.ts): cuts the visible
 * text of the section into sentences, speaks them one by one with the page's voice and highlights the one being
 * read (CSS Custom Highlight API; where missing, the paragraph or list item gets [data-ra-now]).
 */
import { splitSentences } from '../../lib/read-aloud/sentences';

interface Part {
  text: string;
  range: Range;
  block: Element;
}

/** Visible text under `root`, block by block, cut into sentences with their ranges. */
function partsOf(root: Element): Part[] {
  const skip =
    '[data-read-aloud],.actions,.order-buttons,.sr-only,[aria-hidden="true"],svg,script,style,noscript,template';
  const groups: { block: Element; nodes: Text[] }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const el = node.parentElement!;
    if (!node.data.trim() || el.closest(skip) || !el.getClientRects().length) continue;
    let block: Element = el;
    while (block !== root && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
    const last = groups[groups.length - 1];
    if (last?.block === block) last.nodes.push(node);
    else groups.push({ block, nodes: [node] });
  }
  return groups.flatMap(({ block, nodes }) => {
    const text = nodes.map((n) => n.data).join('');
    // Maps an offset in the joined text back to (text node, offset).
    const at = (i: number): [Text, number] => {
      for (const n of nodes) {
        if (i <= n.data.length) return [n, i];
        i -= n.data.length;
      }
      return [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.data.length];
    };
    return splitSentences(text).map((s) => {
      const range = document.createRange();
      range.setStart(...at(s.start));
      range.setEnd(...at(s.end));
      return { text: s.text, range, block };
    });
  });
}

/** The player for the page's bars: returns what a press on one of their buttons does. */
export function createPlayer(bars: HTMLElement[], tag: string, voice: () => SpeechSynthesisVoice | undefined) {
  const s = speechSynthesis;
  let bar: HTMLElement | null = null;
  let root: Element | null = null;
  let parts: Part[] = [];
  let index = 0;
  let current: SpeechSynthesisUtterance | null = null;
  let slow = false;
  // The text changed under us (e.g. the quiz showed its feedback): stop rather than read what is gone.
  const watch = new MutationObserver(() => stop());
  const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  if (highlights) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(bp-reading){background-color:#ffe066;color:#1d2a2f}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }

  function mark(part: Part | null) {
    highlights?.delete('bp-reading');
    document.querySelector('[data-ra-now]')?.removeAttribute('data-ra-now');
    if (part && highlights) highlights.set('bp-reading', new Highlight(part.range));
    else part?.block.setAttribute('data-ra-now', '');
  }

  function set(state: 'idle' | 'playing' | 'paused') {
    bar!.dataset.state = state;
    document.dispatchEvent(new CustomEvent('bp:speaking', { detail: state === 'playing' }));
  }

  function speak() {
    const part = parts[index];
    if (!part) return stop();
    const u = new SpeechSynthesisUtterance(part.text);
    u.lang = tag;
    const v = voice();
    if (v) u.voice = v;
    u.rate = slow ? 0.8 : 1;
    u.onstart = () => current === u && mark(part);
    u.onend = () => {
      if (current !== u) return;
      index++;
      speak();
    };
    u.onerror = (e) => current === u && !/interrupted|canceled/.test(e.error) && stop();
    current = u;
    s.speak(u);
  }

  /** Speaks from the current sentence on. */
  function go() {
    watch.observe(root!.parentElement!, { childList: true, subtree: true, characterData: true });
    set('playing');
    speak();
  }

  /** Silences the voice, keeping the place. */
  function halt() {
    current = null;
    s.cancel();
    watch.disconnect();
  }

  function stop() {
    if (!bar) return;
    halt();
    mark(null);
    // The stop button disappears when idle: keep keyboard focus in the bar.
    if (bar.contains(document.activeElement) && document.activeElement?.hasAttribute('data-ra-stop'))
      bar.querySelector<HTMLElement>('[data-ra-play]')!.focus();
    set('idle');
    bar = null;
  }

  addEventListener('hashchange', stop);
  addEventListener('pagehide', stop);

  return (b: HTMLElement, button: Element) => {
    const state = bar === b ? b.dataset.state : 'idle';
    if (button.hasAttribute('data-ra-play')) {
      if (state === 'playing') {
        halt();
        set('paused');
      } else if (state === 'paused') go();
      else {
        const source = b.dataset.source;
        const section = source ? document.querySelector(source)?.closest('section') : b.closest('section');
        if (!section) return;
        stop();
        bar = b;
        root = section;
        parts = partsOf(section);
        index = 0;
        go();
      }
    } else if (button.hasAttribute('data-ra-stop')) stop();
    else if (button.hasAttribute('data-ra-slow')) {
      slow = !slow;
      for (const x of bars) x.querySelector('[data-ra-slow]')!.setAttribute('aria-pressed', String(slow));
      if (state === 'playing') {
        halt();
        go();
      }
    }
  };
}
