// `npm run bench`: measures our site against the peer a content team would pick instead — a Starlight site
// holding the same module 1 lesson text in Indonesian, generated here from content/ into a temporary folder
// outside the repo (nothing of it is committed). Both are served by the same local static server (gzip on).
//
// Prints one side-by-side table (JS KB, total KB, LCP, TBT, CLS, the four Lighthouse scores; medians of several
// runs) with ratios ours/peer, then the build-scaling ratio (10× the lessons), and writes everything as JSON to
// bench-results/ (git-ignored). Figures only: nothing here passes or fails.
//
// Options: BENCH_RUNS (Lighthouse runs per page, default 3).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = resolve('.');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const log = (...a) => console.log('bench:', ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
function run(cmd, args, cwd, quiet = true) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

// ---------------------------------------------------------------------------------------------------------
// 1. The peer: a Starlight site with module 1 in Indonesian, generated from our content.
const facts = Object.fromEntries(
  readdirSync('content/facts')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.slice(0, -5), load(readFileSync(join('content/facts', f), 'utf8'))]),
);
function factText(id) {
  const f = facts[id];
  if (!f) throw new Error(`unknown fact ${id}`);
  if (f.kind === 'amount') return `Rp${new Intl.NumberFormat('id-ID').format(f.value)}`;
  if (f.kind === 'count')
    return `${f.value} ${{ years: 'tahun', people: 'orang', minutes: 'menit', hours: 'jam', times: 'kali', digits: 'angka', days: 'hari' }[f.unit]}`;
  if (f.kind === 'label') return `“${f.value}”`;
  return f.value.id;
}
/** Our lesson MDX → plain Markdown a Starlight author would write. */
function toMarkdown(mdx) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  const meta = load(front);
  const text = body
    .replace(/<TrainerNote>[\s\S]*?<\/TrainerNote>/g, '')
    .replace(/<Step n=\{\d+\} title="([^"]*)">/g, '## $1\n')
    .replace(/<\/Step>/g, '')
    .replace(/<Tip>\s*([\s\S]*?)\s*<\/Tip>/g, ':::tip\n$1\n:::')
    .replace(/<Warn>\s*([\s\S]*?)\s*<\/Warn>/g, ':::caution\n$1\n:::')
    .replace(/<(?:Fact|Label) id="([^"]+)" \/>/g, (_, id) => factText(id))
    .replace(/<Figure name="([^"]+)" alt="([^"]*)"(?: caption="[^"]*")? \/>/g, '![$2](/illustrations/$1.svg)');
  return `---\ntitle: ${JSON.stringify(meta.title)}\ndescription: ${JSON.stringify(meta.summary)}\n---\n\n${text.trim()}\n`;
}

function buildPeer(dir) {
  const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'starlight-peer',
        private: true,
        type: 'module',
        dependencies: { astro: astroVersion, '@astrojs/starlight': '^0.42.4' },
        overrides: pkg.overrides,
      },
      null,
      2,
    ),
  );
  const moduleMeta = load(readFileSync('content/modules/id/01-akun.yaml', 'utf8'));
  const lessons = readdirSync('content/lessons/id/01-akun')
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const slugs = lessons.map((f) => f.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: 'Belajar Prakerja',
    defaultLocale: 'root',
    locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
    sidebar: [{ label: ${JSON.stringify(moduleMeta.title)}, items: ${JSON.stringify(slugs.map((s) => `modul/akun/${s}`))} }],
  })],
});
`,
  );
  mkdirSync(join(dir, 'src/content/docs/modul/akun'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const list = lessons
    .map(
      (f, i) =>
        `${i + 1}. [${load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/lessons/id/01-akun', f), 'utf8'))[1]).title}](/modul/akun/${slugs[i]}/)`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'src/content/docs/index.md'),
    `---\ntitle: Belajar mendaftar dan memakai Kartu Prakerja\ndescription: Modul latihan Kartu Prakerja\n---\n\nIni modul latihan, bukan situs resmi. Situs resmi Kartu Prakerja hanya www.prakerja.go.id.\n\n## ${moduleMeta.title}\n\n${moduleMeta.summary}\n\n${list}\n`,
  );
  lessons.forEach((f, i) =>
    writeFileSync(
      join(dir, `src/content/docs/modul/akun/${slugs[i]}.md`),
      toMarkdown(readFileSync(join('content/lessons/id/01-akun', f), 'utf8')),
    ),
  );
  cpSync('public/illustrations', join(dir, 'public/illustrations'), { recursive: true });
  log('installing Starlight in', dir);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  log('building the Starlight peer');
  return run('npx', ['astro', 'build'], dir);
}

