// `npm test`: every test, in the order that fails fastest.
//   format (Prettier) → unused code (knip) → type check (astro check) → lint (ESLint) → unit (Vitest) → build →
//   budgets, links + CSP, HTML validity over dist/ → end-to-end (Playwright + axe)
// The browser comes from scripts/chromium.mjs (env var, else system Chromium, else Playwright's own).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
rmSync('test-results', { recursive: true, force: true });

/** Counts from the JSON reports, for one closing line: "N passed, N failed". */
function tally() {
  let passed = 0;
  let failed = 0;
  if (existsSync('test-results/vitest.json')) {
    const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (existsSync('test-results/playwright.json')) {
    const p = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
    passed += p.stats.expected;
    failed += p.stats.unexpected + p.stats.flaky;
  }
  return { passed, failed };
}

const steps = [
  ['Format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['Unused code', 'npx', ['knip']],
  // astro check first: it writes .astro/types.d.ts (the astro:content types), which ESLint's type information needs.
  ['Type check', 'npx', ['astro', 'check']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  [
    'Unit tests',
    'npx',
    [
      'vitest',
      'run',
      '--coverage',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
    ],
  ],
  ['Build', 'npx', ['astro', 'build']],
  ['Budgets', 'node', ['scripts/budgets.mjs']],
  ['Links and security', 'node', ['scripts/check-html.mjs']],
  ['HTML validity', 'node', ['scripts/validate-html.mjs']],
  ['End-to-end tests', 'npx', ['playwright', 'test']],
];

for (const [name, cmd, args] of steps) {
  if (name === 'End-to-end tests') {
    const browser = await ensureChromium();
    console.log(`\n▶ ${name} (browser: ${browser.how}${browser.path ? `, ${browser.path}` : ''})`);
  } else {
    console.log(`\n▶ ${name}`);
  }
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    const { passed, failed } = tally();
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
const { passed, failed } = tally();
console.log(`\n${passed} passed, ${failed} failed`);
