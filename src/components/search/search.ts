/**
 * The search page's script. Nothing heavy loads until the learner searches: then Pagefind
 * (/pagefind/pagefind.js, which picks the index of the page's language) and the vocabulary for typo correction
 * (/pagefind/vocab-<lang>.json, see src/integrations/search.ts) are fetched once. The query lives in the URL
 * (?q=…), so the back button from a lesson returns to the same results.
 */
import { correctQuery, lexicon, type Lexicon, type Vocabulary } from '../../lib/search/correct';
import { fillPlaceholders as fill } from '../../i18n/fill';
import { parseStepAnchor } from '../../i18n/routes';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}
type Strings = Record<
  'searching' | 'empty' | 'count' | 'countOne' | 'corrected' | 'none' | 'error' | 'step' | 'moreSteps',
  string
>;

/** At most this many pages are shown. */
const MAX_RESULTS = 20;
/**
 * Longest search kept, in characters: the input's maxlength, and the most written into the address (a 20,000
 * character query in the URL breaks reloading on servers with normal header limits). No real query comes close.
 */
export const MAX_QUERY = 200;
/** Pagefind's own URL: kept out of the bundle (it exists only after the build). */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** A step heading's anchor ("#langkah-2-title") becomes the step's own ("#langkah-2"), which the player opens. */
export function stepUrl(url: string): { url: string; step: number | null } {
  const m = /#([^#]+)-title$/.exec(url);
  const step = m ? parseStepAnchor(m[1]!) : null;
  return m && step !== null ? { url: url.slice(0, m.index) + `#${m[1]}`, step } : { url, step: null };
}

/** Pagefind's excerpt as DOM: its text, with only its <mark> elements kept (never parsed into the page). */
function excerptNodes(html: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);

export function startSearch(root: HTMLElement) {
  const locale = root.dataset.locale === 'en' ? 'en' : 'id';
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  let loaded: Promise<{ pagefind: Pagefind; lex: Lexicon | null }> | null = null;
  let run = 0;

  function load() {
    loaded ??= (async () => {
      const vocab = fetch(`/pagefind/vocab-${locale}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : null))
        .then((v) => (v ? lexicon(v) : null))
        .catch(() => null);
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      await pagefind.options({ excerptLength: 20 });
      return { pagefind, lex: await vocab };
    })();
    loaded.catch(() => (loaded = null)); // try again on the next search
    return loaded;
  }

  function render(data: ResultData[], step: string) {
    list.replaceChildren(
      ...data.map((page) => {
        const subs = (page.sub_results ?? []).map((s) => ({ ...s, ...stepUrl(s.url), score: score(s) }));
        const steps = subs.filter((s) => s.step !== null).sort((a, b) => b.score - a.score);
        const best = steps[0];
        const item = el('li', 'search-result card');
        const h2 = el('h2');
        const link = el('a', undefined, page.meta.title ?? page.url);
        link.href = best ? best.url : page.url;
        h2.append(link);
        item.append(h2);
        if (best) item.append(el('p', 'search-step', `${fill(step, { n: best.step! })}: ${best.title}`));
        const excerpt = el('p', 'search-excerpt');
        excerpt.append(excerptNodes(best ? best.excerpt : page.excerpt));
        item.append(excerpt);
        const others = steps.slice(1, 4).sort((a, b) => a.step! - b.step!);
        if (others.length) {
          const more = el('div', 'search-more');
          more.append(el('p', undefined, strings.moreSteps));
          const ul = el('ul');
          for (const s of others) {
            const a = el('a', undefined, `${fill(step, { n: s.step! })}: ${s.title}`);
            a.href = s.url;
            const li = el('li');
            li.append(a);
            ul.append(li);
          }
          more.append(ul);
          item.append(more);
        }
        return item;
      }),
    );
  }

  async function search(typed: string) {
    const mine = ++run;
    const query = typed.trim();
    list.replaceChildren();
    if (!query) {
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.searching;
    try {
      const { pagefind, lex } = await load();
      const fixed = lex ? correctQuery(query, lex) : { query, changed: false };
      let used = fixed.query;
      let found = await pagefind.search(used);
      if (fixed.changed && !found?.results.length) {
        used = query; // the correction found nothing: search what was typed
        found = await pagefind.search(used);
      }
      const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== run) return;
      const total = found?.results.length ?? 0;
      const lines: string[] = [];
      if (used !== query) lines.push(fill(strings.corrected, { q: used, typed: query }));
      lines.push(
        total === 0
          ? fill(strings.none, { q: used })
          : fill(total === 1 ? strings.countOne : strings.count, { n: total, q: used }),
      );
      render(data, strings.step);
      status.textContent = lines.join(' ');
    } catch {
      if (mine === run) status.textContent = strings.error;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    const query = input.value.slice(0, MAX_QUERY);
    url.searchParams.set('q', query.trim());
    history.replaceState(history.state, '', url);
    void search(query);
  });

  const initial = new URLSearchParams(location.search).get('q')?.slice(0, MAX_QUERY);
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
