import { describe, expect, it } from 'vitest';
import { buildCatalog, ContentError, sourceSlug, toOutline, type CatalogInput } from '../../../src/lib/content/catalog';
import { countWords, parseLessonBody } from '../../../src/lib/content/lesson-body';
import { parseContentPath } from '../../../src/lib/lessons/path';
import { formatFact, fillFacts } from '../../../src/lib/content/format-fact';
import type { Fact } from '../../../src/schemas/fact';
import type { Quiz } from '../../../src/schemas/quiz';

const source = { key: 'K', url: 'https://www.prakerja.go.id/', tier: 'A' as const };
const meta = { source, checked: new Date('2026-12-03'), about: { id: 'Fakta', en: 'Fact' }, topic: 'akun' as const };
const facts: Record<string, Fact> = {
  'usia-minimum': { kind: 'count', value: 18, unit: 'years', year: '2024', ...meta },
  saldo: { kind: 'amount', value: 3500000, year: '2024', ...meta },
  'tombol-daftar': { kind: 'label', value: 'Daftar', en: 'Register', year: '2024', ...meta },
};
const body = (steps = 4, extra = '') =>
  Array.from(
    { length: steps },
    (_, i) => `<Step n={${i + 1}} title="Langkah ${i + 1}">\nTekan <Label id="tombol-daftar" /> lalu lanjut.\n</Step>`,
  ).join('\n\n') + extra;
const quiz: Quiz = {
  kind: 'lesson',
  questions: ['a', 'b', 'c'].map((id) => ({
    id,
    type: 'truefalse' as const,
    step: 1,
    prompt: `Umur {{usia-minimum}}?`,
    answer: true,
    why: { true: 'y', false: 'n' },
  })),
};

