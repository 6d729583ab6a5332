/**
 * Offline support, done after the build (it must come after every integration that writes files to dist/):
 *   1. measures what a learner downloads to keep the whole site offline (gzip, as served) and writes that figure
 *      into the home pages ("Seluruh modul: 1,2 MB");
 *   2. generates the service worker with Workbox (generateSW) that precaches every page and asset, with the
 *      Workbox runtime inlined (nothing is loaded from another origin). A new version waits until the learner
 *      presses "Muat ulang" (the page posts SKIP_WAITING);
 *   3. keeps the previous version's /_astro/ files for one update (PREVIOUS_ASSETS_SCRIPT below), so a tab still
 *      open on the old version, or a trainer page cached for offline before the update, can still load its parts.
 */
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatNumber } from '../i18n/format';
import { LOCALES, type Locale } from '../i18n/locales';
import { routes, sectionPath } from '../i18n/routes';

const PATTERNS = ['**/*.{html,js,css,svg,json,wasm,webmanifest,ico,png}', 'pagefind/**/*'];
/**
 * Trainer pages (presenter views, session plans, printables) are not precached: learners on paid data should not
 * download a classroom kit. A trainer's visits to them are cached as they happen (TRAINER_PAGES below), so a
 * session prepared online still runs offline.
 */
const TRAINER_ROOTS = LOCALES.map((locale) => sectionPath(locale, 'trainer'));
const TRAINER = TRAINER_ROOTS.map((root) => `${root.slice(1)}**`);
/** Written to dist/ and loaded by the worker with importScripts (before Workbox's own listeners). */
const PREVIOUS_ASSETS_FILE = 'sw-previous-assets.js';
const PREVIOUS_ASSETS = 'bp-previous-assets';
/**
 * Why: Workbox removes precached files the new version doesn't list once it activates. Hashed /_astro/ files
 * change name with their content, so a tab still running the old version then gets 404 for a part it loads on
 * demand (a quiz question type, the read-aloud player), and a trainer page kept in 'trainer-pages' loses its
 * script. On install, before Workbox's own install listener adds the new files, this copies the current
 * precache's /_astro/ entries into one cache, replacing the copies kept at the previous update. The
 * runtimeCaching route below answers /_astro/ requests the new precache doesn't have: network first, then this
 * cache. It holds one version back: enough for the tabs and cached pages of the version just replaced.
 */
const PREVIOUS_ASSETS_SCRIPT = `// Keeps the previous version's /_astro/ files for one update: see src/integrations/offline.ts.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const precache = (await caches.keys()).find((name) => name.startsWith('workbox-precache-'));
    if (!precache) return;
    const from = await caches.open(precache);
    const requests = (await from.keys()).filter((r) => new URL(r.url).pathname.startsWith('/_astro/'));
    if (!requests.length) return;
    await caches.delete(${JSON.stringify(PREVIOUS_ASSETS)});
    const to = await caches.open(${JSON.stringify(PREVIOUS_ASSETS)});
    for (const request of requests) {
      const response = await from.match(request);
      if (response) await to.put(request, response);
    }
  })());
});
`;
const IGNORE = ['sw.js', PREVIOUS_ASSETS_FILE, 'workbox-*.js', '**/*.map', ...TRAINER];
/** "/pelatih/…" and "/en/trainer/…" (segments are plain words: nothing in them needs escaping). */
const TRAINER_PAGES = new RegExp(`^(?:${TRAINER_ROOTS.join('|')})`);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** "1,2 MB" / "1.2 MB". */
function formatMegabytes(bytes: number, locale: Locale): string {
  return `${formatNumber(bytes / 1_000_000, locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

export default function offline(): AstroIntegration {
  return {
    name: 'belajar-prakerja:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = walk(dist).filter((f) => {
          const path = relative(dist, f).replace(/\\/g, '/');
          return (
            !/(^|\/)(sw\.js|sw-previous-assets\.js|workbox-[^/]*\.js)$/.test(path) &&
            !f.endsWith('.map') &&
            !TRAINER_PAGES.test(`/${path}`)
          );
        });
        const transfer = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 6 }).length, 0);
        const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
        for (const locale of LOCALES) {
          const file = join(dist, routes.home(locale), 'index.html');
          const html = readFileSync(file, 'utf8');
          writeFileSync(
            file,
            html.replace(/(<span data-download-size>)[^<]*(<)/, `$1${formatMegabytes(transfer, locale)}$2`),
          );
        }
        writeFileSync(join(dist, PREVIOUS_ASSETS_FILE), PREVIOUS_ASSETS_SCRIPT);
        const { count, size, warnings } = await generateSW({
          importScripts: [`/${PREVIOUS_ASSETS_FILE}`],
          globDirectory: dist,
          globPatterns: PATTERNS,
          globIgnores: IGNORE,
          swDest: join(dist, 'sw.js'),
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          directoryIndex: 'index.html',
          ignoreURLParametersMatching: [/.*/],
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 3_000_000,
          navigateFallback: '/404.html',
          navigateFallbackDenylist: [/^\/pagefind\//, TRAINER_PAGES],
          runtimeCaching: [
            {
              // Only reached for /_astro/ files the precache doesn't list: those of the version before (see
              // PREVIOUS_ASSETS_SCRIPT). Written into the worker as source, so it names the cache literally.
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
              handler: async ({ request }) => {
                const response = await fetch(request).catch(() => undefined);
                if (response?.ok) return response;
                return (
                  (await caches.match(request, { cacheName: 'bp-previous-assets' })) ?? response ?? Response.error()
                );
              },
            },
            {
              // A RegExp, not a function: generateSW writes it into the worker, where TRAINER_PAGES doesn't exist.
              urlPattern: new RegExp(`^https?://[^/]+(?:${TRAINER_ROOTS.join('|')})`),
              handler: 'NetworkFirst',
              options: { cacheName: 'trainer-pages', expiration: { maxEntries: 200 } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        const summary = { files: count, rawBytes: size, transferBytes: transfer, allFilesRawBytes: raw };
        writeFileSync(join(dist, 'offline.json'), JSON.stringify(summary));
        logger.info(
          `service worker precaches ${count} files: ${(size / 1e6).toFixed(2)} MB on disk, ${(transfer / 1e6).toFixed(2)} MB to download (gzip)`,
        );
      },
    },
  };
}
