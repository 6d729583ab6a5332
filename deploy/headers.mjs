// @ts-check
/**
 * The response headers a host adds to the built site: the one source for deploy/nginx.conf (checked against this
 * file by tests/unit/deploy-headers.test.ts) and for dist/_headers (written at build by
 * src/integrations/headers.ts, for Netlify- and Cloudflare-Pages-style hosts). tests/e2e/nginx.spec.ts checks
 * every value on every kind of page through a real nginx.
 */

/**
 * Sent with every response, errors included.
 *
 * The header policy says only what a <meta> policy can't (frame-ancestors) or shouldn't have to (object, base,
 * form). It sets no script-src or default-src on purpose: each page's <meta> policy (astro.config.mjs) lists that
 * page's script hashes, and both policies apply, so scripts stay limited to the page's own. 'wasm-unsafe-eval' is
 * therefore only where that <meta> allows it: the search pages.
 * @type {ReadonlyArray<readonly [name: string, value: string]>}
 */
export const SECURITY_HEADERS = [
  ['Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Hashed files: the name changes with the content, so a browser may keep them for a year without asking. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, sw.js, the web manifests, Pagefind's entry files): always revalidated (ETag). */
export const REVALIDATE = 'no-cache';

/**
 * Cache-Control by URL path: the first rule whose pattern matches, else REVALIDATE. Patterns are written so that
 * nginx (a `map` on $uri) and JavaScript read them alike.
 * @type {ReadonlyArray<{ pattern: string; value: string; why: string }>}
 */
export const CACHE_RULES = [
  { pattern: '^/_astro/', value: IMMUTABLE, why: 'Astro names these files by a hash of their content' },
  {
    pattern: '^/pagefind/(fragment|index)/|^/pagefind/[^/]+\\.pf_meta$',
    value: 'public, max-age=86400',
    // Their names change with the index, but Pagefind does not promise they are immutable: a day, not a year.
    why: "Pagefind's index parts, named by a hash",
  },
];

/**
 * The Cache-Control value for a URL path.
 * @example cacheControl('/_astro/Quiz.CQVRSYJG.js') // 'public, max-age=31536000, immutable'
 * @param {string} path
 */
export function cacheControl(path) {
  return CACHE_RULES.find((rule) => new RegExp(rule.pattern).test(path))?.value ?? REVALIDATE;
}

/**
 * The `_headers` file (Netlify, Cloudflare Pages) for a built site, given the site's top-level Pagefind files.
 *
 * Those hosts combine the values when two rules set the same header for a path, so Cache-Control is only set on
 * rules that don't overlap; pages get the hosts' default (`max-age=0, must-revalidate`: always revalidated).
 * @param {{ pagefindFiles: string[] }} site
 */
export function headersFile({ pagefindFiles }) {
  /** @type {Array<[string, Array<readonly [string, string]>]>} */
  const rules = [['/*', [...SECURITY_HEADERS]]];
  /** @param {string} path @param {string} [sample] a path the pattern stands for */
  const cache = (path, sample = path) => rules.push([path, [['Cache-Control', cacheControl(sample)]]]);
  cache('/_astro/*', '/_astro/x.js');
  cache('/pagefind/fragment/*', '/pagefind/fragment/x');
  cache('/pagefind/index/*', '/pagefind/index/x');
  for (const path of [
    '/sw.js',
    '/sw-previous-assets.js',
    '/manifest.webmanifest',
    '/en/manifest.webmanifest',
    ...pagefindFiles.map((f) => `/pagefind/${f}`),
  ])
    cache(path);
  return [
    '# Written at build by src/integrations/headers.ts from deploy/headers.mjs (the nginx equivalent: deploy/nginx.conf).',
    ...rules.map(([path, headers]) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')),
    '',
  ].join('\n');
}
