/**
 * deploy/nginx.conf and dist/_headers say the same as deploy/headers.mjs, the one source of the host headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CACHE_RULES,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
  cacheControl,
  headersFile,
} from '../../deploy/headers.mjs';

const nginx = readFileSync(join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8').replace(
  /^\s*#.*$/gm,
  '',
);

describe('deploy/nginx.conf', () => {
  it('adds every security header of deploy/headers.mjs, with the same value, on every response', () => {
    const added = [...nginx.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1], m[2]]);
    expect(added).toEqual(SECURITY_HEADERS.map(([name, value]) => [name, value]));
    expect(nginx).toMatch(/^\s*add_header Cache-Control \$bp_cache_control always;/m);
  });

  it('maps paths to Cache-Control as CACHE_RULES do, in the same order', () => {
    const map = /map \$uri \$bp_cache_control \{([\s\S]*?)\}/.exec(nginx)![1]!;
    const entries = [...map.matchAll(/^\s*"?(default|~[^"]+)"?\s+"([^"]+)";/gm)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([['default', REVALIDATE], ...CACHE_RULES.map((r) => [`~${r.pattern}`, r.value])]);
  });

  it('has no add_header inside a location (nginx would drop the server-level ones there)', () => {
    for (const block of nginx.split(/\blocation\b/).slice(1))
      expect(block.slice(0, block.indexOf('}'))).not.toContain('add_header');
  });

  it('serves unknown paths with the site 404 page', () => {
    expect(nginx).toMatch(/error_page 404 \/404\.html;/);
  });
});

describe('cacheControl', () => {
  it.each([
    ['/_astro/Quiz.CQVRSYJG.js', IMMUTABLE],
    ['/pagefind/fragment/id_3f2a.pf_fragment', 'public, max-age=86400'],
    ['/pagefind/pagefind.id_c2c77099fc.pf_meta', 'public, max-age=86400'],
    ['/pagefind/pagefind-entry.json', REVALIDATE],
    ['/pagefind/wasm.id.pagefind', REVALIDATE],
    ['/sw.js', REVALIDATE],
    ['/manifest.webmanifest', REVALIDATE],
    ['/modul/akun/', REVALIDATE],
    ['/404.html', REVALIDATE],
  ])('%s → %s', (path, value) => expect(cacheControl(path)).toBe(value));
});

describe('_headers', () => {
  const file = headersFile({ pagefindFiles: ['pagefind.js', 'pagefind-entry.json', 'pagefind.id_c2c77099fc.pf_meta'] });
  const rules = Object.fromEntries(
    file
      .split(/\n(?=\/)/)
      .filter((b) => b.startsWith('/'))
      .map((b) => {
        const [path, ...lines] = b.trim().split('\n');
        return [
          path,
          Object.fromEntries(
            lines.map((l) =>
              l
                .trim()
                .split(/: (.*)/s)
                .slice(0, 2),
            ),
          ),
        ];
      }),
  );
  it('sends the security headers on every path, and sets Cache-Control only on rules that do not overlap', () => {
    expect(rules['/*']).toEqual(Object.fromEntries(SECURITY_HEADERS));
    expect(rules['/_astro/*']).toEqual({ 'Cache-Control': IMMUTABLE });
    expect(rules['/sw.js']).toEqual({ 'Cache-Control': REVALIDATE });
    expect(rules['/pagefind/pagefind.id_c2c77099fc.pf_meta']).toEqual({ 'Cache-Control': 'public, max-age=86400' });
    expect(rules['/pagefind/pagefind-entry.json']).toEqual({ 'Cache-Control': REVALIDATE });
    expect(Object.keys(rules).length).toBeLessThanOrEqual(100); // Cloudflare Pages reads at most 100 rules
  });
  it("never allows WebAssembly or scripts at header level (the search page's <meta> does)", () => {
    expect(file).not.toMatch(/wasm-unsafe-eval|script-src|default-src/);
  });
});
