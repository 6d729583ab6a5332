// Every built page must pass the Nu HTML Checker (vnu-jar from the npm registry; needs Java 11+).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vnu from 'vnu-jar';

const DIST = resolve(process.argv[2] ?? 'dist');
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
const pages = walk(DIST).filter((f) => f.endsWith('.html'));

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error || java.status !== 0) {
  console.error('The HTML check needs Java (e.g. `apt-get install default-jre-headless`).');
  process.exit(1);
}
const result = spawnSync('java', ['-Xss8m', '-jar', vnu, '--errors-only', '--format', 'text', ...pages], {
  encoding: 'utf8',
});
// The checker's CSS parser predates container queries (CSS Containment 3, in every current browser since 2023): the
// projector deck sizes its slides to the box they are shown in. Those two messages, and only those, are not errors.
const OUTDATED = [
  /^Error: CSS: “container”: Property “container” doesn't exist\.$/,
  /^Error: CSS: Unrecognized at-rule “@container”$/,
];
const lines = `${result.stdout}${result.stderr}`.trim().split('\n');
const kept = [];
for (let i = 0; i < lines.length; i++) {
  if (OUTDATED.some((re) => re.test(lines[i]))) {
    if (/^(At|From) line/.test(lines[i + 1] ?? '')) i++;
    continue;
  }
  kept.push(lines[i]);
}
const output = kept
  .filter((l) => l !== 'Document checking completed.')
  .join('\n')
  .trim();
if (result.status !== 0 && output) {
  console.error(output.replaceAll(`file:${DIST}`, 'dist'));
  console.error(`\nThe Nu HTML Checker found errors in the built pages.`);
  process.exit(1);
}
console.log(`Nu HTML Checker: ${pages.length} pages, 0 errors.`);
