/** The text-size panel's behaviour, loaded when it first opens: shows the current size and applies a chosen one. */
import { settings, updateSettings } from '../../stores/settings';
import { TEXT_SIZES, type TextSize } from '../../lib/settings';

/** Wires the panel; returns what to do each time it opens or closes. */
export function attachPanel(panel: HTMLElement): (opened: boolean) => void {
  const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button[data-size]')];
  const mark = (size: number) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(Number(b.dataset.size) === size));
  };
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    const size = Number(button.dataset.size);
    if (!(TEXT_SIZES as readonly number[]).includes(size)) return;
    updateSettings({ text: size as TextSize });
    mark(size);
  });
  return (opened) => {
    if (!opened) return;
    mark(settings.get().text);
    (buttons.find((b) => b.getAttribute('aria-pressed') === 'true') ?? buttons[0])?.focus();
  };
}
