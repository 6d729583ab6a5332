/**
 * One status fact drives every status notice: the test copies the project, changes
 * content/facts/status-program.yaml (another last wave, month, agency, flow and date), builds the copy and reads
 * every kind of page where learners start. Each shows the new status and none still shows the old wave anywhere,
 * so nothing repeats the status by hand. It builds the whole site once (about half a minute).
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = process.cwd();
let dir = '';
let built = false;

/** The first lesson's slug of a module folder (content/lessons/id/01-akun → "persiapan" or whatever is first). */
function firstLesson(moduleDir: string): string {
  const file = readdirSync(join(root, 'content/lessons/id', moduleDir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]!;
  return file.replace(/^\d+-/, '').replace(/\.mdx$/, '');
}
function moduleDirs(): string[] {
  return readdirSync(join(root, 'content/modules/id'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}
const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-status-'));
  const skip = new Set(['node_modules', 'dist', '.git', 'test-results', '.astro', 'playwright-report']);
  cpSync(root, dir, { recursive: true, filter: (src) => !skip.has(relative(root, src).split('/')[0]!) });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const file = join(dir, 'content/facts/status-program.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replace(/lastWave: \d+/, 'lastWave: 98')
    // Either quote: Prettier may write YAML strings in single quotes.
    .replace(/lastWaveOpened: (["'])[^"']+\1/, 'lastWaveOpened: "2031-03"')
    .replace(/movingTo: \{[^}]+\}/, 'movingTo: { id: "Badan Uji Coba", en: "the Test Agency" }')
    .replace(/movingToShort: (["'])[^"']+\1/, 'movingToShort: "BUC"')
    .replace(/flow: (["'])[^"']+\1/, 'flow: "2023–2025"')
    .replace(/asOf: [\d-]+/, 'asOf: 2031-04-30');
  expect(yaml).toContain('lastWave: 98');
  expect(yaml).toContain('movingToShort: "BUC"');
  expect(yaml).toContain('lastWaveOpened: "2031-03"');
  expect(yaml).toContain('flow: "2023–2025"');
  writeFileSync(file, yaml);
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build of the changed copy failed:\n${result.stdout}\n${result.stderr}`);
  built = true;
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the program-status fact drives every status notice', () => {
  const expectId = ['Gelombang 98', 'Maret 2031', 'Badan Uji Coba', '2023–2025', '30 April 2031'];
  const expectEn = ['wave 98', 'March 2031', 'the Test Agency', '2023–2025', '30 April 2031'];

  it('home, the start of modules 1–3, the kiosk, the display loop, the take-home card and every session plan follow it', () => {
    expect(built).toBe(true);
    const [, akun, pelatihan, saldo] = moduleDirs();
    const places: [string, string[]][] = [
      ['', expectId],
      ['en', expectEn],
      ...[akun!, pelatihan!, saldo!].flatMap((m): [string, string[]][] => [
        [`modul/${m.replace(/^\d+-/, '')}/${firstLesson(m)}`, expectId],
        [`en/module/${m.replace(/^\d+-/, '')}/${firstLesson(m)}`, expectEn],
      ]),
      ['kios', expectId],
      ['en/kiosk', expectEn],
      ['pelatih/kartu-pulang', expectId],
      ['en/trainer/take-home-cards', expectEn],
      ...moduleDirs().flatMap((m): [string, string[]][] => [
        [`pelatih/${m.replace(/^\d+-/, '')}`, expectId],
        [`en/trainer/${m.replace(/^\d+-/, '')}`, expectEn],
      ]),
    ];
    for (const [path, words] of places) {
      const html = page(path);
      expect(html, path).toContain('data-program-status');
      for (const w of words) expect(html, `${path}: ${w}`).toContain(w);
    }
    // The display loop's status slides (short: the last wave, the agency and flow; no date line needed).
    for (const [path, words] of [
      ['kios/tayang', ['Gelombang 98', 'Maret 2031', 'dipindahkan ke BUC', '2023–2025']],
      ['en/kiosk/display', ['wave 98', 'March 2031', 'moving to BUC', '2023–2025']],
    ] as const) {
      const html = page(path);
      expect(html, path).toContain('data-kind="status"');
      for (const w of words) expect(html, `${path}: ${w}`).toContain(w);
    }
  });

  it('no page anywhere still names the old last wave (nothing repeats the status by hand)', () => {
    expect(built).toBe(true);
    const stale: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.html')) {
          // A source's own title or address may name a wave ("… daftar gelombang 71 tahun 2024"): that is a citation.
          const html = readFileSync(p, 'utf8').replace(
            /<span class="source-title"[^>]*>[^<]*<\/span>|<code class="source-url"[^>]*>[^<]*<\/code>/g,
            '',
          );
          if (/gelombang 71\b|wave 71\b/i.test(html)) stale.push(relative(dir, p));
        }
      }
    };
    walk(join(dir, 'dist'));
    expect(stale).toEqual([]);
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
  });
});
