/**
 * Reads the MDX body of a lesson without rendering it: its steps, how long each is, and which facts, labels and
 * pictures it uses. The build uses this to reject a lesson that breaks the rules (4–8 steps numbered 1…n, ≤ 80
 * words a step, nothing outside a step) and to know each lesson's step count and length before rendering.
 */

import { EXAMPLE_FACTS, EXAMPLE_WORDS } from './examples';

export interface StepInfo {
  n: number;
  title: string;
  words: number;
}

export interface LessonBody {
  steps: StepInfo[];
  facts: string[];
  labels: string[];
  figures: string[];
  /** Glossary terms linked with <Term id="…">, in order of use (a term linked twice appears twice). */
  terms: string[];
  /** Interactive tools linked with <Tool name="…"/>. */
  tools: string[];
  /** Practice simulators linked with <Practice name="…"/>. */
  practice: string[];
  /** Rule violations, each a sentence naming the step. Empty when the lesson is fine. */
  problems: string[];
}

const MIN_STEPS = 4;
const MAX_STEPS = 8;
export const MAX_WORDS = 80;

const STEP = /<Step\b([^>]*)>([\s\S]*?)<\/Step>/g;
const TRAINER = /<TrainerNote\b[^>]*>[\s\S]*?<\/TrainerNote>/g;
const SELF_CLOSING = /<(Fact|Label|Figure|Tool|Practice)\b([^>]*?)\/>/g;
const TERM = /<Term\b([^>]*)>/g;
/** Worked-example components (<RedeemExample start="09.00"/>, …): a fixed small word count, and the facts they show. */
const EXAMPLE = /<([A-Z]\w*Example)\b[^>]*\/>/g;

/**
 * Program numbers typed by hand instead of `<Fact>`: rupiah amounts, thousands, "juta"/"ribu", and counts of
 * days, weeks, months, hours or minutes. Returns what it found (empty when the text is clean).
 * @example findTypedNumbers('Saldo Rp3.500.000 untuk 15 hari') // ['Rp3.500.000', '15 hari']
 */
