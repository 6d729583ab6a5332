/**
 * The header's text-size control (TextSize.astro). The browser opens and closes its panel by itself (popover); what
 * the panel does — mark the current size, apply and save a chosen one — loads the first time it opens
 * (./text-size-panel.ts), so pages don't carry the settings store until someone asks for it.
 */
export function startTextSize() {
  const panel = document.querySelector<HTMLElement>('[data-text-size]');
  let ready: Promise<(opened: boolean) => void> | undefined;
  panel?.addEventListener('toggle', (event) => {
    ready ??= import('./text-size-panel').then((m) => m.attachPanel(panel));
    void ready.then((onToggle) => onToggle(event.newState === 'open'));
  });
}
