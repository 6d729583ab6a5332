/**
 * Splits a lesson step's rendered HTML into projector slides of at most about 40 words, at build time.
 *
 * The step's top-level blocks (paragraphs, lists, tips, warnings, tool links) are cut into units that may not be
 * split further — a list into its items, a paragraph into its sentences — and the units are shared out over as
 * few slides as the word budget allows, as evenly as possible, so no continuation slide is nearly empty. A
 * sentence or a list item is never cut; a line that ends in ":" stays with what follows it. Pictures go to the
 * slide that points at a picture ("Gambar ini…") or else shares most words with their alt text and caption (the
 * first slide on a tie); trainer notes go with every slide of the step. The HTML comes from our own components
 * (MDX rendered by Astro), so a small tag scanner is enough; it is not a general HTML parser.
 */

/** Words on a projector slide, title included: what a room can read in the time a slide is up. */
const SLIDE_WORDS = 40;

export interface SlideChunk {
  /** The slide's text blocks, as HTML. */
  body: string;
  /** The pictures (`<figure>`s) shown beside that text; empty when there are none. */
  figures: string[];
  /** Trainer notes (presenter window only; the projector's HTML has none). */
  notes: string[];
  words: number;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

interface Node {
  tag: string;
  /** The opening tag's attributes, as written (" class=\"tip\""). */
  attrs: string;
  inner: string;
  outer: string;
}

/** The top-level elements of an HTML fragment (text between them, if any, becomes a `#text` node). */
export function topLevel(html: string): Node[] {
  const nodes: Node[] = [];
  let depth = 0;
  let start = 0;
  let innerStart = 0;
  let open: { tag: string; attrs: string } | null = null;
  let textStart = 0;
  const pushText = (end: number) => {
    const text = html.slice(textStart, end);
    if (text.trim()) nodes.push({ tag: '#text', attrs: '', inner: text, outer: text });
  };
  for (const m of html.matchAll(TAG)) {
    const [whole, close, name, attrs = ''] = m;
    if (!name) continue; // a comment
    const tag = name.toLowerCase();
    const selfClosing = VOID.has(tag) || attrs.trimEnd().endsWith('/');
    const at = m.index;
    if (close) {
      depth -= 1;
      if (depth === 0 && open) {
        nodes.push({
          tag: open.tag,
          attrs: open.attrs,
          inner: html.slice(innerStart, at),
          outer: html.slice(start, at + whole.length),
        });
        open = null;
        textStart = at + whole.length;
      }
      continue;
    }
    if (depth === 0) {
      pushText(at);
      if (selfClosing) {
        nodes.push({ tag, attrs, inner: '', outer: whole });
        textStart = at + whole.length;
        continue;
      }
      open = { tag, attrs };
      start = at;
      innerStart = at + whole.length;
    }
    if (!selfClosing) depth += 1;
  }
  if (depth === 0) pushText(html.length);
  return nodes;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** The text a reader sees in an HTML fragment. */
function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[\da-f]+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
    );
}

export function countWords(html: string): number {
  return textOf(html)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A paragraph's inner HTML cut into sentences, only where a sentence ends outside any inline element
 * ("… situs resmi. Aturan …"); an address such as www.prakerja.go.id has no space after its dots.
 */
function sentences(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  let last = 0;
  const scan = (text: string, offset: number) => {
    for (const m of text.matchAll(/[.!?…]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu)) {
      const end = offset + m.index + m[0].length;
      out.push(inner.slice(from, end).trim());
      from = end;
    }
  };
  for (const m of inner.matchAll(TAG)) {
    if (depth === 0) scan(inner.slice(last, m.index), last);
    const [whole, close, name, attrs = ''] = m;
    if (name && !VOID.has(name.toLowerCase()) && !attrs.trimEnd().endsWith('/')) depth += close ? -1 : 1;
    last = m.index + whole.length;
  }
  if (depth === 0) scan(inner.slice(last), last);
  out.push(inner.slice(from).trim());
  return out.filter(Boolean);
}

interface Unit {
  /** Which source block the unit came from: units of one block on one slide are put back in one element. */
  block: number;
  kind: 'p' | 'list' | 'whole';
  /** The container's opening tag name and attributes ("p", "ul", "ol"). */
  tag: string;
  attrs: string;
  /** For a list item: its position in its list (1-based), to keep an `<ol>`'s numbers right on a later slide. */
  item: number;
  html: string;
  words: number;
  /** The unit ends with ":" and introduces the next one: never the last thing on a slide. */
  glue: boolean;
  /** Pictures that illustrate this unit: they go on its slide, and their captions count among its words. */
  figures: string[];
}

const isNote = (n: Node) => /\bdata-trainer-note\b|class="[^"]*\btrainer-note\b/.test(n.attrs);

