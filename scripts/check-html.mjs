// Static checks over every built page (dist/), no browser needed:
//   - links: every internal link, image, script and stylesheet points at a file that exists, and every #anchor at
//     an element id on the target page; external links only go to the allowlist (prakerja.go.id and its
//     subdomains, and other official go.id addresses).
//   - security: every page has a Content-Security-Policy without 'unsafe-inline' for scripts, every inline
//     script and style is allowed by its hash, 'wasm-unsafe-eval' only on the search pages, and dist/_headers
//     (the host headers) adds no script permissions.
// Prints what it checked; exits 1 on the first list of problems.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';

const DIST = resolve(process.argv[2] ?? 'dist');
/** Hosts a page may link to: the official site and other official go.id addresses the content cites. */
export const ALLOWED_HOSTS = [/^(?:[a-z0-9-]+\.)*prakerja\.go\.id$/, /^(?:[a-z0-9-]+\.)+go\.id$/];

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
const pages = walk(DIST).filter((f) => f.endsWith('.html'));
const problems = [];
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file))
    idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
  return idsCache.get(file);
}

/** The file a site path is served from, or null. */
function fileFor(pathname) {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/')
    ? [join(DIST, clean, 'index.html')]
    : [join(DIST, clean), join(DIST, clean, 'index.html'), join(DIST, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
let links = 0;
let anchors = 0;
let external = 0;
let inline = 0;

for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const page =
    '/' +
    relative(DIST, file)
      .replace(/\\/g, '/')
      .replace(/index\.html$/, '');
  const base = new URL(page, 'http://site.invalid');

  for (const m of html.matchAll(/<(a|link|img|script|source)\b[^>]*?\s(href|src)="([^"]*)"/g)) {
    const [, tag, , raw] = m;
    const value = decode(raw);
    if (
      tag === 'link' &&
      /rel="alternate"/.test(m[0]) === false &&
      /rel="(icon|stylesheet|manifest)"/.test(m[0]) === false
    )
      continue;
    if (value.startsWith('mailto:') || value.startsWith('tel:') || value.startsWith('data:')) continue;
    const url = new URL(value, base);
    if (url.origin !== base.origin) {
      external++;
      if (url.protocol !== 'https:' || !ALLOWED_HOSTS.some((re) => re.test(url.hostname)))
        problems.push(`${page}: link outside the allowlist: ${value}`);
      continue;
    }
    links++;
    const target = fileFor(url.pathname);
    if (!target) {
      problems.push(`${page}: broken link ${value}`);
      continue;
    }
    if (url.hash && url.hash !== '#') {
      anchors++;
      if (!idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) problems.push(`${page}: broken anchor ${value}`);
    }
  }

  // Content-Security-Policy.
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!meta) {
    problems.push(`${page}: no Content-Security-Policy`);
    continue;
  }
  const policy = decode(meta[1]);
  const directive = (name) => (new RegExp(`(?:^|;)\\s*${name}\\s+([^;]*)`).exec(policy)?.[1] ?? '').trim();
  const scriptSrc = directive('script-src') || directive('default-src');
  const styleSrc = directive('style-src') || directive('default-src');
  if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc))
    problems.push(`${page}: script-src allows 'unsafe-inline' or 'unsafe-eval'`);
  if (!/'self'/.test(directive('default-src'))) problems.push(`${page}: default-src is not 'self'`);
  // WebAssembly only where Pagefind runs: the search pages (SearchPage.astro adds it to their policy alone).
  const searchPage = /^\/(cari|en\/search)\/$/.test(page);
  if (/'wasm-unsafe-eval'/.test(scriptSrc) !== searchPage)
    problems.push(
      searchPage
        ? `${page}: search page without 'wasm-unsafe-eval' (Pagefind needs it)`
        : `${page}: 'wasm-unsafe-eval' outside the search pages`,
    );
  for (const s of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs, body] = s;
    if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs) || !body) continue;
    inline++;
    if (!scriptSrc.includes(sha(body)))
      problems.push(`${page}: inline script without a hash in the CSP: ${body.slice(0, 60)}…`);
  }
  for (const s of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    inline++;
    if (!styleSrc.includes(sha(s[1])) && !/'unsafe-inline'/.test(styleSrc))
      problems.push(`${page}: inline style without a hash in the CSP`);
  }
  if (/\son[a-z]+="/i.test(html.replace(/<script[\s\S]*?<\/script>/g, '')))
    problems.push(`${page}: inline event handler attribute (blocked by the CSP)`);
}

// Host headers (deploy/headers.mjs → dist/_headers): present, and never widening scripts or WebAssembly.
const hostHeaders = join(DIST, '_headers');
if (!existsSync(hostHeaders)) problems.push('dist/_headers missing (src/integrations/headers.ts)');
else if (/wasm-unsafe-eval|script-src/.test(readFileSync(hostHeaders, 'utf8')))
  problems.push("dist/_headers sets script-src or 'wasm-unsafe-eval' for every page");

console.log(
  `Site checks: ${pages.length} pages, ${links} internal links (${anchors} with anchors), ${external} external links, ${inline} inline scripts/styles hashed`,
);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  - ${[...new Set(problems)].join('\n  - ')}`);
  process.exit(1);
}
console.log('All links resolve; every page has a strict CSP.');
