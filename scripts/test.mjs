// `npm test`: every test, in the order that fails fastest.
//   type check (astro check) → unit (Vitest) → build → budgets over dist/ → end-to-end (Playwright + axe)
// The browser comes from scripts/chromium.mjs (env var, else system Chromium, else Playwright's own).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const steps = [
  ['Type check', 'npx', ['astro', 'check']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Build', 'npx', ['astro', 'build']],
  ['Budgets', 'node', ['scripts/budgets.mjs']],
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
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
