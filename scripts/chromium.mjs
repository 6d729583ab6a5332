// Finds a Chromium for the end-to-end tests, in this order:
//   1. PLAYWRIGHT_CHROMIUM_EXECUTABLE, if set;
//   2. the system's Chromium (/usr/bin/chromium and friends), e.g. Debian's `chromium` package;
//   3. Playwright's own Chromium, installed with `npx playwright install chromium` when missing (needs the network).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags that keep a headless Chromium from reaching the network on its own (and working as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @returns {{ path: string | undefined, how: string }} path undefined means Playwright's own browser. */
export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist`);
    return { path: fromEnv, how: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' };
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { path: system, how: 'system Chromium' };
  return { path: undefined, how: "Playwright's own Chromium" };
}

/** Installs Playwright's Chromium when no other browser was found and it isn't installed yet. */
export async function ensureChromium() {
  const found = findChromium();
  if (found.path) return found;
  const { chromium } = await import('@playwright/test');
  if (!existsSync(chromium.executablePath())) {
    console.log('No system Chromium found; installing Playwright’s Chromium (needs the network)…');
    const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(
        'Could not install Chromium. Install one (e.g. `apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.',
      );
  }
  return found;
}
