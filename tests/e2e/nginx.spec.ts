/**
 * The site as a real host serves it: Debian's nginx (not as a daemon, with a temporary prefix) runs
 * deploy/nginx.conf over a copy of the built dist/, on a free port.
 *
 * - Every kind of page and file carries every header of deploy/headers.mjs, the right Cache-Control, and no cookie.
 * - A page from another origin cannot frame the site (frame-ancestors 'none', which a <meta> policy can't set).
 * - The service worker registers and an update goes through (sw.js is always revalidated).
 * - Every page found from / and /en/ loads with 200, logs no error, and asks nothing from another origin.
 *
 * nginx is required: without it the tests fail (see README "Test it"; .ci/run installs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SECURITY_HEADERS, cacheControl, REVALIDATE } from '../../deploy/headers.mjs';
import { crawl, watchOutsideRequests } from './helpers';
import { serveDir } from './static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** deploy/nginx.conf with only its root and listen address changed, inside a minimal main configuration. */
async function startNginx(dist: string): Promise<{ origin: string; stop: () => void }> {
  if (!existsSync(NGINX) || !existsSync(MIME_TYPES))
    throw new Error(
      `nginx is not installed (${NGINX}, ${MIME_TYPES}): run \`apt-get install nginx\` (Debian), or set NGINX=/path/to/nginx. See README "Test it".`,
    );
  const prefix = mkdtempSync(join(tmpdir(), 'bp-nginx-'));
  const port = await freePort();
  const site = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')
    .replace(/^\s*listen\s.*$/gm, '')
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${dist};\n$1listen 127.0.0.1:${port};`);
  writeFileSync(join(prefix, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${prefix}/${t};`)
    .join('\n');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\n${process.getuid?.() === 0 ? 'user root;\n' : ''}` +
      `events { worker_connections 256; }\nhttp {\n  include ${MIME_TYPES};\n  default_type application/octet-stream;\n  access_log off;\n${temp}\n  include ${prefix}/site.conf;\n}\n`,
  );
  const nginx: ChildProcess = spawn(
    NGINX,
    ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  nginx.stderr?.on('data', (d) => (stderr += d));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (nginx.exitCode !== null)
      throw new Error(
        `nginx exited (${nginx.exitCode}): ${stderr}${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`,
      );
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      break;
    if (i > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin,
    stop: () => {
      nginx.kill('SIGTERM');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

let site: { origin: string; stop: () => void };
let dist: string;
test.beforeAll(async () => {
  // A copy: the update test changes sw.js, and other suites read dist/ at the same time.
  dist = mkdtempSync(join(tmpdir(), 'bp-dist-'));
  chmodSync(dist, 0o755);
  cpSync(join(ROOT, 'dist'), dist, { recursive: true });
  site = await startNginx(dist);
});
test.afterAll(() => {
  site?.stop();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

test('every kind of page and file carries the deploy headers and the right caching, and sets no cookie', async ({
  request,
}) => {
  const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
  const fragment = readdirSync(join(dist, 'pagefind', 'fragment'))[0]!;
  const kinds: [kind: string, path: string, status: number, type: RegExp][] = [
    ['home', '/', 200, /^text\/html; charset=utf-8$/],
    ['lesson', '/modul/akun/persiapan/', 200, /^text\/html/],
    ['quiz', '/modul/akun/persiapan/kuis/', 200, /^text\/html/],
    ['simulator', '/latihan/pendaftaran/', 200, /^text\/html/],
    ['search', '/cari/', 200, /^text\/html/],
    ['progress', '/progres/', 200, /^text\/html/],
    ['trainer page', '/pelatih/saldo/uji-kelas/', 200, /^text\/html/],
    ['kiosk attract', '/kios/', 200, /^text\/html/],
    ['English page', '/en/', 200, /^text\/html/],
    ['unknown path (404)', '/tidak-ada/', 404, /^text\/html/],
    ['missing asset (404)', '/_astro/gone.js', 404, /^text\/html/],
    ['/_astro/ asset', `/_astro/${asset}`, 200, /javascript/],
    ['service worker', '/sw.js', 200, /javascript/],
    ['worker import', '/sw-previous-assets.js', 200, /javascript/],
    ['web manifest', '/manifest.webmanifest', 200, /^application\/manifest\+json/],
    ['Pagefind entry', '/pagefind/pagefind-entry.json', 200, /^application\/json/],
    ['Pagefind fragment', `/pagefind/fragment/${fragment}`, 200, /./],
  ];
  const table: string[] = [];
  for (const [kind, path, status, type] of kinds) {
    const response = await request.get(`${site.origin}${path}`, { maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), kind).toBe(status);
    expect(headers['content-type'], kind).toMatch(type);
    for (const [name, value] of SECURITY_HEADERS) expect(headers[name.toLowerCase()], `${kind}: ${name}`).toBe(value);
    const cache = status === 404 ? REVALIDATE : cacheControl(path);
    expect(headers['cache-control'], `${kind}: Cache-Control`).toBe(cache);
    expect(headers['set-cookie'], kind).toBeUndefined();
    if (path === '/404.html' || status === 404) expect(await response.text()).toContain('<h1');
    table.push(`${kind.padEnd(20)} ${path.padEnd(44)} ${status} ${headers['cache-control']}`);
  }
  // A directory without its slash is redirected to it, keeping the browser's address.
  const redirect = await request.get(`${site.origin}/cari`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe('/cari/');
  console.log(
    `headers through nginx (all ${SECURITY_HEADERS.length} security headers present on each):\n${table.join('\n')}`,
  );
});

test('a page on another origin cannot frame the site', async ({ page }) => {
  const attackerDir = mkdtempSync(join(tmpdir(), 'bp-attacker-'));
  writeFileSync(
    join(attackerDir, 'index.html'),
    `<!doctype html><title>other site</title><iframe src="${site.origin}/progres/" width="400" height="300"></iframe>`,
  );
  writeFileSync(join(attackerDir, '404.html'), 'not found');
  const attacker = await serveDir(attackerDir);
  try {
    const refused = page.waitForEvent('console', (m) => /frame-ancestors|Refused to display/i.test(m.text()));
    await page.goto(`${attacker.origin}/`);
    await refused;
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    // The frame shows the browser's error page, not the progress page.
    expect(await frame.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '')).not.toContain(
      'Progres',
    );
  } finally {
    await attacker.close();
    rmSync(attackerDir, { recursive: true, force: true });
  }
});

test.describe('service worker through nginx', () => {
  test.use({ serviceWorkers: 'allow' });
  test('registers, saves the site, and a new version goes through "Muat ulang"', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${site.origin}/`);
    await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active);
    await expect(page.locator('[data-offline-status]')).toContainText(/Sudah tersimpan|Belum tersimpan/);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
    await page.reload();
    await expect(page.locator('[data-offline-status]')).toContainText('Sudah tersimpan');
    const sw = join(dist, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// a new version of the site\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.locator('[data-update-banner]');
    await expect(banner).toContainText('Versi baru tersedia.', { timeout: 30_000 });
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Muat ulang' }).click()]);
    await expect(page.locator('[data-update-banner]')).toBeHidden();
  });
});

async function crawlThrough(page: Page, root: '/' | '/en/') {
  const outside = watchOutsideRequests(page, site.origin);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  // ERR_ABORTED: a request the crawl's next navigation cancelled (the favicon, mostly); missing files show as 4xx.
  page.on(
    'requestfailed',
    (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && errors.push(`failed: ${r.url()} ${r.failure()?.errorText}`),
  );
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
  const pages = await crawl(page, site.origin, root, async (path) => {
    // Kiosk pages switch the device into kiosk mode; switch it back for the pages after them.
    if (/^\/(kios|en\/kiosk)\//.test(path)) await page.evaluate(() => localStorage.removeItem('bp-device:kiosk'));
  });
  console.log(
    `crawl through nginx from ${root}: ${pages.length} pages, ${errors.length} errors, ${outside.length} outside requests`,
  );
  expect(pages.length).toBeGreaterThanOrEqual(100);
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
}

for (const root of ['/', '/en/'] as const)
  test(`every page from ${root} loads through nginx with 200, no console error and no outside request`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await crawlThrough(page, root);
  });
