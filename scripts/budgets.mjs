// Budgets over the built site (dist/). No timing — only bytes and facts about the HTML:
//   - JavaScript per page on arrival, gzip, following static imports: lesson pages ≤ 20 KB, quiz and tool
//     pages ≤ 33 KB, simulator pages ≤ 37 KB, home ≤ 10 KB; and with the chunks a page may load on demand
//     (import()) ≤ 37 KB; lesson pages on a kiosk (with the kiosk runtime) ≤ 25 KB
//   - home page HTML + CSS ≤ 14 KB gzip
//   - no web fonts; every <img> has width and height; no trainer note text in learner pages
// Prints a table and the total site size; exits 1 when a budget is broken.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALE_PREFIX, SEGMENTS, sectionPath } from '../src/i18n/segments.mjs';

const DIST = resolve('dist');
const KB = 1024;
// Quiz and tool pages carry the Svelte runtime (≈ 15 KB gzip) that lesson pages do not; see the README.
// Quiz and tool pages: 31 KB since issue 12 (was 30): every page now carries the header's text-size control and
// read-aloud's voice memory (together about 0.4 KB), which left the quiz pages a few bytes either side of 30 KB.
// Quiz and tool pages 33 KB, simulators and on-demand 37 KB since issue 13 (were 31 and 35): progress is now written
// under a cross-tab lock with a repair for Chromium's lagging per-tab storage copy (lib/progress/sync.ts, about
// 1.8 KB on every page that keeps progress), and a question type that can't be loaded after an update offers a
// reload. Lesson pages went from 8.0 to 9.8 KB, still half their 20 KB budget.
const BUDGET = {
  lesson: 20 * KB,
  quiz: 33 * KB,
  sim: 37 * KB,
  home: 10 * KB,
  homeHtmlCss: 14 * KB,
  onDemand: 37 * KB,
  kioskLesson: 25 * KB,
};

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const files = walk(DIST);
const pages = files.filter((f) => f.endsWith('.html'));
const problems = [];

/**
 * Every JS file a page loads on arrival, following static imports; with `mode` 'onDemand', also the chunks it may
 * load later with import() (e.g. a question type used by only some quizzes); with 'kiosk', what the page loads on
 * a kiosk: on arrival plus the kiosk runtime and its static imports. The kiosk runtime, loaded only on kiosk
 * devices (from Base.astro's script), is not counted as a learner's on-demand code.
 */
function scriptsOf(html, mode = 'arrival') {
  const urls = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)) urls.add(m[1]);
  const seen = new Set();
  const queue = [...urls].filter((u) => u.startsWith('/'));
  const staticImport = /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  const anyImport = /(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(DIST, url), 'utf8');
    const hook = /\/Base\.astro_astro_type_script/.test(url);
    const pattern = (mode === 'onDemand' && !hook) || (mode === 'kiosk' && hook) ? anyImport : staticImport;
    for (const m of code.matchAll(pattern)) {
      queue.push('/' + relative(DIST, resolve(dirname(join(DIST, url)), m[1])).replace(/\\/g, '/'));
    }
  }
  return [...seen];
}

function inlineScripts(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
}

// Page kinds by address. The words come from src/i18n/segments.mjs, the table src/i18n/routes.ts builds every URL
// from, so renaming a segment moves these patterns with it; and a kind that matches no page is a problem (below),
// so a change in the shape of the addresses can't quietly leave pages under the general cap only.
const LOCALES = Object.keys(LOCALE_PREFIX);
const either = (list) => `(?:${list.join('|')})`;
/** "(?:/modul/|/en/module/)" */
const section = (name) => either(LOCALES.map((locale) => sectionPath(locale, name)));
/** "(?:kuis|quiz)" */
const word = (name) => either(LOCALES.map((locale) => SEGMENTS[name][locale]));
const ID = '[^/]+/';
const KINDS = [
  ['home', new RegExp(`^${either(LOCALES.map((locale) => `${LOCALE_PREFIX[locale]}/`))}$`)],
  ['quiz', new RegExp(`^${section('module')}${ID}${ID}${word('quiz')}/$`)],
  ['quiz', new RegExp(`^${section('module')}${ID}${word('check')}/$`)],
  ['tool', new RegExp(`^${section('tools')}${ID}$`)],
  ['sim', new RegExp(`^${section('practice')}${ID}$`)],
  ['lesson', new RegExp(`^${section('module')}${ID}${ID}$`)],
];
const kind = (path) => KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
/** A built file's address: "dist/modul/akun/index.html" → "/modul/akun/". */
const pathOf = (file) =>
  '/' +
  relative(DIST, file)
    .replace(/\\/g, '/')
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '');

