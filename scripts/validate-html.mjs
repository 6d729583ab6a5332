// Every built page must pass the Nu HTML Checker (vnu-jar from the npm registry; needs Java 11+).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vnu from 'vnu-jar';

const DIST = resolve(process.argv[2] ?? 'dist');
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
const pages = walk(DIST).filter((f) => f.endsWith('.html'));

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error('The HTML check needs Java (e.g. `apt-get install default-jre-headless`).');
  process.exit(1);
}
const result = spawnSync('java', ['-Xss8m', '-jar', vnu, '--errors-only', '--format', 'text', ...pages], { encoding: 'utf8' });
const output = `${result.stdout}${result.stderr}`.trim();
if (result.status !== 0) {
  console.error(output.replaceAll(`file:${DIST}`, 'dist'));
  console.error(`\nThe Nu HTML Checker found errors in the built pages.`);
  process.exit(1);
}
console.log(`Nu HTML Checker: ${pages.length} pages, 0 errors.`);
