/** The certificate page: shows what is left, or the certificate with the typed name and today's date. */
import { progress } from '../../stores/progress';
import { savedName, rememberName, forgetName } from '../../stores/certificate';
import { unfinished } from '../../lib/progress/summary';
import type { Outline } from '../../lib/lessons/order';
import { fillPlaceholders } from '../../i18n/fill';

export function startCertificate() {
  const cert = document.querySelector<HTMLElement>('[data-certificate]');
  const form = document.querySelector<HTMLFormElement>('[data-cert-form]');
  const notYet = document.querySelector<HTMLElement>('[data-cert-not-yet]');
  if (!cert || !form || !notYet) return;
  const outline = JSON.parse(cert.dataset.outline ?? '{"modules":[]}') as Outline;
  const titles = JSON.parse(cert.dataset.titles ?? '{}') as Record<string, string>;
  const input = form.querySelector<HTMLInputElement>('[data-cert-name]')!;
  const remember = form.querySelector<HTMLInputElement>('[data-cert-remember]')!;
  const shown = cert.querySelector<HTMLElement>('[data-cert-shown-name]')!;
  const date = cert.querySelector<HTMLElement>('[data-cert-date]')!;
  // The page gives the Intl tag (i18n/format.ts) so this script needs no table of languages.
  const today = new Intl.DateTimeFormat(date.dataset.intlLocale, { dateStyle: 'long' }).format(new Date());
  date.textContent = fillPlaceholders(date.dataset.template ?? '{date}', { date: today });

  const stored = savedName.get();
  if (stored) {
    input.value = stored;
    remember.checked = true;
  }
  const showName = () => (shown.textContent = input.value.trim() || (cert.dataset.noName ?? ''));
  input.addEventListener('input', showName);
  showName();

  progress.subscribe((p) => {
    const left = unfinished(p, outline);
    const done = left.lessons.length === 0 && left.checks.length === 0;
    notYet.hidden = done;
    form.hidden = !done;
    cert.hidden = !done;
    const list = notYet.querySelector('[data-cert-left-list]')!;
    list.replaceChildren(
      ...[...left.lessons, ...left.checks].map((id) => {
        const li = document.createElement('li');
        li.textContent = titles[id] ?? id;
        return li;
      }),
    );
    notYet.querySelector<HTMLElement>('[data-cert-left]')!.hidden = done;
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (remember.checked && input.value.trim()) rememberName(input.value);
    else forgetName();
    window.print();
  });
  remember.addEventListener('change', () => {
    if (!remember.checked) forgetName();
  });
}
