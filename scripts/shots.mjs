// `npm run shots`: contact sheets for people to look at. Builds the site (unless --no-build), runs the layout suites
// with LAYOUT_SHOTS=1 (every checked state of every context is photographed into test-results/shots/<context>/),
// then lays each folder out as one PNG, test-results/shots/<context>.png. Findings are reported as in `npm test`,
// but don't stop the sheets.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const DIR = 'test-results/shots';
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const browserInfo = await ensureChromium();
rmSync(DIR, { recursive: true, force: true });
spawnSync(
  'npx',
  ['playwright', 'test', 'tests/e2e/layout.spec.ts', 'tests/e2e/layout-trainer.spec.ts', '--reporter=line'],
  {
    stdio: 'inherit',
    env: { ...process.env, LAYOUT_SHOTS: '1' },
  },
);

const folders = readdirSync(DIR)
  .filter((f) => statSync(join(DIR, f)).isDirectory())
  .sort();
const browser = await chromium.launch({ executablePath: browserInfo.path, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1800, height: 1000 } });
for (const folder of folders) {
  const files = readdirSync(join(DIR, folder))
    .filter((f) => f.endsWith('.png'))
    .sort();
  const cells = files
    .map(
      (f) =>
        `<figure><img src="data:image/png;base64,${readFileSync(join(DIR, folder, f)).toString('base64')}"><figcaption>${f.replace(/\.png$/, '').replace(/-/g, ' ')}</figcaption></figure>`,
    )
    .join('');
  await page.setContent(
    `<style>body{margin:12px;font:14px system-ui;background:#ddd}h1{font-size:20px}main{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}figure{margin:0;width:260px;background:#fff;padding:4px}img{width:100%;display:block;border:1px solid #999}figcaption{padding-top:4px}</style><h1>${folder}</h1><main>${cells}</main>`,
  );
  await page.waitForLoadState('load');
  writeFileSync(join(DIR, `${folder}.png`), await page.screenshot({ fullPage: true }));
  console.log(`  ${DIR}/${folder}.png (${files.length} screens)`);
}
await browser.close();
console.log(`\n${folders.length} contact sheets in ${DIR}/`);
