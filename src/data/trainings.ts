/**
 * The fictional training catalogue (content/tools/pelatihan-contoh.yaml, the 'examples' collection) for pages: one
 * lookup that fails the build with a message naming who asked for a training that isn't there.
 */
import { getEntry } from 'astro:content';
import type { ExampleTraining } from '../schemas/example-training';

const FILE = 'content/tools/pelatihan-contoh.yaml';

/**
 * Every training in the file's order, or the trainings named by `ids` in that order.
 * @param who names the caller in the error, e.g. 'saldo/Page.astro'.
 * @throws Error when the file is missing or has no training with one of the ids.
 */
export async function loadTrainings(who: string, ids?: readonly string[]): Promise<ExampleTraining[]> {
  const entry = await getEntry('examples', 'pelatihan-contoh');
  if (!entry) throw new Error(`${who}: ${FILE} is missing`);
  const { trainings } = entry.data;
  if (!ids) return trainings;
  return ids.map((id) => {
    const found = trainings.find((t) => t.id === id);
    if (!found) throw new Error(`${who}: no training "${id}" in ${FILE}`);
    return found;
  });
}
