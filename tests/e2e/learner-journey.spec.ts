/**
 * A newcomer on a 360 px phone, keyboard only: starts, reads lesson 1, passes its quiz, comes back and continues.
 */
import { expect, test } from '@playwright/test';
import { answerWithKeyboard, catalog, checkFor, quizFor, tabTo, watchOutsideRequests } from './helpers';

const first = catalog.modules[0]!.lessons[0]!;
const second = catalog.modules[0]!.lessons[1]!;
const steps = first.text.id.steps.length;

test('a newcomer completes lesson 1 by keyboard, passes the quiz, and "Lanjutkan" opens the right step', async ({
  page,
  baseURL,
}) => {
  const outside = watchOutsideRequests(page, baseURL!);
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Mulai belajar' });
  await expect(start).toBeVisible();

  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/modul/${first.id}/#langkah-1$`));
  await expect(page.getByText(`Langkah 1 dari ${steps}`)).toBeVisible();

  for (let n = 2; n <= steps; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#langkah-${n}$`));
    const heading = page.locator(`#langkah-${n}-title`);
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(first.text.id.steps[n - 1]!.title);
    await expect(page.locator('[data-announce]')).toHaveText(`Langkah ${n} dari ${steps}`);
    // Only the current step is on screen.
    await expect(page.locator('section.step:visible')).toHaveCount(1);
  }
  // "Lanjut" becomes "Kerjakan kuis" on the last step.
  const toQuiz = page.locator('[data-next]');
  await expect(toQuiz).toHaveText(/Kerjakan kuis/);
  await tabTo(page, toQuiz);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/modul/${first.id}/kuis/$`));

  const questions = quizFor(first.id, 'id');
  for (const [i, question] of questions.entries()) {
    await expect(page.getByText(`Pertanyaan ${i + 1} dari ${questions.length}`)).toBeVisible();
    await expect(page.locator('#quiz-question')).toHaveText(question.prompt);
    await answerWithKeyboard(page, question, true, { true: 'Benar', false: 'Salah', up: /^Naik/ });
    await expect(page.locator('.feedback h3')).toHaveText(/Benar!/);
    const go = page.getByRole('button', { name: i === questions.length - 1 ? 'Lihat hasil' : 'Pertanyaan berikutnya' });
    await tabTo(page, go);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('#quiz-result')).toBeFocused();
  await expect(page.getByText(`Benar ${questions.length} dari ${questions.length} (100%)`)).toBeVisible();
  await expect(page.getByText('Anda lulus')).toBeVisible();

  await page.reload();
  await page.goto('/');
  const lesson1 = page.locator(`[data-lesson="${first.id}"]`);
  await expect(lesson1).toHaveAttribute('data-state', 'done');
  await expect(lesson1).toContainText('Selesai');
  await expect(page.locator('[data-overall]')).not.toHaveText('Progres Anda: 0%');
  const resume = page.getByRole('link', { name: 'Lanjutkan' });
  await expect(resume).toHaveAttribute('href', `/modul/${second.id}/#langkah-1`);
  await tabTo(page, resume);
  await page.keyboard.press('Enter');
  await expect(page.locator('#langkah-1-title')).toBeVisible();
  await expect(page.locator('#langkah-1-title')).toHaveText(second.text.id.steps[0]!.title);
  expect(outside).toEqual([]);
});