export function findTypedNumbers(mdx: string): string[] {
  const plain = mdx
    .replace(TRAINER, ' ')
    .replace(/<(Fact|Label|Figure|Tool|Practice)\b[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  const patterns = [
    /\b(?:Rp|IDR)\s?\d(?:[\d.,]*\d)?/gi,
    /\b\d{1,3}(?:[.,]\d{3})+\b/g,
    /\b\d+(?:[.,]\d+)?\s*(?:ribu|juta|miliar|rb|jt|thousand|million|billion)\b/gi,
    /\b\d+\s*(?:hari|days?|minggu|weeks?|bulan|months?|jam|hours?|menit|minutes?)\b/gi,
  ];
  return [...new Set(patterns.flatMap((re) => [...plain.matchAll(re)].map((m) => m[0].trim())))];
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\d+)\\})`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * Counts the words a learner reads: a fact or label counts as one word, a worked example (<RedeemExample/>, …)
 * as EXAMPLE_WORDS; pictures and trainer notes as none.
 */
export function countWords(mdx: string): number {
  const plain = mdx
    .replace(TRAINER, ' ')
    .replace(/<Figure\b[^>]*\/>/g, ' ')
    .replace(EXAMPLE, ' x'.repeat(EXAMPLE_WORDS) + ' ')
    .replace(/<(Fact|Label)\b[^>]*\/>/g, ' x ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]()!|-]+/g, ' ');
  return plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * @example parseLessonBody('<Step n={1} title="Siapkan KTP">Siapkan e-KTP Anda.</Step>').steps
 * // [{ n: 1, title: 'Siapkan KTP', words: 3 }]
 */
export function parseLessonBody(body: string): LessonBody {
  const steps: StepInfo[] = [];
  const problems: string[] = [];
  const facts = new Set<string>();
  const labels = new Set<string>();
  const figures = new Set<string>();
  const tools = new Set<string>();
  const practice = new Set<string>();
  const terms: string[] = [];

  for (const m of body.matchAll(SELF_CLOSING)) {
    const [, kind, attrs] = m as unknown as [string, 'Fact' | 'Label' | 'Figure' | 'Tool' | 'Practice', string];
    const named = kind === 'Figure' || kind === 'Tool' || kind === 'Practice';
    const key = named ? attr(attrs, 'name') : attr(attrs, 'id');
    if (!key) {
      problems.push(`<${kind}> needs ${named ? 'name' : 'id'}="…"`);
      continue;
    }
    ({ Fact: facts, Label: labels, Figure: figures, Tool: tools, Practice: practice })[kind].add(key);
    if (kind === 'Figure' && !attr(attrs, 'alt'))
      problems.push(`<Figure name="${key}"> needs alt="…" (what the picture shows)`);
  }

  for (const [, name = ''] of body.matchAll(EXAMPLE)) {
    const used = EXAMPLE_FACTS[name];
    if (used) used.forEach((id) => facts.add(id));
    else problems.push(`<${name}> is not a known example component (src/lib/content/examples.ts EXAMPLE_FACTS)`);
  }

  for (const m of body.matchAll(TERM)) {
    const id = attr(m[1] ?? '', 'id');
    if (id) terms.push(id);
    else problems.push('<Term> needs id="…" (the glossary entry)');
  }
  const twice = terms.filter((t, i) => terms.indexOf(t) !== i);
  for (const t of new Set(twice)) problems.push(`<Term id="${t}"> is linked more than once; link only its first use`);
  for (const typed of findTypedNumbers(body))
    problems.push(
      `"${typed}" is typed by hand; program amounts and durations come from content/facts via <Fact id="…"/>`,
    );

  for (const m of body.matchAll(STEP)) {
    const attrs = m[1] ?? '';
    const inner = m[2] ?? '';
    const n = Number(attr(attrs, 'n'));
    const title = attr(attrs, 'title') ?? '';
    if (!title) problems.push(`step ${steps.length + 1} needs title="…"`);
    const words = countWords(inner);
    steps.push({ n, title, words });
    if (words > MAX_WORDS)
      problems.push(
        `step ${n} "${title}" has ${words} words; keep each step at ${MAX_WORDS} or fewer (one idea per step)`,
      );
  }

  steps.forEach((s, i) => {
    if (s.n !== i + 1)
      problems.push(`steps must be numbered 1, 2, 3… in order: found n={${s.n}} where ${i + 1} was expected`);
  });
  if (steps.length < MIN_STEPS || steps.length > MAX_STEPS)
    problems.push(`a lesson has ${MIN_STEPS}–${MAX_STEPS} steps, found ${steps.length}`);

  const outside = body
    .replace(STEP, '')
    .replace(TRAINER, '')
    .replace(/^\s*(import|export)\b.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .trim();
  if (outside) problems.push(`text outside a <Step> is never shown in the lesson player: "${outside.slice(0, 60)}…"`);

  return {
    steps,
    facts: [...facts],
    labels: [...labels],
    figures: [...figures],
    terms,
    tools: [...tools],
    practice: [...practice],
    problems,
  };
}

export interface StepNotes {
  n: number;
  title: string;
  /** The trainer notes of the step, as plain text paragraphs. */
  notes: string[];
}

/**
 * The trainer notes of a lesson, step by step (steps without notes left out), for trainer pages that list them
 * without rendering the lesson. Notes are plain text; Markdown emphasis is dropped.
 * @example trainerNotes('<Step n={1} title="A">x<TrainerNote>Ask why.</TrainerNote></Step>')
 * // [{ n: 1, title: 'A', notes: ['Ask why.'] }]
 */
export function trainerNotes(body: string): StepNotes[] {
  const out: StepNotes[] = [];
  for (const [, attrs = '', inner = ''] of body.matchAll(STEP)) {
    const notes = [...inner.matchAll(/<TrainerNote\b[^>]*>([\s\S]*?)<\/TrainerNote>/g)]
      .flatMap((m) => (m[1] ?? '').split(/\n\s*\n/))
      .map((p) =>
        p
          .replace(/[*_`]+/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    if (notes.length) out.push({ n: Number(attr(attrs, 'n')), title: attr(attrs, 'title') ?? '', notes });
  }
  return out;
}
