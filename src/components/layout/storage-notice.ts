/** The storage notice (StorageNotice.astro): says when progress can't be saved, or was unreadable and kept aside. */
import { storageHealth } from '../../stores/storage';
import { progressNotice, progress } from '../../stores/progress';

export function startStorageNotice() {
  const box = document.querySelector<HTMLElement>('[data-storage-notice]');
  if (box) {
    const text = box.querySelector('p')!;
    let dismissed = false;
    const show = () => {
      const reason = storageHealth.get() === 'unavailable' ? 'unavailable' : progressNotice.get();
      if (dismissed || !reason) return;
      text.textContent = box.dataset[reason] ?? '';
      box.hidden = false;
    };
    // Reading progress is what discovers unreadable data; keep the store mounted so it is read on every page.
    progress.subscribe(() => {});
    storageHealth.subscribe(show);
    progressNotice.subscribe(show);
    box.querySelector('[data-close]')?.addEventListener('click', () => {
      dismissed = true;
      box.hidden = true;
    });
  }
}
