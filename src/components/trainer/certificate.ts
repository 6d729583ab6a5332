/** The certificate page: shows what is left, or the certificate with the typed name and today's date. */
import { progress } from '../../stores/progress';
import { savedName, rememberName, forgetName } from '../../stores/certificate';
import { unfinished } from '../../lib/progress/summary';
import type { Outline } from '../../lib/lessons/order';

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
  const locale = document.documentElement.lang === 'en' ? 'en-GB' : 'id-ID';
  const date = cert.querySelector<HTMLElement>('[data-cert-date]')!;
  date.textContent = (date.dataset.template ?? '{date}').replace('{date}', new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date()));

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
