/**
 * QR codes drawn in the page (lean-qr → inline SVG), for addresses a visitor takes to their own phone. Loaded
 * on demand: the library arrives only when a QR code is first shown, then comes from the offline cache.
 */
import type * as LeanQrCore from 'lean-qr';
import type * as LeanQrSvg from 'lean-qr/extras/svg';

/** The site's public address: the one it was built for (SITE_URL), else where it is served from. */
function publicOrigin(): string {
  const site = import.meta.env.SITE;
  return site ? new URL(site).origin : location.origin;
}

/** An absolute URL on the public site for a path of this site ("/progres/#kode=…"). */
export function publicUrl(path: string): string {
  return new URL(path, publicOrigin()).href;
}

/** What people type: the address without "https://" and without a trailing slash on a bare host. */
export function readableAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^([^/]+)\/$/, '$1');
}

type LeanQr = Pick<typeof LeanQrCore, 'generate' | 'correction'> & Pick<typeof LeanQrSvg, 'toSvg'>;

/**
 * An SVG QR code of `text`, dark on light with the quiet zone the standard asks for, sized by CSS (no width or
 * height of its own). `label` names it for screen readers. For pages that load lean-qr up front (display mode).
 */
export function qrSvg(lib: LeanQr, text: string, label: string): SVGElement {
  const svg = lib.toSvg(lib.generate(text, { minCorrectionLevel: lib.correction.M }), document, {
    on: '#000',
    off: '#fff',
    pad: 4,
  });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}

/** Replaces `target`'s content with a QR code of `text` (see qrSvg), loading lean-qr on first use. */
export async function drawQr(target: HTMLElement, text: string, label: string): Promise<void> {
  const [{ generate, correction }, { toSvg }] = await Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]);
  target.replaceChildren(qrSvg({ generate, correction, toSvg }, text, label));
}
