/**
 * Puts the validated content files together into one course and checks the rules that span files:
 * every module, lesson and quiz exists in every language with the same shape; every fact, label and picture a
 * lesson uses exists; every quiz link points at a real step; every source a fact cites is in the sources registry
 * (content/sources/) with the same address and tier. A broken rule fails the build with one message per
 * problem, each naming the file and the field.
 */
import { LOCALES, type Locale } from '../../schemas/common';
import type { ModuleData } from '../../schemas/module';
import type { LessonData } from '../../schemas/lesson';
import type { Question, Quiz } from '../../schemas/quiz';
import type { Fact } from '../../schemas/fact';
import type { Source } from '../../schemas/source';
import type { GlossaryEntry } from '../../schemas/glossary';
import { isTool } from '../tools';
import { isSimulator } from '../simulators';
import { parseContentPath, parseModulePath } from '../lessons/path';
import { parseLessonBody, type StepInfo } from './lesson-body';
import { estimateMinutes, type Outline } from '../lessons/order';
import { FACT_PLACEHOLDER } from './format-fact';
import { SEGMENTS } from '../../i18n/segments.mjs';

/** Words a lesson's slug can't be: a module's check and a lesson's quiz are at these addresses (segments.mjs). */
const RESERVED_SLUGS: readonly string[] = [SEGMENTS.check, SEGMENTS.quiz].flatMap((words) => Object.values(words));

export interface RawEntry<T> {
  /** Path-derived id, e.g. "id/01-akun/02-buat-akun". */
  id: string;
  data: T;
  body?: string | undefined;
  /** Path of the file, for error messages. */
  filePath?: string | undefined;
}

export interface CatalogInput {
  modules: RawEntry<ModuleData>[];
  lessons: RawEntry<LessonData>[];
  quizzes: RawEntry<Quiz>[];
  facts: RawEntry<Fact>[];
  /**
   * The sources registry, one entry per source key (content/sources/<key-slug>.yaml). When given, every source a
   * fact cites (`source`, `also`, `history[].source`) must be in it with the same url and tier. Leave it out only in
   * tests that are not about sources.
   */
  sources?: RawEntry<Source>[];
  /** Glossary entries, "<locale>/<term-id>". */
  glossary?: RawEntry<GlossaryEntry>[];
  /** Names of the pictures in public/illustrations (without ".svg"). */
  figures: Set<string>;
}

export interface LessonText extends LessonData {
  /** Content entry id, to render the MDX. */
  entryId: string;
  steps: StepInfo[];
  words: number;
  minutes: number;
}

export interface CatalogLesson {
  id: string;
  moduleId: string;
  slug: string;
  order: number;
  text: Record<Locale, LessonText>;
  quiz: Record<Locale, Quiz>;
}

export interface CatalogModule {
  id: string;
  order: number;
  text: Record<Locale, ModuleData>;
  lessons: CatalogLesson[];
  check: Record<Locale, Quiz> | null;
}

export interface GlossaryTerm {
  id: string;
  text: Record<Locale, GlossaryEntry>;
}

export interface Catalog {
  modules: CatalogModule[];
  facts: Record<string, Fact>;
  /** The sources registry, by source key (e.g. "Telisik-Tempo 2025-12-31"). */
  sources: Record<string, Source>;
  /** Glossary terms, sorted by the Indonesian term. */
  glossary: GlossaryTerm[];
}

/** Thrown when content breaks a rule; `problems` lists each one. */
export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

const where = (e: RawEntry<unknown>, kind: string) => e.filePath ?? `content/${kind}/${e.id}`;

/**
 * The file name of a source key: lowercase, every run of other characters than a–z and 0–9 turned into one dash.
 * @example sourceSlug('Telisik-Tempo 2025-12-31') // 'telisik-tempo-2025-12-31'
 */
