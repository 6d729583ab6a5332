/**
 * Every UI key the code asks for exists, in both languages. The types catch most of this in .astro and .ts files;
 * this test also reads Svelte components, keys built with a template (`plan.format.${format}`, checked by their
 * fixed start) and the trainer's and kiosk's own dictionaries, and fails with the file that asks.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import id from '../../src/i18n/id.json' with { type: 'json' };
import en from '../../src/i18n/en.json' with { type: 'json' };
import trainerId from '../../src/components/trainer/text.id.json' with { type: 'json' };
import trainerEn from '../../src/components/trainer/text.en.json' with { type: 'json' };
import kioskId from '../../src/components/kiosk/text.id.json' with { type: 'json' };
import kioskEn from '../../src/components/kiosk/text.en.json' with { type: 'json' };

const SRC = join(import.meta.dirname, '..', '..', 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.(astro|ts|svelte)$/.test(f));

type Dictionary = Record<string, unknown>;
/** The translators the code makes (`const t = useT(locale)`), by the function that makes them. */
const DICTIONARIES: Record<string, { name: string; languages: [Dictionary, Dictionary] }> = {
  useT: { name: 'src/i18n/*.json', languages: [id, en] },
  trainerText: { name: 'src/components/trainer/text.*.json', languages: [trainerId, trainerEn] },
  kioskText: { name: 'src/components/kiosk/text.*.json', languages: [kioskId, kioskEn] },
};

interface Use {
  file: string;
  key: string;
  /** True for a key built with a template: only its fixed start is known. */
  prefix: boolean;
  dictionary: keyof typeof DICTIONARIES;
}

/** A call's first argument when it is a string, or the fixed start of a template. */
const KEY = String.raw`\(\s*(?:'([^'\n]+)'|"([^"\n]+)"|\x60([^\x60$\n]*)(\$\{)?)`;

function usesIn(file: string): Use[] {
  const code = readFileSync(join(SRC, file), 'utf8');
  const uses: Use[] = [];
  const add = (name: string, dictionary: keyof typeof DICTIONARIES, pattern: string) => {
    for (const m of code.matchAll(new RegExp(String.raw`(?<![\w.$])${name}${pattern}`, 'g'))) {
      const key = m[1] ?? m[2] ?? m[3] ?? '';
      uses.push({ file, key, prefix: m[4] !== undefined, dictionary });
    }
  };
  // Translators bound to one language: const t = useT(locale), const tt = trainerText(locale), …
  for (const m of code.matchAll(/\bconst (\w+) = (useT|trainerText|kioskText)\(/g)) add(m[1]!, m[2]!, KEY);
  // The main dictionary's t(locale, key), where t is imported from src/i18n.
  const importsT = /import \{[^}]*\bt\b[^}]*\} from '(?:\.\.?\/)+i18n(?:\/index)?'/.test(code);
  if (importsT) add('t', 'useT', KEY.replace(String.raw`\(\s*`, String.raw`\(\s*\w+,\s*`));
  return uses;
}

const uses = files.flatMap(usesIn).map((u) => ({ ...u, file: `src/${u.file.replace(/\\/g, '/')}` }));

describe('UI keys used in the code', () => {
  it('are found (the scan still reads the code)', () => {
    for (const dictionary of Object.keys(DICTIONARIES)) {
      expect(uses.filter((u) => u.dictionary === dictionary).length, dictionary).toBeGreaterThan(10);
    }
  });

  it.each(Object.keys(DICTIONARIES))('exist in both languages of %s', (dictionary) => {
    const { name, languages } = DICTIONARIES[dictionary]!;
    const missing: string[] = [];
    for (const use of uses.filter((u) => u.dictionary === dictionary)) {
      for (const [i, language] of languages.entries()) {
        const keys = Object.keys(language);
        const found = use.prefix ? keys.some((k) => k.startsWith(use.key)) : keys.includes(use.key);
        const key = use.prefix ? `${use.key}…` : use.key;
        if (!found) missing.push(`${use.file}: ${key} (${['id', 'en'][i]}, ${name})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
