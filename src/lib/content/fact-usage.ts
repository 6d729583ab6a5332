/**
 * Where each program fact is used: which lessons, quizzes, session plans and display tips name it. Pure: the
 * sources page feeds it the content's text and gets, per fact id, the places to link to.
 */
import { FACT_PLACEHOLDER } from './format-fact';
import { parseLessonBody } from './lesson-body';

export type UseKind = 'lesson' | 'quiz' | 'check' | 'session' | 'tip';

export interface FactUse {
  kind: UseKind;
  /** What the place is called, e.g. the lesson's title. */
  title: string;
  href: string;
}

export interface UsageInput {
  lessons: { title: string; href: string; body: string }[];
  quizzes: { kind: 'quiz' | 'check'; title: string; href: string; data: unknown }[];
  sessions: { title: string; href: string; body: string; data: unknown }[];
  tips: { title: string; href: string; text: string }[];
}

/** Fact ids named by `{{fact-id}}` placeholders anywhere in a value (strings, arrays, objects). */
export function placeholderFacts(value: unknown): Set<string> {
  const ids = new Set<string>();
  for (const m of JSON.stringify(value ?? '').matchAll(FACT_PLACEHOLDER)) ids.add(m[1]!);
  return ids;
}

/** Fact ids named by `<Fact id="…"/>` or `<Label id="…"/>` in MDX. */
export function componentFacts(mdx: string): Set<string> {
  return new Set([...mdx.matchAll(/<(?:Fact|Label)\b[^>]*\bid="([^"]+)"[^>]*\/>/g)].map((m) => m[1]!));
}

/**
 * @example factUsage({ lessons: [{ title: 'Daftar', href: '/modul/akun/daftar/', body: '<Step n={1} title="A"><Fact id="x"/></Step>' }], quizzes: [], sessions: [], tips: [] })
 * // Map { 'x' => [{ kind: 'lesson', title: 'Daftar', href: '/modul/akun/daftar/' }] }
 */
export function factUsage(input: UsageInput): Map<string, FactUse[]> {
  const uses = new Map<string, FactUse[]>();
  const add = (ids: Iterable<string>, use: FactUse) => {
    for (const id of ids) {
      const list = uses.get(id) ?? [];
      if (!list.some((u) => u.href === use.href && u.kind === use.kind)) list.push(use);
      uses.set(id, list);
    }
  };
  for (const l of input.lessons) {
    const body = parseLessonBody(l.body);
    add([...body.facts, ...body.labels], { kind: 'lesson', title: l.title, href: l.href });
  }
  for (const q of input.quizzes) add(placeholderFacts(q.data), { kind: q.kind, title: q.title, href: q.href });
  for (const s of input.sessions)
    add([...placeholderFacts(s.data), ...componentFacts(s.body)], { kind: 'session', title: s.title, href: s.href });
  for (const t of input.tips) add(placeholderFacts(t.text), { kind: 'tip', title: t.title, href: t.href });
  return uses;
}