export function sourceSlug(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Checks the sources registry and that every source a fact cites is in it, with the same url and tier. */
function checkSources(input: CatalogInput, problems: string[]): Record<string, Source> {
  const sources = Object.create(null) as Record<string, Source>;
  const files = new Map<string, string>();
  for (const e of input.sources ?? []) {
    const file = e.filePath ?? `content/sources/${e.id}.yaml`;
    const slug = sourceSlug(e.data.key);
    if (e.id !== slug) problems.push(`${file}: key "${e.data.key}" belongs in content/sources/${slug}.yaml`);
    const other = files.get(e.data.key);
    if (other) problems.push(`${file}: key "${e.data.key}" is already in ${other}`);
    files.set(e.data.key, file);
    sources[e.data.key] = e.data;
  }
  if (!input.sources) return sources;
  for (const f of input.facts) {
    const file = f.filePath ?? `content/facts/${f.id}.yaml`;
    const cited: [string, { key: string; url: string; tier: string }][] = [
      ['source', f.data.source],
      ...(f.data.also ?? []).map((s, i) => [`also[${i}]`, s] as [string, typeof s]),
      ...(f.data.history ?? []).map((h, i) => [`history[${i}].source`, h.source] as [string, typeof h.source]),
    ];
    for (const [field, s] of cited) {
      const known = sources[s.key];
      const registry = files.get(s.key) ?? `content/sources/${sourceSlug(s.key)}.yaml`;
      if (!known) {
        problems.push(
          `${file}: ${field} "${s.key}" — no such source; add ${registry} (copy it from the fact sheet's §12)`,
        );
        continue;
      }
      if (known.url !== s.url)
        problems.push(`${file}: ${field}.url of "${s.key}" differs from ${registry} ("${known.url}")`);
      if (known.tier !== s.tier)
        problems.push(`${file}: ${field}.tier of "${s.key}" is ${s.tier} but ${registry} says ${known.tier}`);
    }
  }
  return sources;
}

/** Compares two questions that should be the same question in two languages. */
function sameShape(a: Question, b: Question): string | null {
  if (a.type !== b.type) return `type is "${a.type}" in one language and "${b.type}" in the other`;
  if (a.step !== b.step || a.lesson !== b.lesson) return 'links to a different lesson step';
  if ((a.type === 'single' || a.type === 'multiple') && (b.type === 'single' || b.type === 'multiple')) {
    const key = (q: typeof a) => q.options.map((o) => `${o.id}:${o.correct}`).join(',');
    if (key(a) !== key(b)) return 'options differ (ids, order or which are correct)';
  }
  if (a.type === 'truefalse' && b.type === 'truefalse' && a.answer !== b.answer) return 'the answer differs';
  if (a.type === 'order' && b.type === 'order' && a.items.map((i) => i.id).join() !== b.items.map((i) => i.id).join())
    return 'items differ (ids or order)';
  if (a.type === 'match' && b.type === 'match' && a.pairs.map((p) => p.id).join() !== b.pairs.map((p) => p.id).join())
    return 'pairs differ (ids or order)';
  if (a.type === 'scam' && b.type === 'scam') {
    const key = (q: typeof a) => q.items.map((i) => `${i.id}:${i.kind}:${i.fake}`).join(',');
    if (key(a) !== key(b)) return 'mock-ups differ (ids, kinds or which are fake)';
  }
  return null;
}

/**
 * @throws ContentError listing every problem found.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const problems: string[] = [];
  const [base, ...others] = LOCALES;

  const facts = Object.create(null) as Record<string, Fact>;
  for (const f of input.facts) facts[f.id] = f.data;
  const sources = checkSources(input, problems);

  // Glossary, by id and locale.
  const glossary = new Map<string, Partial<Record<Locale, GlossaryEntry>>>();
  for (const e of input.glossary ?? []) {
    const [loc, id] = e.id.split('/') as [string, string | undefined];
    if (!id || !(LOCALES as readonly string[]).includes(loc)) {
      problems.push(`${where(e, 'glossary')}: name the file <locale>/<term-id>.yaml`);
      continue;
    }
    const g = glossary.get(id) ?? {};
    g[loc as Locale] = e.data;
    glossary.set(id, g);
  }
  for (const [id, g] of glossary) {
    for (const loc of LOCALES)
      if (!g[loc]) problems.push(`content/glossary/${loc}/${id}.yaml: missing (the term exists in another language)`);
    for (const see of g[base]?.see ?? [])
      if (!glossary.has(see)) problems.push(`content/glossary/${base}/${id}.yaml: see "${see}" — no such term`);
  }

  // Modules, by id and locale.
  const modules = new Map<string, { order: number; text: Partial<Record<Locale, ModuleData>> }>();
  for (const e of input.modules) {
    const p = parseModulePath(e.id);
    if (!p) {
      problems.push(`${where(e, 'modules')}: name the file <locale>/<NN>-<module-id>.yaml`);
      continue;
    }
    const m = modules.get(p.moduleId) ?? { order: p.order, text: {} };
    if (m.order !== p.order)
      problems.push(
        `${where(e, 'modules')}: module "${p.moduleId}" has number ${p.order} here but ${m.order} in another language`,
      );
    m.text[p.locale] = e.data;
    modules.set(p.moduleId, m);
  }

  // Lessons.
  const lessons = new Map<
    string,
    {
      moduleId: string;
      slug: string;
      order: number;
      text: Partial<Record<Locale, LessonText>>;
      files: Partial<Record<Locale, string>>;
    }
  >();
  for (const e of input.lessons) {
    const p = parseContentPath(e.id);
    const file = where(e, 'lessons');
    if (!p || p.lessonOrder === 0) {
      problems.push(`${file}: name the file <locale>/<NN>-<module>/<NN>-<lesson>.mdx`);
      continue;
    }
    if (RESERVED_SLUGS.includes(p.slug))
      problems.push(`${file}: "${p.slug}" is reserved for a page; rename the lesson`);
    const body = parseLessonBody(e.body ?? '');
    for (const problem of body.problems) problems.push(`${file}: ${problem}`);
    for (const id of body.facts)
      if (!facts[id]) problems.push(`${file}: <Fact id="${id}"/> — no such fact in content/facts/`);
    for (const id of body.labels) {
      if (!facts[id]) problems.push(`${file}: <Label id="${id}"/> — no such fact in content/facts/`);
      else if (facts[id].kind !== 'label')
        problems.push(
          `${file}: <Label id="${id}"/> — that fact is a ${facts[id].kind}; use <Fact> or add a label fact`,
        );
    }
    for (const name of body.figures)
      if (!input.figures.has(name))
        problems.push(`${file}: <Figure name="${name}"/> — no public/illustrations/${name}.svg`);
    for (const id of new Set(body.terms))
      if (!glossary.has(id)) problems.push(`${file}: <Term id="${id}"> — no content/glossary/${p.locale}/${id}.yaml`);
    for (const name of body.tools)
      if (!isTool(name)) problems.push(`${file}: <Tool name="${name}"/> — no such tool (src/lib/tools.ts)`);
    for (const name of body.practice)
      if (!isSimulator(name))
        problems.push(`${file}: <Practice name="${name}"/> — no such simulator (src/lib/simulators/index.ts)`);
    const words = body.steps.reduce((n, s) => n + s.words, 0);
    const l = lessons.get(p.lessonId) ?? {
      moduleId: p.moduleId,
      slug: p.slug,
      order: p.lessonOrder,
      text: {},
      files: {},
    };
    if (l.order !== p.lessonOrder)
      problems.push(
        `${file}: lesson "${p.lessonId}" is number ${p.lessonOrder} here but ${l.order} in another language`,
      );
    l.text[p.locale] = {
      ...e.data,
      entryId: e.id,
      steps: body.steps,
      words,
      minutes: estimateMinutes(words, body.steps.length),
    };
    l.files[p.locale] = file;
    lessons.set(p.lessonId, l);
    if (!modules.has(p.moduleId))
      problems.push(`${file}: its module "${p.moduleId}" has no file in content/modules/${p.locale}/`);
  }

  // Quizzes.
  const quizzes = new Map<string, Partial<Record<Locale, Quiz>>>();
  for (const e of input.quizzes) {
    const p = parseContentPath(e.id);
    const file = where(e, 'quizzes');
    if (!p) {
      problems.push(
        `${file}: name the file <locale>/<NN>-<module>/<NN>-<lesson>.yaml or <locale>/<NN>-<module>/uji-modul.yaml`,
      );
      continue;
    }
    const isModule = p.lessonOrder === 0;
    if (isModule && (p.slug !== 'uji-modul' || e.data.kind !== 'module'))
      problems.push(`${file}: a module check is named uji-modul.yaml and has kind: module`);
    if (!isModule && e.data.kind !== 'lesson') problems.push(`${file}: kind: lesson expected for a lesson quiz`);
    const key = isModule ? `${p.moduleId}#check` : p.lessonId;
    const q = quizzes.get(key) ?? {};
    q[p.locale] = e.data;
    quizzes.set(key, q);
    if (!isModule && !lessons.get(p.lessonId)?.text[p.locale])
      problems.push(`${file}: no lesson ${p.lessonId} in "${p.locale}" for this quiz`);
    for (const m of JSON.stringify(e.data).matchAll(FACT_PLACEHOLDER))
      if (!facts[m[1]!]) problems.push(`${file}: {{${m[1]}}} — no such fact in content/facts/`);
    // Links back to steps must exist.
    e.data.questions.forEach((question, i) => {
      const target = isModule ? `${p.moduleId}/${question.lesson}` : p.lessonId;
      const lesson = lessons.get(target)?.text[p.locale];
      if (!lesson) problems.push(`${file}: questions[${i}] (${question.id}).lesson — no lesson "${target}"`);
      else if (question.step > lesson.steps.length)
        problems.push(
          `${file}: questions[${i}] (${question.id}).step — lesson "${target}" has only ${lesson.steps.length} steps`,
        );
    });
  }

  // Twins in every language, with the same shape.
  for (const [id, m] of modules)
    for (const loc of LOCALES)
      if (!m.text[loc]) problems.push(`content/modules/${loc}/: module "${id}" is missing in "${loc}"`);
  for (const [id, l] of lessons) {
    for (const loc of LOCALES) {
      if (!l.text[loc])
        problems.push(
          `${l.files[base] ?? l.files.en}: its twin in "${loc}" is missing (content/lessons/${loc}/…/${l.slug}.mdx)`,
        );
      if (!quizzes.get(id)?.[loc]) problems.push(`content/quizzes/${loc}/: lesson "${id}" has no quiz in "${loc}"`);
    }
    for (const loc of others) {
      const a = l.text[base]?.steps.length;
      const b = l.text[loc]?.steps.length;
      if (a !== undefined && b !== undefined && a !== b)
        problems.push(
          `${l.files[loc]}: has ${b} steps but its "${base}" twin has ${a}; steps must match so switching language keeps the step`,
        );
    }
  }
  for (const [key, q] of quizzes) {
    const a = q[base];
    for (const loc of others) {
      const b = q[loc];
      if (!a || !b) {
        if (key.endsWith('#check'))
          problems.push(`content/quizzes/: module check "${key}" is missing in "${a ? loc : base}"`);
        continue;
      }
      const ids = (x: Quiz) => x.questions.map((qq) => qq.id).join();
      if (ids(a) !== ids(b)) problems.push(`content/quizzes/${loc}/ (${key}): question ids differ from "${base}"`);
      else
        a.questions.forEach((qa, i) => {
          const diff = sameShape(qa, b.questions[i]!);
          if (diff) problems.push(`content/quizzes/${loc}/ (${key}): question "${qa.id}" ${diff}`);
        });
    }
  }

  if (problems.length) throw new ContentError(problems);

  const result: CatalogModule[] = [...modules.entries()]
    .map(([id, m]) => ({
      id,
      order: m.order,
      text: m.text as Record<Locale, ModuleData>,
      lessons: [...lessons.entries()]
        .filter(([, l]) => l.moduleId === id)
        .sort(([, x], [, y]) => x.order - y.order)
        .map(([lessonId, l]) => ({
          id: lessonId,
          moduleId: id,
          slug: l.slug,
          order: l.order,
          text: l.text as Record<Locale, LessonText>,
          quiz: quizzes.get(lessonId) as Record<Locale, Quiz>,
        })),
      check: (quizzes.get(`${id}#check`) as Record<Locale, Quiz> | undefined) ?? null,
    }))
    // A module nobody has written lessons for yet is not shown.
    .filter((m) => m.lessons.length > 0)
    .sort((a, b) => a.order - b.order);

  const terms = [...glossary.entries()]
    .map(([id, text]) => ({ id, text: text as Record<Locale, GlossaryEntry> }))
    .sort((a, b) => a.text[base].term.localeCompare(b.text[base].term, 'id'));
  return { modules: result, facts, sources, glossary: terms };
}

/** The small outline the browser needs for progress and "Lanjutkan" (no text). */
export function toOutline(catalog: Catalog): Outline {
  return {
    modules: catalog.modules.map((m) => ({
      id: m.id,
      hasCheck: m.check !== null,
      lessons: m.lessons.map((l) => ({ id: l.id, steps: l.text.id.steps.length })),
    })),
  };
}
