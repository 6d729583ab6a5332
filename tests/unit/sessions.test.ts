/**
 * Session plans for trainers (content/sessions/): one per module in both languages, valid, timed to the minute,
 * the same shape in both languages, and with every program number or label of the official site written as a
 * `{{fact-id}}` placeholder. Writers: `npx vitest run tests/unit/sessions` checks a plan in seconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadSessions, moduleNames, sessionTexts, type SessionFile } from '../helpers/session-files';
import { ROOT } from '../helpers/content-files';
import { sessionSchema } from '../../src/schemas/session';
import { LOCALES } from '../../src/schemas/common';
import { FACT_PLACEHOLDER } from '../../src/lib/content/format-fact';
import { countWords, findTypedNumbers } from '../../src/lib/content/lesson-body';

const MAX_ANSWER_WORDS = 60;

const valid = {
  title: 'Kenali Kartu Prakerja: sesi kelas',
  minutes: 15,
  objectives: ['Peserta bisa A.', 'Peserta bisa B.', 'Peserta bisa C.'],
  prepare: ['Proyektor.', 'Kartu A/B/C/D.'],
  activities: [
    { minutes: 3, title: 'Uji awal', what: 'Lima soal dengan kartu.' },
    { minutes: 7, title: 'Pelajaran', what: 'Tampilan presenter.' },
    { minutes: 2, title: 'Diskusi', what: 'Dua pertanyaan.' },
    { minutes: 3, title: 'Uji akhir', what: 'Soal yang sama.' },
  ],
  discussion: ['Apa?', 'Kenapa?'],
  questions: [
    { q: 'A?', a: 'A.' },
    { q: 'B?', a: 'B.' },
    { q: 'C?', a: 'C.' },
  ],
  checked: '2026-11-28',
};
const messages = (value: unknown) => {
  const r = sessionSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('session schema', () => {
  it('accepts a valid plan and reads the date', () => {
    expect(messages(valid)).toEqual([]);
    expect(sessionSchema.parse(valid).checked).toBeInstanceOf(Date);
  });
  it('holds a session to a 15–25 minute slot, in whole minutes', () => {
    // The first activity absorbs the difference, so only the session's own length is at fault.
    const at = (minutes: number) => ({
      ...valid,
      minutes,
      activities: [{ ...valid.activities[0]!, minutes: Math.round(minutes) - 12 }, ...valid.activities.slice(1)],
    });
    const fields = (value: unknown) => messages(value).map((m) => m.split(':')[0]);
    expect(fields(at(14))).toEqual(['minutes']);
    expect(fields(at(26))).toEqual(['minutes']);
    expect(fields(at(15.5))).toContain('minutes');
    expect(messages(at(25))).toEqual([]);
  });
  it('rejects activities that do not add up to the session, naming both sums', () => {
    const off = { ...valid, activities: [{ ...valid.activities[0]!, minutes: 1 }, ...valid.activities.slice(1)] };
    expect(messages(off)).toEqual(['activities: the activities add up to 13 minutes, but the session has minutes: 15']);
  });
  it('rejects too few or too many objectives, discussion questions and learner questions', () => {
    expect(messages({ ...valid, objectives: valid.objectives.slice(0, 2) }).join()).toMatch(/^objectives/);
    expect(messages({ ...valid, objectives: [...valid.objectives, 'D.', 'E.'] }).join()).toMatch(/^objectives/);
    expect(messages({ ...valid, discussion: ['Apa?'] }).join()).toMatch(/^discussion/);
    expect(messages({ ...valid, questions: valid.questions.slice(0, 2) }).join()).toMatch(/^questions/);
    const seven = Array.from({ length: 7 }, (_, i) => ({ q: `${i}?`, a: `${i}.` }));
    expect(messages({ ...valid, questions: seven }).join()).toMatch(/^questions/);
  });
  it('rejects unknown fields, empty texts and an answer without its question', () => {
    expect(messages({ ...valid, extra: 1 }).join()).toMatch(/extra/);
    const withNotes = [{ ...valid.activities[0]!, notes: 'x' }, ...valid.activities.slice(1)];
    expect(messages({ ...valid, activities: withNotes }).join()).toMatch(/notes/);
    expect(messages({ ...valid, title: '  ' }).join()).toMatch(/^title: must not be empty/);
    expect(messages({ ...valid, questions: [{ a: 'A.' }, ...valid.questions.slice(1)] }).join()).toMatch(
      /^questions\.0\.q/,
    );
  });
});

describe('content/sessions/', () => {
  const { sessions, problems } = loadSessions();
  const factsDir = join(ROOT, 'content', 'facts');
  const factKinds = new Map(
    readdirSync(factsDir)
      .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
      .map((f) => [f.replace(/\.yaml$/, ''), (load(readFileSync(join(factsDir, f), 'utf8')) as { kind: string }).kind]),
  );
  /** The plans of one module in every language that has it (a missing one is reported by the count test). */
  const twins = (module: string) =>
    LOCALES.flatMap((l) => sessions.filter((s) => s.locale === l && s.module === module));
  const each = (check: (s: SessionFile) => string[]) => sessions.flatMap(check);

  it('every file passes the schema', () => {
    expect(problems).toEqual([]);
  });

  it('has one plan per module in each language, no more and no fewer', () => {
    for (const locale of LOCALES) {
      const planned = sessions.filter((s) => s.locale === locale).map((s) => s.module);
      expect(planned, `content/sessions/${locale}/ matches content/modules/${locale}/`).toEqual(moduleNames(locale));
    }
    expect(new Set(sessions.map((s) => s.locale))).toEqual(new Set(LOCALES));
  });

  it('fits a 15–25 minute slot, and the activities add up to it', () => {
    for (const s of sessions) {
      expect(s.data.minutes, s.filePath).toBeGreaterThanOrEqual(15);
      expect(s.data.minutes, s.filePath).toBeLessThanOrEqual(25);
      expect(
        s.data.activities.reduce((sum, a) => sum + a.minutes, 0),
        s.filePath,
      ).toBe(s.data.minutes);
    }
  });

  it('has the same shape and timing in both languages', () => {
    for (const module of moduleNames('id')) {
      const [first, ...others] = twins(module);
      if (!first) continue;
      for (const other of others) {
        const where = `${first.filePath} vs ${other.filePath}`;
        expect(other.data.minutes, where).toBe(first.data.minutes);
        const minutes = (s: SessionFile) => s.data.activities.map((a) => a.minutes);
        expect(minutes(other), `${where}: activity minutes`).toEqual(minutes(first));
        for (const key of ['objectives', 'prepare', 'discussion', 'questions'] as const)
          expect(other.data[key].length, `${where}: ${key}`).toBe(first.data[key].length);
      }
    }
  });

  it('uses only facts that exist, as well-formed {{fact-id}} placeholders, and no label inside extra quotes', () => {
    const bad = each((s) =>
      sessionTexts(s).flatMap(({ path, text }) => {
        const out: string[] = [];
        for (const m of text.matchAll(FACT_PLACEHOLDER)) {
          const id = m[1]!;
          if (!factKinds.has(id)) out.push(`${s.filePath}: ${path}: unknown fact {{${id}}}`);
          // A label fact already prints its own quotes (“Gabung”); quoting it again shows two pairs.
          else if (factKinds.get(id) === 'label' && /["“'‘]$/.test(text.slice(0, m.index)))
            out.push(`${s.filePath}: ${path}: {{${id}}} is a label and brings its own quotes`);
        }
        const leftover = text.replace(FACT_PLACEHOLDER, '');
        if (/\{\{|\}\}/.test(leftover))
          out.push(`${s.filePath}: ${path}: malformed placeholder (use {{fact-id}}, lowercase)`);
        return out;
      }),
    );
    expect(bad).toEqual([]);
  });

  it('types no program number by hand (amounts, thousands, counts of days, hours or minutes)', () => {
    const typed = each((s) =>
      sessionTexts(s).flatMap(({ path, text }) => findTypedNumbers(text).map((n) => `${s.filePath}: ${path}: "${n}"`)),
    );
    expect(typed).toEqual([]);
  });

  it(`keeps every answer to a learner question at ${MAX_ANSWER_WORDS} words or fewer`, () => {
    const long = each((s) =>
      s.data.questions.flatMap((q, i) => {
        const words = countWords(q.a);
        return words > MAX_ANSWER_WORDS ? [`${s.filePath}: questions.${i}.a has ${words} words`] : [];
      }),
    );
    expect(long).toEqual([]);
  });

  it('has a body of plain Markdown that MDX can compile: no components but <Fact id="…" />, no bare braces, no imports', () => {
    const bad = each((s) => {
      const out: string[] = [];
      if (!s.body.trim()) out.push(`${s.filePath}: the body (trainer guidance) is empty`);
      if (/(?<!\\)\{/.test(s.body))
        out.push(`${s.filePath}: a bare "{" in the body; write placeholders as \\{\\{fact-id\\}\\}`);
      if (/<[A-Za-z/!]/.test(s.body.replace(/<Fact id="[a-z0-9-]+" \/>/g, '')))
        out.push(
          `${s.filePath}: a component or HTML tag in the body; session plans use plain Markdown and <Fact id="…" />`,
        );
      if (/^\s*(import|export)\s/m.test(s.body)) out.push(`${s.filePath}: import/export in the body`);
      return out;
    });
    expect(bad).toEqual([]);
  });
});
