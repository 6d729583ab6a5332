/**
 * Small DOM helpers for the kiosk's full-screen dialogs. Built with the DOM API (no innerHTML, no inline styles:
 * the Content-Security-Policy allows neither). Native <dialog> with showModal(): focus stays inside, the rest of
 * the page is inert for touch, keyboard and screen readers.
 */
let counter = 0;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: className }, [label]);
  b.addEventListener('click', onClick);
  return b;
}

export interface KioskDialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  /** A property, not a method: callers pass it on as a callback (`button(…, close)`). */
  close: () => void;
}

/**
 * Opens a modal dialog titled `title`; `onCancel` runs on Escape. The dialog removes itself when closed.
 * `kind` becomes a class (kiosk-idle, kiosk-phone, …) for its look and for tests.
 */
export function openDialog(kind: string, title: string, onCancel?: () => void): KioskDialog {
  const titleId = `kiosk-dialog-${++counter}`;
  const body = el('div', { class: 'kiosk-dialog-body' });
  const dialog = el('dialog', { class: `kiosk-dialog ${kind}`, 'aria-labelledby': titleId }, [
    el('h2', { id: titleId }, [title]),
    body,
  ]);
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    if (onCancel) onCancel();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  queueMicrotask(() => {
    if (dialog.isConnected && !dialog.open) dialog.showModal();
  });
  return { dialog, body, close: () => (dialog.open ? dialog.close() : dialog.remove()) };
}

/** Closes every open kiosk dialog. */
export function closeAll() {
  for (const d of document.querySelectorAll<HTMLDialogElement>('dialog.kiosk-dialog')) {
    if (d.open) d.close();
    else d.remove();
  }
}
