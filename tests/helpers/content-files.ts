/**
 * Reads content/ straight from disk and validates each file with the same schemas the build uses, so the unit
 * tests (and content writers, with `npx vitest run tests/unit/content`) catch content mistakes in seconds.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { moduleSchema } from '../../src/schemas/module';
import { lessonSchema } from '../../src/schemas/lesson';
import { quizSchema } from '../../src/schemas/quiz';
import { factSchema } from '../../src/schemas/fact';
import { glossarySchema } from '../../src/schemas/glossary';
import type { CatalogInput, RawEntry } from '../../src/lib/content/catalog';

export const ROOT = join(import.meta.dirname, '..', '..');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

export interface LoadResult {
  input: CatalogInput;
  /** Schema problems, each "file: field: message". */
  problems: string[];
}

function parse<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: string[]): z.infer<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return null;
}

export function loadContent(root = ROOT): LoadResult {
  const problems: string[] = [];
  const content = join(root, 'content');
  const idOf = (base: string, file: string) =>
    relative(base, file)
      .replace(/\\/g, '/')
      .replace(/\.(mdx|ya?ml)$/, '');
  const visible = (file: string) => !file.split(/[\\/]/).pop()!.startsWith('_');

  const collect = <T>(
    kind: string,
    ext: RegExp,
    read: (file: string) => { data: unknown; body?: string },
    schema: z.ZodType<T>,
  ) => {
    const base = join(content, kind);
    const out: RawEntry<T>[] = [];
    for (const file of walk(base).filter((f) => ext.test(f) && visible(f))) {
      const rel = relative(root, file);
      let raw: { data: unknown; body?: string };
      try {
        raw = read(file);
      } catch (error) {
        problems.push(`${rel}: cannot be read: ${(error as Error).message}`);
        continue;
      }
      const data = parse(schema, raw.data, rel, problems);
      if (data !== null) out.push({ id: idOf(base, file), data, body: raw.body, filePath: rel });
    }
    return out;
  };

  const yaml = (file: string) => ({ data: load(readFileSync(file, 'utf8')) });
  const mdx = (file: string) => {
    const text = readFileSync(file, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!m) throw new Error('no frontmatter between --- lines');
    return { data: load(m[1]!), body: m[2]! };
  };

  const figures = new Set(
    walk(join(root, 'public', 'illustrations'))
      .filter((f) => f.endsWith('.svg'))
      .map((f) =>
        f
          .split(/[\\/]/)
          .pop()!
          .replace(/\.svg$/, ''),
      ),
  );

  return {
    input: {
      modules: collect('modules', /\.ya?ml$/, yaml, moduleSchema),
      lessons: collect('lessons', /\.mdx$/, mdx, lessonSchema),
      quizzes: collect('quizzes', /\.ya?ml$/, yaml, quizSchema),
      facts: collect('facts', /\.ya?ml$/, yaml, factSchema),
      glossary: collect('glossary', /\.ya?ml$/, yaml, glossarySchema),
      figures,
    },
    problems,
  };
}
