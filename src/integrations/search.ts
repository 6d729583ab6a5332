/**
 * Site search, built after the site: a Pagefind index over the learning content in dist/ (lessons with their
 * quizzes and module checks, and the glossary), one per language (Pagefind splits by `<html lang>`), written to
 * dist/pagefind/. Beside it, a small vocabulary per language (dist/pagefind/vocab-<lang>.json) that the search
 * page uses to correct typos, which Pagefind itself does not do ("verifkasi" → "verifikasi").
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildVocabulary, type Vocabulary } from '../lib/search/vocab';
import { LOCALES } from '../i18n/locales';
import { sectionPath } from '../i18n/routes';

/**
 * The pages to index: learning content only (home, progress, help, tools and simulators are left out), that is
 * every page under /modul/, /istilah/, /en/module/ and /en/glossary/ (the lessons with their quizzes and checks,
 * and the glossary).
 */
const SECTIONS = LOCALES.flatMap((locale) => [sectionPath(locale, 'module'), sectionPath(locale, 'glossary')]);
const GLOB = `{${SECTIONS.map((path) => path.slice(1, -1)).join(',')}}/**/*.html`;
/** Page chrome that is no learning content, even inside the indexed pages. */
const EXCLUDE = [
  '.site-header',
  '.site-footer',
  '.skip',
  '.breadcrumb',
  '[data-storage-notice]',
  '[data-player-bar]',
  '[data-announce]',
  '.noscript-only',
  'svg',
];
/** Pagefind's ready-made search interfaces: the site has its own page (src/components/search/), so these go. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** At most this many words per language in the vocabulary (the most frequent). */
const VOCAB_CAP = 4000;

/** Pagefind's fragment files: gzip, then "pagefind_dcd" and the JSON of one page (url, content, language…). */
function readFragment(bytes: Uint8Array): { url: string; content: string; language?: string } | null {
  const text = gunzipSync(bytes).toString('utf8');
  const json = text.startsWith('pagefind_dcd') ? text.slice('pagefind_dcd'.length) : text;
  try {
    return JSON.parse(json) as { url: string; content: string; language?: string };
  } catch {
    return null;
  }
}

export default function search(): AstroIntegration {
  return {
    name: 'belajar-prakerja:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const outputPath = join(dist, 'pagefind');
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: dist, glob: GLOB });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          await Promise.all(UNUSED.map((f) => rm(join(outputPath, f), { force: true })));

          // The vocabulary, from exactly the text Pagefind indexed (its fragments), per language.
          const { files } = await index.getFiles();
          const texts = new Map<string, string[]>();
          for (const file of files) {
            const m = /^fragment\/([a-z]{2,3})(?:-[a-z0-9-]+)?_[^/]+\.pf_fragment$/i.exec(file.path);
            if (!m) continue;
            const fragment = readFragment(file.content);
            if (!fragment) continue;
            const lang = m[1]!.toLowerCase();
            texts.set(lang, [...(texts.get(lang) ?? []), fragment.content]);
          }
          await mkdir(outputPath, { recursive: true });
          const sizes: string[] = [];
          for (const [lang, pages] of texts) {
            const vocab: Vocabulary = buildVocabulary(pages, VOCAB_CAP);
            const json = JSON.stringify(vocab);
            await writeFile(join(outputPath, `vocab-${lang}.json`), json);
            sizes.push(`${lang}: ${vocab.length} words, ${(json.length / 1024).toFixed(1)} KB`);
          }
          logger.info(`Pagefind index ${added.page_count} pages → ${outputPath}; vocabulary ${sizes.join('; ')}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
