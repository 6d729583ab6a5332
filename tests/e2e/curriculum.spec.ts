/**
 * The full curriculum: the new question types answered by keyboard alone, and glossary links from lessons.
 */
import { expect, test } from '@playwright/test';
import { answerWithKeyboard, catalog, quizFor, tabTo } from './helpers';
import type { Question } from '../../src/schemas/quiz';

const lessons = catalog.modules.flatMap((m) => m.lessons);
function firstQuizWith(type: Question['type']) {
  for (const lesson of lessons) {
    const questions = quizFor(lesson.id, 'id');
    const index = questions.findIndex((q) => q.type === type);
    if (index >= 0) return { lesson, questions, index };
  }
  throw new Error(`no lesson quiz has a ${type} question`);
}

for (const type of ['match', 'scam'] as const) {
  test(`a ${type} question is answered by keyboard alone, and a wrong answer is explained`, async ({ page }) => {
    const { lesson, questions, index } = firstQuizWith(type);
    await page.goto(`/modul/${lesson.id}/kuis/`);
    // Reach the question by answering the ones before it (right).
    for (let i = 0; i < index; i++) {
      await answerWithKeyboard(page, questions[i]!, true, { true: 'Benar', false: 'Salah', up: /^Naik/ });
      await page.getByRole('button', { name: 'Pertanyaan berikutnya' }).click();
    }
    const question = questions[index]!;
    await expect(page.locator('#quiz-question')).toHaveText(question.prompt);
    await answerWithKeyboard(page, question, true, { true: 'Benar', false: 'Salah', up: /^Naik/ });
    await expect(page.locator('.feedback h3')).toHaveText(/Benar!/);
    if (question.type === 'scam') {
      // Every red flag of every fake mock-up is highlighted and explained.
      const flags = question.items.flatMap((i) => i.flags);
      for (const flag of flags)
        await expect(page.locator('.mockup-why mark', { hasText: flag.text }).first()).toBeVisible();
    }
    // Retry the same question wrongly: the explanation shows what was wrong.
    await page.reload();
    for (let i = 0; i < index; i++) {
      await answerWithKeyboard(page, questions[i]!, true, { true: 'Benar', false: 'Salah', up: /^Naik/ });
      await page.getByRole('button', { name: 'Pertanyaan berikutnya' }).click();
    }
    await answerWithKeyboard(page, question, false, { true: 'Benar', false: 'Salah', up: /^Naik/ });
    await expect(page.locator('.feedback h3')).toHaveText(/Belum tepat/);
    await expect(page.locator('.feedback')).toContainText('✗');
  });
}

test('a glossary term in a lesson links to its meaning', async ({ page }) => {
  // Find a step with a term link by opening lessons until one has it.
  for (const l of lessons) {
    await page.goto(`/modul/${l.id}/`);
    const term = page.locator('a.term').first();
    if ((await term.count()) === 0) continue;
    const href = (await term.getAttribute('href'))!;
    const id = href.split('#')[1]!;
    const step = await term.evaluate((el) => el.closest('section.step')!.id);
    await page.goto(`/modul/${l.id}/#${step}`);
    await tabTo(page, page.locator(`#${step} a.term`).first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/istilah/#${id}$`));
    const entry = page.locator(`#${id}`);
    await expect(entry).toBeVisible();
    await expect(entry.locator('dd')).toContainText(catalog.glossary.find((g) => g.id === id)!.text.id.meaning);
    return;
  }
  throw new Error(`no lesson links a glossary term (checked ${lessons.length} lessons)`);
});