const rows = [];
for (const file of pages) {
  const html = readFileSync(file, 'utf8');
  const path = pathOf(file);
  const inline = inlineScripts(html).reduce((n, s) => n + gz(Buffer.from(s)), 0);
  const sum = (urls) => urls.reduce((n, url) => n + gz(readFileSync(join(DIST, url))), 0) + inline;
  const jsBytes = sum(scriptsOf(html));
  const jsAll = sum(scriptsOf(html, 'onDemand'));
  const jsKiosk = sum(scriptsOf(html, 'kiosk'));
  // Stylesheets the page links (not the kiosk stylesheet the head script writes in on kiosks only).
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const css = [...markup.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const htmlCss = gz(Buffer.from(html)) + css.reduce((n, url) => n + gz(readFileSync(join(DIST, url))), 0);
  const k = kind(path);
  rows.push({ path, kind: k, js: jsBytes, jsAll, jsKiosk, htmlCss });
  if (k === 'lesson' && jsKiosk > BUDGET.kioskLesson)
    problems.push(`${path}: ${(jsKiosk / KB).toFixed(1)} KB JS on a kiosk > ${BUDGET.kioskLesson / KB} KB`);
  if (k === 'sim' && jsAll > BUDGET.sim)
    problems.push(`${path}: ${(jsAll / KB).toFixed(1)} KB JS > ${BUDGET.sim / KB} KB`);
  if (k !== 'sim' && jsAll > BUDGET.onDemand)
    problems.push(`${path}: ${(jsAll / KB).toFixed(1)} KB JS with on-demand chunks > ${BUDGET.onDemand / KB} KB`);
  if (k === 'lesson' && jsBytes > BUDGET.lesson)
    problems.push(`${path}: ${(jsBytes / KB).toFixed(1)} KB JS > ${BUDGET.lesson / KB} KB`);
  if ((k === 'quiz' || k === 'tool') && jsBytes > BUDGET.quiz)
    problems.push(`${path}: ${(jsBytes / KB).toFixed(1)} KB JS > ${BUDGET.quiz / KB} KB`);
  if (k === 'home' && jsBytes > BUDGET.home)
    problems.push(`${path}: ${(jsBytes / KB).toFixed(1)} KB JS > ${BUDGET.home / KB} KB`);
  if (k === 'home' && htmlCss > BUDGET.homeHtmlCss)
    problems.push(`${path}: HTML + CSS ${(htmlCss / KB).toFixed(1)} KB > ${BUDGET.homeHtmlCss / KB} KB`);
  for (const img of html.matchAll(/<img\b[^>]*>/g)) {
    if (!/\bwidth="\d+"/.test(img[0]) || !/\bheight="\d+"/.test(img[0]))
      problems.push(`${path}: <img> without width and height: ${img[0].slice(0, 80)}`);
  }
}

// No web fonts: system fonts only.
for (const f of files) if (/\.(woff2?|ttf|otf|eot)$/i.test(f)) problems.push(`web font shipped: ${relative(DIST, f)}`);
for (const f of files.filter((x) => x.endsWith('.css')))
  if (/@font-face/.test(readFileSync(f, 'utf8'))) problems.push(`@font-face in ${relative(DIST, f)}`);
for (const f of pages)
  if (/@font-face|fonts\.googleapis/.test(readFileSync(f, 'utf8'))) problems.push(`web font in ${relative(DIST, f)}`);

// Trainer notes never reach learner pages.
const notes = walk(resolve('content/lessons'))
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/<TrainerNote\b[^>]*>([\s\S]*?)<\/TrainerNote>/g)].map((m) =>
      m[1].trim().split('\n')[0].slice(0, 60),
    ),
  );
