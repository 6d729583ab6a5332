// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { HEAD_SCRIPT, cspHash } from './src/lib/head/inline-script.mjs';
import search from './src/integrations/search.ts';
import offline from './src/integrations/offline.ts';
import headers from './src/integrations/headers.ts';
import { DEFAULT_PIN_WARNING, kioskConfig } from './src/lib/kiosk/config.mjs';
import { plainKioskImport } from './src/integrations/plain-kiosk-import.ts';

const kiosk = kioskConfig(process.env);
// Loud, on every build that keeps the PIN printed in the README: anyone could turn a device into a kiosk or back.
if (kiosk.defaultPin && process.argv.includes('build')) console.warn(DEFAULT_PIN_WARNING);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  output: 'static',
  // The public address, when known (e.g. SITE_URL=https://belajar.example.go.id): enables absolute hreflang links.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // CSS is small (≈ 3 KB gzip): inlining it saves a round trip before first paint on slow mobile networks.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // discloseVersion: no 'svelte/internal/disclose-version' chunk shipped to every island page.
  // offline() must stay last: it measures and precaches everything the others write to dist/.
  integrations: [mdx(), svelte({ compilerOptions: { discloseVersion: false } }), search(), headers(), offline()],
  // No link prefetching: learners pay for data; pages load when asked for.
  // No code blocks in lessons: no syntax highlighter (Shiki's inline styles would also clash with the CSP).
  markdown: { syntaxHighlight: false },
  prefetch: false,
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
  // Kiosk settings (PIN hash, idle times) from KIOSK_* environment variables; see src/lib/kiosk/config.mjs.
  vite: {
    define: { __KIOSK_CONFIG__: JSON.stringify(kiosk) },
    plugins: [plainKioskImport()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Storage, progress and routes are needed together on almost every page: one chunk, not five small
              // files that each cost a request and its headers on a slow phone connection.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    test: /src[\\/](stores[\\/](storage|progress)\.ts|lib[\\/]progress[\\/](schema|update)\.ts|i18n[\\/](routes\.ts|locales\.ts|segments\.mjs))$/,
                  },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Content-Security-Policy as a <meta> on every page: Astro hashes its own scripts and styles; our one inline
  // script is hashed here. No 'unsafe-inline', nothing from another origin. The headers a <meta> can't set (framing,
  // caching) are in deploy/headers.mjs, written to dist/_headers and deploy/nginx.conf; see README "Deploying".
  security: {
    csp: {
      algorithm: 'SHA-256',
      // No 'wasm-unsafe-eval' here: only the search pages run WebAssembly (Pagefind); SearchPage.astro adds it there.
      scriptDirective: { resources: ["'self'"], hashes: [cspHash(HEAD_SCRIPT)] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
    },
  },
});
