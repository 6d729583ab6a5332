/**
 * Splits text into sentences for read-aloud. Pure, no DOM. Browsers stop long utterances (Chrome desktop after
 * about 15 s), so text is spoken one sentence at a time, and very long sentences are cut at a comma or a space.
 * Each sentence keeps its place in the original text (start, end) so the page can highlight it.
 */

export interface Sentence {
  /** The sentence with whitespace collapsed and list markers left out, ready to speak. */
  text: string;
  /** Where it starts and ends in the original text (end exclusive). */
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence (lower case, without the final dot). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'cf',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'no',
  'nos',
  'tel',
  'approx',
  'st',
  'jl',
  'jln',
  'kab',
  'kec',
  'kel',
  'yth',
  'sdr',
  'bpk',
  'ibu',
  'tgl',
  'hlm',
  'mis',
  'ybs',
  'a.n',
  'u.p',
  's.d',
  'rp',
]);
/** Sentence-final punctuation, then any closing quotes or brackets. */
const END = /[.!?…]+["'”’»)\]]*/y;
/** A list marker at the start of a line: "-", "*", "•", "1." or "1)". */
const MARKER = /[ \t]*(?:[-*•▪◦]|\d{1,2}[.)])[ \t]+/y;
/** The longest utterance we send in one piece (characters). */
export const MAX_LENGTH = 200;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();

/** The word just before position `i` (the dot), e.g. "dll" or "e.g". */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

/** Does the sentence end with the punctuation run text[i..k)? */
function endsHere(text: string, i: number, k: number): boolean {
  if (k < text.length && !isSpace(text[k])) return false; // "Rp3.500.000", "prakerja.go.id", "3.5"
  let n = k;
  while (n < text.length && isSpace(text[n])) n++;
  if (n >= text.length) return true;
  if (isLower(text[n])) return false; // "dll. dan", "e.g. the"
  if (text[i] === '.' && k - i === 1) {
    const word = wordBefore(text, i);
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (/^\p{Lu}$/u.test(word)) return false; // an initial: "A. Yani"
  }
  return true;
}

/** Cuts a too-long piece at the last comma/semicolon/colon before MAX_LENGTH, else at the last space. */
function cutLong(text: string, start: number, end: number, out: Array<[number, number]>) {
  while (end - start > MAX_LENGTH) {
    const piece = text.slice(start, start + MAX_LENGTH);
    let cut = Math.max(piece.lastIndexOf(', '), piece.lastIndexOf('; '), piece.lastIndexOf(': '));
    cut = cut > MAX_LENGTH / 3 ? cut + 1 : piece.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_LENGTH;
    out.push([start, start + cut]);
    start += cut;
  }
  out.push([start, end]);
}

/** Splits `text` into sentences, in order. Empty or blank text gives []. */
export function splitSentences(text: string): Sentence[] {
  const pieces: Array<[number, number]> = [];
  let start = 0;
  const close = (end: number) => {
    if (end > start) cutLong(text, start, end, pieces);
    start = end;
  };
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (lineStart) {
      MARKER.lastIndex = i;
      const m = MARKER.exec(text);
      if (m) {
        close(i);
        i += m[0].length - 1;
        start = i + 1;
        lineStart = false;
        continue;
      }
    }
    if (c === '\n') {
      // A blank line ends a paragraph; a line that starts a list item is handled on the next line.
      lineStart = true;
      if (
        /^\n[ \t]*\n/.test(text.slice(i, i + 40)) ||
        /^\n[ \t]*(?:[-*•▪◦]|\d{1,2}[.)])[ \t]/.test(text.slice(i, i + 8))
      )
        close(i);
      continue;
    }
    if (!isSpace(c)) lineStart = false;
    END.lastIndex = i;
    const m = /[.!?…]/.test(c) ? END.exec(text) : null;
    if (m) {
      const k = i + m[0].length;
      if (endsHere(text, i, k)) close(k);
      i = k - 1;
    }
  }
  close(text.length);
  const sentences: Sentence[] = [];
  for (const [a, b] of pieces) {
    let s = a;
    let e = b;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    const spoken = text.slice(s, e).replace(/\s+/g, ' ');
    if (/[\p{L}\p{N}]/u.test(spoken)) sentences.push({ text: spoken, start: s, end: e });
  }
  return sentences;
}