// Trainer views (the presenter window and the session plans) are the only pages that may show them; the
// projector screen, handouts and everything else may not. The presenter pages must show them, or this check
// would prove nothing.
const printables = `${word('abcdCards')}/|${word('takeHome')}/`;
const TRAINER_VIEW = new RegExp(`^${section('trainer')}(?!${printables})${ID}(?:${word('presenter')}/)?$`);
const PRESENTER = new RegExp(`/${word('presenter')}/$`);
let trainerPages = 0;
let presenterPages = 0;
for (const f of pages) {
  const html = readFileSync(f, 'utf8');
  const path = pathOf(f);
  if (TRAINER_VIEW.test(path)) {
    trainerPages += 1;
    if (!PRESENTER.test(path)) continue;
    presenterPages += 1;
    if (!notes.some((n) => n && html.includes(n))) problems.push(`${relative(DIST, f)} shows no trainer note`);
    continue;
  }
  for (const note of notes)
    if (note && html.includes(note)) problems.push(`${relative(DIST, f)} contains trainer note text: "${note}"`);
}
// Patterns that match nothing would check nothing: the addresses changed shape.
if (!presenterPages) problems.push(`no presenter page matches ${TRAINER_VIEW}: the site's addresses changed`);
for (const [k, pattern] of KINDS) {
  if (!rows.some((r) => pattern.test(r.path)))
    problems.push(`no ${k} page matches ${pattern}: the site's addresses changed`);
}

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
const show = (k) => rows.filter((r) => r.kind === k);
const max = (list, key) => list.reduce((a, b) => (b[key] > a[key] ? b : a), list[0]);
console.log('Budgets (gzip, every import followed)');
for (const [k, limit] of [
  ['lesson', BUDGET.lesson],
  ['quiz', BUDGET.quiz],
  ['tool', BUDGET.quiz],
  ['sim', BUDGET.sim],
  ['home', BUDGET.home],
]) {
  const list = show(k);
  if (!list.length) continue;
  const worst = max(list, 'js');
  const most = max(list, 'jsAll');
  console.log(
    `  ${k.padEnd(7)} ${String(list.length).padStart(3)} pages  JS max ${fmt(worst.js).padStart(8)} (budget ${fmt(limit)})  ${worst.path}; with on-demand chunks ${fmt(most.jsAll)} (budget ${fmt(k === 'sim' ? BUDGET.sim : BUDGET.onDemand)})`,
  );
}
const kioskMost = max(rows, 'jsKiosk');
console.log(
  `  kiosk   lesson page on a kiosk max ${fmt(max(show('lesson'), 'jsKiosk').jsKiosk)} (budget ${fmt(BUDGET.kioskLesson)}); any page ${fmt(kioskMost.jsKiosk)} ${kioskMost.path}`,
);
const homes = show('home');
if (homes.length)
  console.log(`  home    HTML + CSS max ${fmt(max(homes, 'htmlCss').htmlCss)} (budget ${fmt(BUDGET.homeHtmlCss)})`);
// The service worker's precache: what a learner downloads to keep the whole site offline.
const offlineFile = join(DIST, 'offline.json');
if (existsSync(offlineFile)) {
  const o = JSON.parse(readFileSync(offlineFile, 'utf8'));
  console.log(
    `  offline ${o.files} files precached: ${fmt(o.transferBytes)} to download (gzip, budget 3 MB), ${fmt(o.rawBytes)} stored`,
  );
  if (o.transferBytes > 3_000_000) problems.push(`offline precache ${fmt(o.transferBytes)} > 3 MB`);
} else problems.push('dist/offline.json is missing: the service worker was not generated');
const total = files.reduce((n, f) => n + statSync(f).size, 0);
const totalGz = files.reduce((n, f) => n + gz(readFileSync(f)), 0);
console.log(`  site    ${pages.length} pages, ${files.length} files, ${fmt(total)} on disk, ${fmt(totalGz)} gzip`);
console.log(
  `  checked ${notes.length} trainer notes absent from ${pages.length - trainerPages} learner, kiosk, projector and handout pages (shown on ${trainerPages} trainer views); no web fonts; images sized`,
);

if (problems.length) {
  console.error(`\n${problems.length} budget problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log('All budgets met.');
