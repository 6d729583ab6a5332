// `npm run shots`: contact sheets for people to look at. Builds the site (unless --no-build), then runs the layout
// suites with LAYOUT_SHOTS=1: every page state of every context is photographed, and one PNG per context (and
// language) is written to test-results/shots/. Findings are reported as in `npm test`, but don't stop the sheets.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await ensureChromium();
const run = spawnSync('npx', ['playwright', 'test', 'tests/e2e/layout.spec.ts', 'tests/e2e/layout-trainer.spec.ts', '--reporter=line'], {
  stdio: 'inherit',
  env: { ...process.env, LAYOUT_SHOTS: '1' },
});
const dir = 'test-results/shots';
const sheets = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : [];
console.log(`\n${sheets.length} contact sheets in ${dir}/`);
for (const f of sheets.sort()) console.log(`  ${dir}/${f}`);
process.exit(sheets.length ? 0 : run.status ?? 1);
