/**
 * The progress page's "Progres lama" card: shown when copies of progress were kept aside on this device (by this
 * or an older build). When they hold something the current progress lacks, "Pulihkan progres lama" merges it in
 * (nothing is lowered). The copies are deleted only when the learner asks, after a confirmation.
 */
import { progress } from '../../stores/progress';
import { asideAddsTo, asideKeys, deleteAsideCopies, restoreAside } from '../../stores/progress-import';

export function startAsideOffer() {
  const card = document.querySelector<HTMLElement>('[data-aside]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-aside-dialog]');
  const done = document.querySelector<HTMLElement>('[data-aside-done]');
  if (!card || !dialog || !done) return;
  const $ = (name: string) => card.querySelector<HTMLElement>(`[data-aside-${name}]`)!;
  const say = (message: string) => {
    done.textContent = message;
    done.hidden = false;
    done.focus();
  };

  const render = () => {
    const any = asideKeys().length > 0;
    const adds = any && asideAddsTo(progress.get());
    card.hidden = !any;
    $('found').hidden = !adds;
    $('restore').hidden = !adds;
    $('kept').hidden = adds;
  };
  progress.subscribe(render);

  $('restore').addEventListener('click', () => {
    restoreAside();
    say(dialog.dataset.done ?? '');
  });
  $('delete').addEventListener('click', () => {
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'yes') return;
    deleteAsideCopies();
    render();
    say(dialog.dataset.deleted ?? '');
  });
}
