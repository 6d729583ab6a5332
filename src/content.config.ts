/**
 * The curriculum as data. Every file under content/ is validated by the schema of its kind (src/schemas/);
 * cross-file rules (a lesson's twin in the other language, facts a lesson uses, quiz links) are checked in
 * src/lib/content/catalog.ts when pages are built. Files whose name begins with "_" are not loaded.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module';
import { lessonSchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { factSchema } from './schemas/fact';
import { glossarySchema } from './schemas/glossary';
import { exampleCatalogueSchema } from './schemas/example-training';
import { kioskTipsSchema } from './schemas/kiosk-tip';
import { sessionSchema } from './schemas/session';
import { sourceSchema } from './schemas/source';

/** Keep the path (with its numeric prefixes, which order content) as the entry id: "id/01-akun/02-buat-akun". */
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

export const collections = {
  modules: defineCollection({
    loader: glob({ pattern: '**/[^_]*.yaml', base: './content/modules', generateId: keepPath }),
    schema: moduleSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: './content/lessons', generateId: keepPath }),
    schema: lessonSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '**/[^_]*.yaml', base: './content/quizzes', generateId: keepPath }),
    schema: quizSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '**/[^_]*.yaml', base: './content/glossary', generateId: keepPath }),
    schema: glossarySchema,
  }),
  /** The fictional training catalogue, one entry "pelatihan-contoh" holding the list (src/data/trainings.ts). */
  examples: defineCollection({
    loader: glob({ pattern: 'pelatihan-contoh.yaml', base: './content/tools', generateId: keepPath }),
    schema: exampleCatalogueSchema,
  }),
  facts: defineCollection({
    loader: glob({ pattern: '[^_]*.yaml', base: './content/facts', generateId: keepPath }),
    schema: factSchema,
  }),
  /** Sources of facts, one file per source key (content/sources/<key-slug>.yaml), listed on the "Sumber" page. */
  sources: defineCollection({
    loader: glob({ pattern: '[^_]*.yaml', base: './content/sources', generateId: keepPath }),
    schema: sourceSchema,
  }),
  /** Session plans for trainers, one per module and language: "id/01-akun". Never shown on learner pages. */
  sessions: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: './content/sessions', generateId: keepPath }),
    schema: sessionSchema,
  }),
  /** Display-mode tips, one file per language: content/kiosk/<locale>/tips.yaml, entry id "<locale>/tips". */
  kioskTips: defineCollection({
    loader: glob({ pattern: '*/tips.yaml', base: './content/kiosk', generateId: keepPath }),
    schema: kioskTipsSchema,
  }),
};
