/**
 * The fictional training catalogue for code that runs without Astro (the unit and e2e tests): the trainings of
 * content/tools/pelatihan-contoh.yaml, read from disk and checked with the schema the build uses. Node only, never
 * imported by a page or an island: pages read the same file through the 'examples' collection
 * (src/data/trainings.ts) and hand the trainings to islands as props; the machine and islands take FORMATS and
 * TOPICS from src/schemas/training-vocabulary.ts and EXAMPLE_CARD from ./machine.ts. This file re-exports those
 * for the tests.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { exampleCatalogueSchema } from '../../../schemas/example-training';
import type { Training } from './machine';

export { FORMATS, TOPICS } from '../../../schemas/training-vocabulary';
export { EXAMPLE_CARD, type Training } from './machine';

const FILE = new URL('../../../../content/tools/pelatihan-contoh.yaml', import.meta.url);
const catalogue = exampleCatalogueSchema.parse(load(readFileSync(FILE, 'utf8'))).trainings;

/** Every training, in the file's order, as the simulator's machine takes them (without titles). */
export const TRAININGS: readonly Training[] = catalogue.map(({ title: _title, ...training }) => training);

/** Titles in each language, by training id. */
export const TITLES: Readonly<Record<string, { id: string; en: string }>> = Object.fromEntries(
  catalogue.map((t) => [t.id, t.title]),
);