/** The step's units (with their pictures) and notes, in reading order. */
function unitsOf(html: string) {
  const units: Unit[] = [];
  const figures: string[] = [];
  const notes: string[] = [];
  topLevel(html).forEach((node, block) => {
    const words = countWords(node.outer);
    const endsWithColon = /:\s*$/.test(textOf(node.inner));
    if (node.tag === 'figure') figures.push(node.outer);
    else if (isNote(node)) notes.push(node.outer);
    else if ((node.tag === 'ul' || node.tag === 'ol') && words > 0) {
      const items = topLevel(node.inner).filter((n) => n.tag === 'li');
      items.forEach((li, i) =>
        units.push({
          block,
          kind: 'list',
          tag: node.tag,
          attrs: node.attrs.replace(/\sstart="\d+"/, ''),
          item: i + 1,
          html: li.outer,
          words: countWords(li.outer),
          glue: false,
          figures: [],
        }),
      );
    } else if (node.tag === 'p' && !/\bclass=/.test(node.attrs)) {
      for (const s of sentences(node.inner))
        units.push({
          block,
          kind: 'p',
          tag: 'p',
          attrs: node.attrs,
          item: 0,
          html: s,
          words: countWords(s),
          glue: /:\s*$/.test(textOf(s)),
          figures: [],
        });
    } else if (node.tag === '#text' && words === 0) {
      // whitespace between blocks
    } else
      units.push({
        block,
        kind: 'whole',
        tag: node.tag,
        attrs: node.attrs,
        item: 0,
        html: node.outer,
        words,
        glue: endsWithColon,
        figures: [],
      });
  });
  for (const figure of figures) anchor(figure, units);
  return { units, notes };
}

/** Puts a slide's units back into elements: sentences of one paragraph in one `<p>`, items of one list in one list. */
function join(units: Unit[]): string {
  let html = '';
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === 'whole') {
      html += u.html;
      continue;
    }
    let j = i;
    while (j + 1 < units.length && units[j + 1]!.block === u.block) j++;
    const parts = units.slice(i, j + 1).map((x) => x.html);
    const start = u.tag === 'ol' && u.item > 1 ? ` start="${u.item}"` : '';
    html +=
      u.kind === 'p'
        ? `<p${u.attrs}>${parts.join(' ')}</p>`
        : `<${u.tag}${u.attrs}${start}>\n${parts.join('\n')}\n</${u.tag}>`;
    i = j;
  }
  return html;
}

interface Plan {
  max: number;
  /** Cuts inside a paragraph or a list: allowed, but a cut between blocks reads better. */
  inner: number;
  squares: number;
  cuts: number[];
}
/** A cut inside a paragraph or list costs as much as this many more words on the fullest slide. */
const INNER_CUT = 8;
const cost = (p: Plan) => p.max + INNER_CUT * p.inner;
const better = (a: Plan, b: Plan | undefined) =>
  !b || cost(a) < cost(b) || (cost(a) === cost(b) && a.squares < b.squares);

/**
 * The fewest slides that keep each within `budget` words, and among those the most even, preferring cuts between
 * blocks: atoms (runs of units that may not be cut apart) are grouped by dynamic programming on the fullest
 * slide plus a price per cut inside a block, then on the spread.
 */
