/**
 * The display mode's tips as the page shows them (build time only): content/kiosk/<locale>/tips.yaml checked
 * against the course (the lesson and step exist; only address and label facts are used) and with facts filled in.
 * A broken rule fails the build with a message naming the file and the tip.
 */
import { getEntry } from 'astro:content';
import { getCatalog } from '../../../data/catalog';
import { FACT_PLACEHOLDER, fillFacts } from '../../../lib/content/format-fact';
import { slideOrder } from '../../../lib/kiosk/slides';
import type { KioskTip } from '../../../schemas/kiosk-tip';
import type { Locale } from '../../../i18n';

export interface DisplayTip extends KioskTip {
  /** The text with `{{fact}}` placeholders filled in. */
  shown: string;
  lessonTitle: string;
  stepTitle: string;
}

export interface DisplayTips {
  /** Every tip once, in file order (the list without JavaScript). */
  tips: DisplayTip[];
  /** The loop, as indexes into `tips`: a safety tip on every third slide. */
  order: number[];
}

export async function loadDisplayTips(locale: Locale): Promise<DisplayTips> {
  const file = `content/kiosk/${locale}/tips.yaml`;
  const entry = await getEntry('kioskTips', `${locale}/tips`);
  if (!entry) throw new Error(`${file} is missing`);
  const catalog = await getCatalog();
  const lessons = new Map(catalog.modules.flatMap((m) => m.lessons).map((l) => [l.id, l]));
  const problems: string[] = [];
  const tips = entry.data.tips.map((tip): DisplayTip => {
    const lesson = lessons.get(tip.lesson)?.text[locale];
    if (!lesson) problems.push(`${tip.id}: no lesson "${tip.lesson}"`);
    else if (!lesson.steps[tip.step - 1])
      problems.push(`${tip.id}: lesson "${tip.lesson}" has only ${lesson.steps.length} steps`);
    for (const [, id] of tip.text.matchAll(FACT_PLACEHOLDER)) {
      const fact = catalog.facts[id!];
      if (!fact) problems.push(`${tip.id}: {{${id}}} — no such fact in content/facts/`);
      else if (fact.kind !== 'text' && fact.kind !== 'label')
        problems.push(`${tip.id}: {{${id}}} is a ${fact.kind}; tips carry no amounts or counts`);
    }
    return {
      ...tip,
      shown: problems.length ? tip.text : fillFacts(tip.text, catalog.facts, locale),
      lessonTitle: lesson?.title ?? '',
      stepTitle: lesson?.steps[tip.step - 1]?.title ?? '',
    };
  });
  if (problems.length) throw new Error(`${file}:\n  - ${problems.join('\n  - ')}`);
  const index = new Map(tips.map((t, i) => [t, i]));
  return { tips, order: slideOrder(tips).map((t) => index.get(t)!) };
}