// ---------------------------------------------------------------------------------------------------------
// 2. One kind of static server for both sites: files from a folder, text compressed with gzip.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};
function serve(folder) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    let file = join(folder, path);
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (/text|javascript|json|svg|xml/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

// ---------------------------------------------------------------------------------------------------------
// 3. Measurements.
const browserPath = findChromium().path;
async function lighthouseRuns(url) {
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: browserPath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const cat = (k) => Math.round(lhr.categories[k].score * 100);
      results.push({
        performance: cat('performance'),
        accessibility: cat('accessibility'),
        bestPractices: cat('best-practices'),
        seo: cat('seo'),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  return Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
}

async function weigh(browser, url) {
  const sizes = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const responses = [];
    page.on('requestfinished', (request) => responses.push(request));
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    let js = 0;
    let total = 0;
    for (const request of responses) {
      const s = await request.sizes();
      const bytes = s.responseBodySize + s.responseHeadersSize;
      total += bytes;
      if (request.resourceType() === 'script') js += s.responseBodySize;
    }
    sizes.push({ jsKB: js / 1024, totalKB: total / 1024, requests: responses.length });
    await context.close();
  }
  return Object.fromEntries(Object.keys(sizes[0]).map((k) => [k, median(sizes.map((r) => r[k]))]));
}

// ---------------------------------------------------------------------------------------------------------
// 4. Build scaling: the same project with 10× the lessons, built in a temporary copy.
function copyProject(dest) {
  const files = spawnSync('git', ['ls-files'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const f of files) cpSync(f, join(dest, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
}
function multiplyContent(dir, times) {
  for (let k = 2; k <= times; k++) {
    const id = `akun${k}`;
    const prefix = String(k).padStart(2, '0');
    for (const lang of ['id', 'en']) {
      cpSync(
        join(dir, `content/modules/${lang}/01-akun.yaml`),
        join(dir, `content/modules/${lang}/${prefix}-${id}.yaml`),
      );
      cpSync(join(dir, `content/lessons/${lang}/01-akun`), join(dir, `content/lessons/${lang}/${prefix}-${id}`), {
        recursive: true,
      });
      cpSync(join(dir, `content/quizzes/${lang}/01-akun`), join(dir, `content/quizzes/${lang}/${prefix}-${id}`), {
        recursive: true,
      });
      cpSync(
        join(dir, `content/sessions/${lang}/01-akun.mdx`),
        join(dir, `content/sessions/${lang}/${prefix}-${id}.mdx`),
      );
    }
  }
}
function buildTimes(dir) {
  run('npx', ['astro', 'build'], dir); // warm-up (content store, Vite caches)
  return median(Array.from({ length: RUNS }, () => run('npx', ['astro', 'build'], dir)));
}

// ---------------------------------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'bp-bench-'));
const peerDir = join(work, 'starlight');
mkdirSync(peerDir);
const servers = [];
try {
  log('building our site');
  const ourBuild = run('npx', ['astro', 'build'], ROOT);
  const peerBuild = buildPeer(peerDir);
  const ours = await serve(join(ROOT, 'dist'));
  const peer = await serve(join(peerDir, 'dist'));
  servers.push(ours.server, peer.server);
  const pages = [
    { name: 'home', ours: `${ours.origin}/`, peer: `${peer.origin}/` },
    { name: 'lesson', ours: `${ours.origin}/modul/akun/persiapan/`, peer: `${peer.origin}/modul/akun/persiapan/` },
  ];
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  const results = {};
  for (const p of pages) {
    for (const site of ['ours', 'peer']) {
      log(`measuring ${site} ${p.name} (${RUNS} runs)`);
      results[`${site}:${p.name}`] = { ...(await weigh(browser, p[site])), ...(await lighthouseRuns(p[site])) };
    }
  }
  await browser.close();

  log('build scaling: copying the project and building 1× and 10× the lessons');
  const one = join(work, 'one');
  const ten = join(work, 'ten');
  mkdirSync(one);
  mkdirSync(ten);
  copyProject(one);
  copyProject(ten);
  multiplyContent(ten, 10);
  const time1 = buildTimes(one);
  const time10 = buildTimes(ten);
  const pages1 = readdirSync(join(one, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const pages10 = readdirSync(join(ten, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

  // Report.
  const cols = [
    ['JS KB', 'jsKB', 1],
    ['total KB', 'totalKB', 1],
    ['LCP ms', 'lcp', 0],
    ['TBT ms', 'tbt', 0],
    ['CLS', 'cls', 3],
    ['Perf', 'performance', 0],
    ['A11y', 'accessibility', 0],
    ['BP', 'bestPractices', 0],
    ['SEO', 'seo', 0],
  ];
  const fmt = (v, d) => (typeof v === 'number' ? v.toFixed(d) : '—');
  const lines = [];
  lines.push(`${'page'.padEnd(14)}${cols.map(([h]) => h.padStart(10)).join('')}`);
  for (const p of pages) {
    for (const site of ['ours', 'peer']) {
      const r = results[`${site}:${p.name}`];
      lines.push(
        `${`${p.name} ${site === 'ours' ? '(ours)' : '(Starl.)'}`.padEnd(14)}${cols.map(([, k, d]) => fmt(r[k], d).padStart(10)).join('')}`,
      );
    }
    const a = results[`ours:${p.name}`];
    const b = results[`peer:${p.name}`];
    lines.push(
      `${`${p.name} ratio`.padEnd(14)}${cols.map(([, k]) => (b[k] ? (a[k] / b[k]).toFixed(2) : '—').padStart(10)).join('')}`,
    );
  }
  const ratios = Object.fromEntries(
    pages.map((p) => [
      p.name,
      Object.fromEntries(
        cols.map(([, k]) => [
          k,
          results[`peer:${p.name}`][k] ? results[`ours:${p.name}`][k] / results[`peer:${p.name}`][k] : null,
        ]),
      ),
    ]),
  );
  console.log(
    `\nBelajar Prakerja vs Starlight (same module 1 text, same local gzip server; medians of ${RUNS} runs; Lighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version} mobile defaults)\n`,
  );
  console.log(lines.join('\n'));
  console.log(
    `\nGoals for a lesson page: total bytes ratio ≤ 0.35 → ${ratios.lesson.totalKB.toFixed(2)}; LCP ratio ≤ 1.0 → ${ratios.lesson.lcp.toFixed(2)}`,
  );
  console.log(
    `Build: ours ${ourBuild.toFixed(1)} s (both languages), Starlight peer ${peerBuild.toFixed(1)} s (Indonesian only)`,
  );
  console.log(
    `Build scaling: ${pages1} pages in ${time1.toFixed(2)} s → ${pages10} pages (10× the lessons) in ${time10.toFixed(2)} s; ratio ${(time10 / time1).toFixed(2)}`,
  );

  mkdirSync('bench-results', { recursive: true });
  const report = {
    date: new Date().toISOString(),
    runs: RUNS,
    results,
    ratios,
    build: {
      ours: ourBuild,
      peer: peerBuild,
      scaling: { pages1, pages10, seconds1: time1, seconds10: time10, ratio: time10 / time1 },
    },
  };
  const file = join('bench-results', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  writeFileSync(join('bench-results', 'latest.json'), JSON.stringify(report, null, 2));
  console.log(`\nWritten to ${file}`);
} finally {
  for (const s of servers) s.close();
  rmSync(work, { recursive: true, force: true });
}
