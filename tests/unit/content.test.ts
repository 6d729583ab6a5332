/**
 * The real curriculum in content/ is valid: every file passes its schema and the cross-file rules hold.
 * Content writers: `npx vitest run tests/unit/content` checks your files in seconds.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content-files';
import { buildCatalog, ContentError } from '../../src/lib/content/catalog';

describe('content/', () => {
  const { input, problems } = loadContent();

  it('every file passes its schema', () => {
    expect(problems).toEqual([]);
  });

  it('the files fit together (twins, facts, figures, quiz links)', () => {
    let catalogProblems: string[] = [];
    try {
      buildCatalog(input);
    } catch (error) {
      if (error instanceof ContentError) catalogProblems = error.problems;
      else throw error;
    }
    expect(catalogProblems).toEqual([]);
  });

  it('has at least one complete module with a module check', () => {
    const catalog = buildCatalog(input);
    expect(catalog.modules.length).toBeGreaterThan(0);
    for (const m of catalog.modules) {
      expect(m.lessons.length).toBeGreaterThan(0);
      expect(m.check, `module ${m.id} has a module check`).not.toBeNull();
    }
  });
});