function input(overrides: Partial<CatalogInput> = {}): CatalogInput {
  return {
    modules: ['id', 'en'].map((l) => ({ id: `${l}/01-akun`, data: { title: 'M', summary: 'S', goals: ['a', 'b'] } })),
    lessons: ['id', 'en'].map((l) => ({
      id: `${l}/01-akun/01-persiapan`,
      data: { title: 'L', summary: 'S', checked: new Date('2026-11-28') },
      body: body(),
    })),
    quizzes: ['id', 'en'].map((l) => ({ id: `${l}/01-akun/01-persiapan`, data: quiz })),
    facts: Object.entries(facts).map(([id, data]) => ({ id, data })),
    figures: new Set(['ktp-contoh']),
    ...overrides,
  };
}
const problems = (i: CatalogInput) => {
  try {
    buildCatalog(i);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
};

describe('buildCatalog', () => {
  it('builds a course from matching files', () => {
    const c = buildCatalog(input());
    expect(c.modules[0]!.lessons[0]!.id).toBe('akun/persiapan');
    expect(toOutline(c)).toEqual({
      modules: [{ id: 'akun', hasCheck: false, lessons: [{ id: 'akun/persiapan', steps: 4 }] }],
    });
  });
  it('fails when a lesson’s twin in the other language is missing, naming the file', () => {
    const i = input();
    i.lessons = i.lessons.slice(0, 1).map((l) => ({ ...l, filePath: 'content/lessons/id/01-akun/01-persiapan.mdx' }));
    expect(problems(i).join('\n')).toMatch(
      /content\/lessons\/id\/01-akun\/01-persiapan\.mdx: its twin in "en" is missing/,
    );
  });
  it('fails when a lesson uses a fact, label or picture that does not exist', () => {
    const i = input();
    i.lessons[1] = {
      ...i.lessons[1]!,
      body: body(4, '').replace('lalu lanjut', '<Fact id="tidak-ada" /> <Figure name="hilang" alt="x" /> lalu'),
    };
    const p = problems(i).join('\n');
    expect(p).toMatch(/<Fact id="tidak-ada"\/> — no such fact/);
    expect(p).toMatch(/<Figure name="hilang"\/> — no public\/illustrations\/hilang\.svg/);
  });
  it('fails when quiz text names a missing fact, or links past the last step', () => {
    const i = input();
    i.quizzes[0] = {
      ...i.quizzes[0]!,
      data: { ...quiz, questions: quiz.questions.map((q) => ({ ...q, prompt: '{{nope}}', step: 9 })) },
    };
    const p = problems(i).join('\n');
    expect(p).toMatch(/\{\{nope\}\} — no such fact/);
    expect(p).toMatch(/\.step — lesson "akun\/persiapan" has only 4 steps/);
  });
  it('fails when the languages disagree on steps or answers', () => {
    const i = input();
    i.lessons[1] = { ...i.lessons[1]!, body: body(5) };
    i.quizzes[1] = {
      ...i.quizzes[1]!,
      data: { ...quiz, questions: quiz.questions.map((q) => ({ ...q, answer: false })) },
    };
    const p = problems(i).join('\n');
    expect(p).toMatch(/has 5 steps but its "id" twin has 4/);
    expect(p).toMatch(/question "a" the answer differs/);
  });
  it('exposes the sources registry by key, and names each source file after its key', () => {
    const registry = { key: 'K', publisher: 'prakerja.go.id', title: 'T', url: source.url, tier: 'A' as const };
    const c = buildCatalog(input({ sources: [{ id: 'k', data: registry, filePath: 'content/sources/k.yaml' }] }));
    expect(c.sources.K).toEqual(registry);
    expect(sourceSlug('Telisik-Tempo 2025-12-31')).toBe('telisik-tempo-2025-12-31');
    expect(sourceSlug('Tribun 2023-07-05 gel56')).toBe('tribun-2023-07-05-gel56');
    const misnamed = input({ sources: [{ id: 'k-2', data: registry, filePath: 'content/sources/k-2.yaml' }] });
    expect(problems(misnamed).join('\n')).toMatch(
      /content\/sources\/k-2\.yaml: key "K" belongs in content\/sources\/k\.yaml/,
    );
  });
  it('fails when a fact cites a source key that has no file in content/sources/, naming the fact file', () => {
    const i = input({ sources: [] });
    i.facts = i.facts.map((f) => ({ ...f, filePath: `content/facts/${f.id}.yaml` }));
    i.facts[0] = {
      ...i.facts[0]!,
      data: { ...i.facts[0]!.data, also: [{ key: 'Kompas 2021-02-23', url: 'https://www.kompas.com/x', tier: 'B' }] },
    };
    const p = problems(i).join('\n');
    expect(p).toMatch(/content\/facts\/usia-minimum\.yaml: source "K" — no such source; add content\/sources\/k\.yaml/);
    expect(p).toMatch(
      /content\/facts\/usia-minimum\.yaml: also\[0\] "Kompas 2021-02-23" — no such source; add content\/sources\/kompas-2021-02-23\.yaml/,
    );
  });
  it('fails when a fact gives a source another url or tier than its file in content/sources/', () => {
    const registry = {
      key: 'K',
      publisher: 'P',
      title: 'T',
      url: 'https://www.prakerja.go.id/en/tanya-jawab',
      tier: 'B' as const,
    };
    const i = input({ sources: [{ id: 'k', data: registry, filePath: 'content/sources/k.yaml' }] });
    i.facts = i.facts.map((f) => ({ ...f, filePath: `content/facts/${f.id}.yaml` }));
    const p = problems(i).join('\n');
    expect(p).toMatch(/content\/facts\/saldo\.yaml: source\.url of "K" differs from content\/sources\/k\.yaml/);
    expect(p).toMatch(/content\/facts\/saldo\.yaml: source\.tier of "K" is A but content\/sources\/k\.yaml says B/);
    // A history source is checked too.
    const h = input({ sources: [{ id: 'k', data: { ...registry, url: source.url, tier: 'A' } }] });
    h.facts[1] = {
      ...h.facts[1]!,
      data: { ...h.facts[1]!.data, history: [{ value: 1000000, year: '2020–2022', source: { ...source, tier: 'C' } }] },
    };
    expect(problems(h).join('\n')).toMatch(
      /content\/facts\/saldo\.yaml: history\[0\]\.source\.tier of "K" is C but content\/sources\/k\.yaml says A/,
    );
  });
  it('hides a module without lessons', () => {
    const i = input();
    i.modules.push(
      ...['id', 'en'].map((l) => ({ id: `${l}/02-pelatihan`, data: { title: 'P', summary: 'S', goals: ['a', 'b'] } })),
    );
    expect(buildCatalog(i).modules.map((m) => m.id)).toEqual(['akun']);
  });
});

describe('lesson bodies', () => {
  it('counts steps and words, and collects facts, labels and pictures', () => {
    const b = parseLessonBody(body(4, ''));
    expect(b.steps.map((s) => s.n)).toEqual([1, 2, 3, 4]);
    expect(b.steps[0]!.words).toBe(4);
    expect(b.labels).toEqual(['tombol-daftar']);
    expect(b.problems).toEqual([]);
  });
  it('reports too few or too many steps, wrong numbering, long steps and text outside a step', () => {
    expect(parseLessonBody(body(3)).problems.join()).toMatch(/4–8 steps, found 3/);
    expect(parseLessonBody(body(9)).problems.join()).toMatch(/4–8 steps, found 9/);
    expect(parseLessonBody(body(4).replace('n={2}', 'n={3}')).problems.join()).toMatch(/numbered 1, 2, 3/);
    expect(parseLessonBody(body(4).replace('lalu lanjut', 'kata '.repeat(90))).problems.join()).toMatch(
      /has 9\d words/,
    );
    expect(parseLessonBody(`Halo\n\n${body(4)}`).problems.join()).toMatch(/outside a <Step>/);
  });
  it('does not count trainer notes or picture text as words', () => {
    expect(
      countWords(
        'Satu dua. <TrainerNote>banyak kata di sini untuk pelatih</TrainerNote> <Figure name="x" alt="gambar panjang sekali" />',
      ),
    ).toBe(2);
  });
  it('reads content paths', () => {
    expect(parseContentPath('en/01-akun/02-buat-akun')).toEqual({
      locale: 'en',
      moduleOrder: 1,
      moduleId: 'akun',
      lessonOrder: 2,
      slug: 'buat-akun',
      lessonId: 'akun/buat-akun',
    });
    expect(parseContentPath('fr/01-akun/02-buat-akun')).toBeNull();
    expect(parseContentPath('id/akun/02-buat-akun')).toBeNull();
  });
});

describe('facts in text', () => {
  it('formats each kind per language', () => {
    expect(formatFact(facts.saldo!, 'id')).toBe('Rp3.500.000');
    expect(formatFact(facts.saldo!, 'en')).toBe('Rp3,500,000');
    expect(formatFact(facts['usia-minimum']!, 'id')).toBe('18 tahun');
    expect(formatFact(facts['tombol-daftar']!, 'en')).toBe('“Daftar” (Register)');
    expect(fillFacts('Umur {{usia-minimum}}.', facts, 'en')).toBe('Umur 18 years.');
    expect(() => fillFacts('{{nope}}', facts, 'id')).toThrow(/nope/);
  });
});

describe('trainer notes, step by step', () => {
  it('lists each step’s notes as plain paragraphs and skips steps without notes', async () => {
    const { trainerNotes } = await import('../../../src/lib/content/lesson-body');
    const body = [
      '<Step n={1} title="Buka situs">Teks.<TrainerNote>\nTanya **peserta**.\n\nLalu tunjukkan.\n</TrainerNote></Step>',
      '<Step n={2} title="Tanpa catatan">Teks saja.</Step>',
      '<Step n={3} title="Dua catatan">A<TrainerNote>Satu.</TrainerNote>B<TrainerNote>Dua.</TrainerNote></Step>',
    ].join('\n');
    expect(trainerNotes(body)).toEqual([
      { n: 1, title: 'Buka situs', notes: ['Tanya peserta.', 'Lalu tunjukkan.'] },
      { n: 3, title: 'Dua catatan', notes: ['Satu.', 'Dua.'] },
    ]);
  });
});