test('"Lanjutkan" returns to the exact step where the learner stopped, and reload keeps it', async ({ page }) => {
  await page.goto(`/modul/${first.id}/#langkah-1`);
  await page.getByRole('link', { name: 'Lanjut', exact: true }).click();
  await page.getByRole('link', { name: 'Lanjut', exact: true }).click();
  await expect(page).toHaveURL(/#langkah-3$/);
  await page.reload();
  await expect(page.locator('#langkah-3')).toBeVisible();
  await expect(page.getByText(`Langkah 3 dari ${steps}`)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#langkah-2$/);
  await expect(page.locator('#langkah-2')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Lanjutkan' })).toHaveAttribute('href', `/modul/${first.id}/#langkah-2`);
  await expect(page.getByText(`Terakhir: ${first.text.id.title}, Langkah 2`)).toBeVisible();
});

test('switching to English mid-lesson stays on the same step', async ({ page }) => {
  await page.goto(`/modul/${first.id}/#langkah-3`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/module/${first.id}/#step-3$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#step-3-title')).toBeVisible();
  await expect(page.locator('#step-3-title')).toHaveText(first.text.en.steps[2]!.title);
  await expect(page.getByText(`Step 3 of ${steps}`)).toBeVisible();
  await page.getByRole('link', { name: 'Next', exact: true }).click();
  await page.getByRole('link', { name: 'Indonesia' }).click();
  await expect(page).toHaveURL(new RegExp(`/modul/${first.id}/#langkah-4$`));
  await expect(page.locator('#langkah-4-title')).toBeVisible();
});

test('a wrong answer shows its reason and a link back to the step that teaches it', async ({ page }) => {
  await page.goto(`/modul/${first.id}/kuis/`);
  const question = quizFor(first.id, 'id')[0]!;
  if (question.type !== 'single') throw new Error('expected the first question to be single choice');
  const wrong = question.options.find((o) => !o.correct)!;
  await page.getByRole('radio', { name: wrong.text }).check();
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  const feedback = page.locator('.feedback');
  await expect(feedback).toContainText('Belum tepat.');
  await expect(feedback).toContainText(wrong.why);
  await expect(feedback).toContainText(question.options.find((o) => o.correct)!.why);
  const back = feedback.getByRole('link', { name: new RegExp(`Pelajari lagi: .*langkah ${question.step}`) });
  await expect(back).toHaveAttribute('href', `/modul/${first.id}/#langkah-${question.step}`);
  await back.click();
  await expect(page.locator(`#langkah-${question.step}-title`)).toBeVisible();
});

test('failing, then retrying with shuffled options, keeps the best score', async ({ page }) => {
  await page.goto(`/modul/${first.id}/kuis/`);
  const questions = quizFor(first.id, 'id');
  for (const [i, q] of questions.entries()) {
    await answerWithKeyboard(page, q, i !== 0, { true: 'Benar', false: 'Salah', up: /^Naik/ });
    await page
      .getByRole('button', { name: i === questions.length - 1 ? 'Lihat hasil' : 'Pertanyaan berikutnya' })
      .click();
  }
  const expected = Math.floor(((questions.length - 1) * 100) / questions.length);
  await expect(page.getByText(`(${expected}%)`)).toBeVisible();
  await expect(page.getByText(expected >= 80 ? 'Anda lulus' : 'Belum lulus')).toBeVisible();
  await page.getByRole('button', { name: 'Ulangi kuis' }).click();
  await expect(page.locator('#quiz-question')).toBeFocused();
  await expect(page.getByText(`Pertanyaan 1 dari ${questions.length}`)).toBeVisible();
  await page.goto('/progres/');
  await expect(page.locator(`[data-progress-row="${first.id}"] [data-col="quiz"]`)).toHaveText(`${expected}%`);
  await expect(page.locator(`[data-progress-row="${first.id}"] [data-col="attempts"]`)).toHaveText('1');
});

test('a module check (10 questions, at least four types, in English) is answered by keyboard and its score is kept', async ({
  page,
}) => {
  const m = catalog.modules.find((x) => x.id === 'akun')!;
  await page.goto(`/en/module/${m.id}/check/`);
  const questions = checkFor(m.id, 'en');
  expect(questions).toHaveLength(10);
  expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
  for (const [i, question] of questions.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
    await answerWithKeyboard(page, question, i !== 9, { true: 'True', false: 'False', up: /^Up/ });
    await expect(page.locator('.feedback h3')).toHaveText(i !== 9 ? /Right!/ : /Not quite\./);
    const link = page.locator('.feedback a');
    await expect(link).toHaveAttribute('href', `/en/module/${m.id}/${question.lesson}/#step-${question.step}`);
    await page.getByRole('button', { name: i === 9 ? 'See results' : 'Next question' }).click();
  }
  await expect(page.getByText('9 of 10 right (90%)')).toBeVisible();
  await expect(page.getByText('You passed')).toBeVisible();
  await page.goto('/en/');
  await expect(page.locator(`[data-check="${m.id}"]`)).toContainText('Passed (90%)');
});
