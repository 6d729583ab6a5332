/**
 * The storage notice (StorageNotice.astro): says when progress can't be saved, when stored progress was partly
 * unreadable and kept aside, or when a newer version of the site saved progress (this page then only reads it,
 * and offers to reload).
 */
import { storageHealth } from '../../stores/storage';
import { progressNotice } from '../../stores/progress';

type Reason = 'newer' | 'unavailable' | 'reset';

export function startStorageNotice() {
  const box = document.querySelector<HTMLElement>('[data-storage-notice]');
  if (!box) return;
  const text = box.querySelector('p')!;
  const reload = box.querySelector<HTMLButtonElement>('[data-reload]');
  const dismissed = new Set<Reason>();
  let shown: Reason | null = null;
  const show = () => {
    // Most important first: a newer version's data can only be kept safe by reloading.
    const reason: Reason | null =
      progressNotice.get() === 'newer'
        ? 'newer'
        : storageHealth.get() === 'unavailable'
          ? 'unavailable'
          : progressNotice.get();
    if (!reason || dismissed.has(reason) || reason === shown) return;
    shown = reason;
    text.textContent = box.dataset[reason] ?? '';
    if (reload) reload.hidden = reason !== 'newer';
    box.hidden = false;
  };
  storageHealth.subscribe(show);
  progressNotice.subscribe(show);
  reload?.addEventListener('click', () => location.reload());
  box.querySelector('[data-close]')?.addEventListener('click', () => {
    if (shown) dismissed.add(shown);
    shown = null;
    box.hidden = true;
  });
}
