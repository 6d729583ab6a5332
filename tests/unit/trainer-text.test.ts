import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/content-files';
import { buildCatalog } from '../../src/lib/content/catalog';
import { hasTrainerText, trainerText } from '../../src/components/trainer/text';

describe('trainer texts', () => {
  const catalog = buildCatalog(loadContent().input);
  it('give every module of the course its own "next step for real" on the take-home card', () => {
    for (const m of catalog.modules) expect(hasTrainerText(`take.next.${m.id}`), m.id).toBe(true);
  });
  it('fill {site} in both languages', () => {
    for (const locale of ['id', 'en'] as const)
      expect(trainerText(locale)('take.next.akun', { site: 'www.prakerja.go.id' })).toContain('www.prakerja.go.id');
    expect(hasTrainerText('take.next.tidak-ada')).toBe(false);
  });
});
