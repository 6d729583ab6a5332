/** Red flags in spot-the-scam mock-ups. */

/** A piece of mock-up text, marked when it is red flag number `flag` (0-based) of its item. */
export interface Segment {
  text: string;
  flag?: number;
}

/**
 * Splits a mock-up's text around its red flags so the explanation can highlight each one.
 * @example highlightFlags('Klik bit.ly/x sekarang', ['bit.ly/x']) // [{text:'Klik '},{text:'bit.ly/x',flag:0},{text:' sekarang'}]
 */
export function highlightFlags(text: string, flags: readonly string[]): Segment[] {
  const hits = flags
    .map((f, i) => ({ i, at: f ? text.indexOf(f) : -1, len: f.length }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  let pos = 0;
  for (const h of hits) {
    if (h.at < pos) continue; // overlapping flags: the first one wins
    if (h.at > pos) out.push({ text: text.slice(pos, h.at) });
    out.push({ text: text.slice(h.at, h.at + h.len), flag: h.i });
    pos = h.at + h.len;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