function partition(units: Unit[], budget: number): Unit[][] {
  const atoms: Unit[][] = [];
  for (const u of units) {
    const prev = atoms.at(-1);
    if (prev && prev.at(-1)!.glue) prev.push(u);
    else atoms.push([u]);
  }
  const n = atoms.length;
  if (n <= 1) return atoms.length ? [atoms[0]!] : [[]];
  const words = atoms.map((a) => a.reduce((s, u) => s + slideWords(u), 0));
  const sum = (i: number, j: number) => words.slice(i, j).reduce((s, w) => s + w, 0);
  // A slide over budget is allowed only when it is a single atom (a sentence or item that cannot be cut).
  const fits = (i: number, j: number) => sum(i, j) <= budget || j - i === 1;
  const innerCut = (j: number) => (j > 0 && j < n && atoms[j - 1]!.at(-1)!.block === atoms[j]![0]!.block ? 1 : 0);
  let row: (Plan | undefined)[] = Array.from({ length: n + 1 }, (_, j) =>
    j > 0 && fits(0, j) ? { max: sum(0, j), inner: 0, squares: sum(0, j) ** 2, cuts: [] } : undefined,
  );
  for (let k = 1; k <= n; k++) {
    const done = row[n];
    if (done) {
      const bounds = [0, ...done.cuts, n];
      return bounds.slice(1).map((end, i) => atoms.slice(bounds[i], end).flat());
    }
    const next: (Plan | undefined)[] = Array.from({ length: n + 1 }, () => undefined);
    for (let j = 1; j <= n; j++) {
      for (let i = 1; i < j; i++) {
        const p = row[i];
        if (!p || !fits(i, j)) continue;
        const w = sum(i, j);
        const plan = {
          max: Math.max(p.max, w),
          inner: p.inner + innerCut(i),
          squares: p.squares + w * w,
          cuts: [...p.cuts, i],
        };
        if (better(plan, next[j])) next[j] = plan;
      }
    }
    row = next;
  }
  return [atoms.flat()];
}

const STOP = new Set(
  'yang dan atau di ke dari untuk dengan ini itu ada akan bisa tidak juga anda kita saat lalu jika kalau sudah belum the and or of to in on at for with this that is are be can not you your a an it by as'.split(
    ' ',
  ),
);
const POINTS_AT_PICTURE = /\b(gambar|picture|image)\b/i;
const keywords = (html: string) =>
  new Set(
    textOf(html)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
const altOf = (figure: string) =>
  [...figure.matchAll(/\balt="([^"]*)"/g)].map((m) => m[1]).join(' ') + ' ' + textOf(figure);
/** A unit's words on its slide: its own, and the captions of the pictures that go with it. */
const slideWords = (u: Unit) => u.words + u.figures.reduce((s, f) => s + countWords(f), 0);

/**
 * Ties a picture to the unit it illustrates, before the step is cut into slides: the unit that points at a
 * picture ("Gambar ini…", "This picture…"), else the one sharing most words with its alt text and caption, else
 * the first. The picture then goes on that unit's slide, and its caption is counted there.
 */
function anchor(figure: string, units: Unit[]) {
  if (!units.length) return;
  const wanted = keywords(altOf(figure));
  const scores = units.map(
    (u) =>
      (POINTS_AT_PICTURE.test(textOf(u.html)) ? 100 : 0) + [...keywords(u.html)].filter((w) => wanted.has(w)).length,
  );
  units[scores.indexOf(Math.max(...scores))]!.figures.push(figure);
}

/**
 * A step as one or more slides of at most `SLIDE_WORDS` words with the title (a continuation slide's title has
 * one more word, its "(continued)" marker). `titleWords` is the title's word count.
 */
export function splitStep(html: string, titleWords: number, limit = SLIDE_WORDS): SlideChunk[] {
  const { units, notes } = unitsOf(html);
  const total = units.reduce((s, u) => s + slideWords(u), 0);
  const figuresOnly = units.length
    ? []
    : topLevel(html)
        .filter((n) => n.tag === 'figure')
        .map((n) => n.outer);
  const groups = total + titleWords <= limit ? [units] : partition(units, Math.max(8, limit - titleWords - 1));
  return groups.map((g) => ({
    body: join(g),
    figures: [...g.flatMap((u) => u.figures), ...figuresOnly],
    notes,
    words: g.reduce((s, u) => s + slideWords(u), 0),
  }));
}
