/** The fictional training catalogue's schema: one training, and the whole file (ids and titles used once). */
import { describe, expect, it } from 'vitest';
import { exampleCatalogueSchema, exampleTrainingSchema } from '../../../src/schemas/example-training';

const training = {
  id: 'barista',
  title: { id: 'Barista Dasar', en: 'Basic Barista' },
  topic: 'kuliner',
  format: 'luring',
  platform: 'Rajawali Belajar Contoh',
  institution: 'Dapur Nusantara Contoh',
  price: 2100000,
  rating: 4.9,
  reviews: 188,
  hours: 24,
  days: [6, 7],
  start: 480,
};
const messages = (schema: typeof exampleTrainingSchema | typeof exampleCatalogueSchema, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('example training schema', () => {
  it('accepts a complete fictional training', () => {
    expect(messages(exampleTrainingSchema, training)).toEqual([]);
  });
  it('refuses a platform or institution that does not say "Contoh"', () => {
    expect(messages(exampleTrainingSchema, { ...training, institution: 'Dapur Nusantara' })).toEqual([
      'institution: a fictional name must say "Contoh", e.g. "LPK Cahaya Contoh"',
    ]);
    expect(messages(exampleTrainingSchema, { ...training, platform: 'Contohnya Belajar' })[0]).toMatch(/^platform:/);
  });
  it('knows one word per format, and refuses the old "spl", a missing field and an unknown one', () => {
    expect(messages(exampleTrainingSchema, { ...training, format: 'mandiri' })).toEqual([]);
    expect(messages(exampleTrainingSchema, { ...training, format: 'spl' })[0]).toMatch(/^format:/);
    const { rating: _rating, ...unrated } = training;
    expect(messages(exampleTrainingSchema, unrated)[0]).toMatch(/^rating:/);
    expect(messages(exampleTrainingSchema, { ...training, provider: 'Lembaga Contoh' }).join()).toMatch(/provider/);
  });
  it('refuses impossible numbers: a weekday 8, a rating above 5, fewer than 15 hours, a start after midnight', () => {
    expect(messages(exampleTrainingSchema, { ...training, days: [8] })[0]).toMatch(/^days\.0:/);
    expect(messages(exampleTrainingSchema, { ...training, rating: 5.1 })[0]).toMatch(/^rating:/);
    expect(messages(exampleTrainingSchema, { ...training, hours: 12 })[0]).toMatch(/^hours:/);
    expect(messages(exampleTrainingSchema, { ...training, start: 1440 })[0]).toMatch(/^start:/);
  });
});

describe('example catalogue schema', () => {
  const other = { ...training, id: 'kue-rumahan', title: { id: 'Usaha Kue Rumahan', en: 'Home Cake Business' } };
  it('accepts trainings with their own ids and titles', () => {
    expect(messages(exampleCatalogueSchema, { trainings: [training, other] })).toEqual([]);
  });
  it('refuses an empty catalogue, and an id or a title in either language used twice, naming the second', () => {
    expect(messages(exampleCatalogueSchema, { trainings: [] })[0]).toMatch(/^trainings:/);
    const twice = (changed: object) =>
      messages(exampleCatalogueSchema, { trainings: [training, { ...other, ...changed }] });
    expect(twice({ id: 'barista' })).toEqual(['trainings.1.id: another training already has id "barista"']);
    expect(twice({ title: { ...other.title, en: 'Basic Barista' } })).toEqual([
      'trainings.1.title.en: another training already has title.en "Basic Barista"',
    ]);
    expect(twice({ title: { ...other.title, id: 'Barista Dasar' } })).toEqual([
      'trainings.1.title.id: another training already has title.id "Barista Dasar"',
    ]);
  });
});
