/**
 * The progress page's "Pindahkan progres" section: export as QR + code, import from a typed code or from a QR
 * code's URL fragment (#kode=… / #code=…). Nothing changes until the learner confirms; then the code's progress
 * is merged (never lowering a score) and the fragment is removed from the address.
 */
import { progress } from '../../stores/progress';
import { importProgress } from '../../stores/progress-import';
import {
  decodeProgressCode,
  encodeProgressCode,
  formatProgressCode,
  codeFragment,
  readCodeFragment,
} from '../../lib/progress/code';
import { importSummary } from '../../lib/progress/merge';
import { hasNoEntries, type Progress } from '../../lib/progress/schema';
import { routes } from '../../i18n/routes';
import { drawQr, publicUrl } from '../qr/qr';
import { fillPlaceholders } from '../../i18n/fill';

type Text = Record<string, string>;

export function startTransfer() {
  const section = document.querySelector<HTMLElement>('[data-transfer]');
  if (!section) return;
  const text = JSON.parse(section.dataset.text ?? '{}') as Text;
  const locale = document.documentElement.lang === 'en' ? 'en' : 'id';
  const $ = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-transfer-${name}]`)!;
  const show = $<HTMLButtonElement>('show');
  const out = $('out');
  const input = $<HTMLInputElement>('input');
  const error = $('error');
  const confirm = $('confirm');
  const done = $('done');
  let pending: Progress | null = null;

  // ---- export ----
  const render = async () => {
    const p = progress.get();
    const empty = hasNoEntries(p);
    $('empty').hidden = !empty;
    $('has').hidden = empty;
    if (empty) return;
    const code = encodeProgressCode(p);
    $('code').textContent = formatProgressCode(code);
    await drawQr($('qr'), publicUrl(`${routes.progress(locale)}${codeFragment(code, locale)}`), text.qrLabel ?? '');
  };
  show.addEventListener('click', () => {
    const open = out.hidden;
    out.hidden = !open;
    show.setAttribute('aria-expanded', String(open));
    if (open) void render();
  });
  progress.listen(() => {
    if (!out.hidden) void render();
  });
  $('copy').addEventListener('click', () => {
    navigator.clipboard.writeText($('code').textContent ?? '').then(
      () => ($('copied').textContent = text.copied ?? ''),
      // No clipboard (insecure context, permission): the code stays on screen to copy by hand.
      () => {},
    );
  });

  // ---- import ----
  const clearFragment = () => {
    if (readCodeFragment(location.hash) !== null)
      history.replaceState(history.state, '', location.pathname + location.search);
  };
  const fail = (message: string) => {
    pending = null;
    confirm.hidden = true;
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
  };
  const check = (raw: string, fromLink: boolean) => {
    done.hidden = true;
    const result = decodeProgressCode(raw);
    if (!result.ok) {
      fail(text[`error.${result.error}`] ?? text['error.content'] ?? '');
      if (fromLink) input.focus();
      return;
    }
    const summary = importSummary(result.progress);
    if (hasNoEntries(result.progress)) {
      fail(text.nothing ?? '');
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    pending = result.progress;
    $('summary').textContent = fillPlaceholders(text['confirm.body'] ?? '', { ...summary });
    confirm.hidden = false;
    confirm.focus();
    confirm.scrollIntoView({ block: 'center' });
  };
  section.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    check(input.value, false);
  });
  $('yes').addEventListener('click', () => {
    if (pending) importProgress(pending);
    pending = null;
    confirm.hidden = true;
    input.value = '';
    clearFragment();
    done.hidden = false;
    done.focus?.();
  });
  $('no').addEventListener('click', () => {
    pending = null;
    confirm.hidden = true;
    clearFragment();
    input.focus();
  });

  const openLink = () => {
    const fromLink = readCodeFragment(location.hash);
    if (fromLink === null) return;
    input.value = formatProgressCode(fromLink.replace(/[^0-9A-Za-z]/g, '').toUpperCase());
    check(fromLink, true);
  };
  openLink();
  // A code link opened while this page is already open (same-document navigation) asks the same way.
  window.addEventListener('hashchange', openLink);
}
