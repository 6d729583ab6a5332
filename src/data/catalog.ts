/**
 * The course as pages see it: the content collections checked and put together once per build
 * (src/lib/content/catalog.ts does the work; this file only feeds it from astro:content).
 */
import { getCollection } from 'astro:content';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type Catalog, type CatalogLesson, type CatalogModule } from '../lib/content/catalog';
import { overdueFacts } from '../lib/content/program-status';

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [modules, lessons, quizzes, facts, sources, glossary] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('quizzes'),
    getCollection('facts'),
    getCollection('sources'),
    getCollection('glossary'),
  ]);
  const dir = join(process.cwd(), 'public', 'illustrations');
  const figures = new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4)),
  );
  const entry = <T>(e: { id: string; data: T; body?: string | undefined; filePath?: string | undefined }) => ({
    id: e.id,
    data: e.data,
    body: e.body,
    filePath: e.filePath,
  });
  const catalog = buildCatalog({
    modules: modules.map(entry),
    lessons: lessons.map(entry),
    quizzes: quizzes.map(entry),
    facts: facts.map(entry),
    sources: sources.map(entry),
    glossary: glossary.map(entry),
    figures,
  });
  warnOverdue(catalog);
  return catalog;
}

/**
 * Facts nobody has checked against their sources for more than six months: the build still succeeds (the program
 * may simply not have changed), but says which ones, oldest first, so someone checks them before the next release.
 * BP_TODAY=2027-07-01 pretends the build runs on another day (to see the warning).
 */
function warnOverdue(catalog: Catalog, now = process.env.BP_TODAY ? new Date(process.env.BP_TODAY) : new Date()) {
  const overdue = overdueFacts(catalog.facts, now);
  if (!overdue.length) return;
  const list = overdue.map((f) => `${f.id} (${f.checked.toISOString().slice(0, 10)})`).join(', ');
  console.warn(
    `\n!! ${overdue.length} fact(s) not checked for more than six months — check them against their sources and update \`checked:\`: ${list}\n`,
  );
}

/** The checked course. Throws (failing the build) with every content problem listed. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

/** A lesson and its module, or throws. */
export async function findLesson(
  lessonId: string,
): Promise<{ catalog: Catalog; module: CatalogModule; lesson: CatalogLesson }> {
  const catalog = await getCatalog();
  for (const module of catalog.modules) {
    const lesson = module.lessons.find((l) => l.id === lessonId);
    if (lesson) return { catalog, module, lesson };
  }
  throw new Error(`no lesson "${lessonId}"`);
}

/** getStaticPaths for lesson pages (and their quizzes): one path per lesson. */
export async function lessonPaths() {
  const catalog = await getCatalog();
  return catalog.modules.flatMap((m) => m.lessons.map((l) => ({ params: { module: m.id, lesson: l.slug } })));
}

/** getStaticPaths for module checks. */
export async function checkPaths() {
  const catalog = await getCatalog();
  return catalog.modules.filter((m) => m.check).map((m) => ({ params: { module: m.id } }));
}

/** getStaticPaths for per-module pages (trainer pages): one path per module. */
export async function modulePaths() {
  const catalog = await getCatalog();
  return catalog.modules.map((m) => ({ params: { module: m.id } }));
}
