/**
 * Reads the trainers' session plans (content/sessions/<locale>/<NN>-<module>.mdx) straight from disk and validates
 * each with the schema the build uses, like content-files.ts does for lessons, so
 * `npx vitest run tests/unit/sessions` checks a plan in seconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { sessionSchema, type SessionData } from '../../src/schemas/session';
import { ROOT } from './content-files';

export interface SessionFile {
  /** Path-derived id, like the collection's: "id/01-akun". */
  id: string;
  locale: string;
  /** The module's file name without extension, e.g. "01-akun" (the same as content/modules/<locale>/01-akun.yaml). */
  module: string;
  data: SessionData;
  /** The MDX body as written (placeholders escaped as `\{\{fact-id\}\}`). */
  body: string;
  /** Path of the file from the repository root, for messages. */
  filePath: string;
}

export interface SessionLoad {
  sessions: SessionFile[];
  /** Read and schema problems, each "file: field: message". */
  problems: string[];
}

const visible = (name: string) => !name.startsWith('_');

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext) && visible(d.name))
    .map((d) => d.name)
    .sort();
}

function locales(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The module names of a locale, from content/modules/<locale>/*.yaml: ["00-kenali", "01-akun", …]. */
export function moduleNames(locale: string, root = ROOT): string[] {
  return files(join(root, 'content', 'modules', locale), '.yaml').map((f) => f.replace(/\.yaml$/, ''));
}

export function loadSessions(root = ROOT): SessionLoad {
  const base = join(root, 'content', 'sessions');
  const sessions: SessionFile[] = [];
  const problems: string[] = [];

  for (const locale of locales(base)) {
    for (const name of files(join(base, locale), '.mdx')) {
      const file = join(base, locale, name);
      const rel = relative(root, file);
      const text = readFileSync(file, 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!m) {
        problems.push(`${rel}: cannot be read: no frontmatter between --- lines`);
        continue;
      }
      let raw: unknown;
      try {
        raw = load(m[1]!);
      } catch (error) {
        problems.push(`${rel}: cannot be read: ${(error as Error).message}`);
        continue;
      }
      const result = sessionSchema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${rel}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
        continue;
      }
      const module = name.replace(/\.mdx$/, '');
      sessions.push({ id: `${locale}/${module}`, locale, module, data: result.data, body: m[2]!, filePath: rel });
    }
  }
  return { sessions, problems };
}

/**
 * Every text of a session with where it sits, for checks that look at all of them: frontmatter strings
 * ("activities.2.what") and the body ("body", with `\{`/`\}` unescaped so placeholders read as in frontmatter).
 */
export function sessionTexts(session: SessionFile): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i)));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(session.data, '');
  out.push({ path: 'body', text: unescapeBraces(session.body) });
  return out;
}

/**
 * A body's facts as placeholders, so the same checks apply to frontmatter and body: `<Fact id="situs-resmi" />`
 * (how an MDX body names a fact) and `\{\{situs-resmi\}\}` both become `{{situs-resmi}}`.
 */
function unescapeBraces(mdx: string): string {
  return mdx.replace(/<Fact id="([a-z0-9-]+)" \/>/g, '{{$1}}').replace(/\\([{}])/g, '$1');
}
