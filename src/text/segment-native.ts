// The native segmenter: sentencex, where its prebuilt binary is installed. Its offsets count code points, not
// UTF-16 units, so they are mapped back; long paragraphs go in pieces cut at sentence ends. It panics on some
// inputs and then prints a Rust backtrace on stderr before the error reaches us: a paragraph that holds the
// known trigger is never handed to it (the caller splits it with the portable segmenter instead).
import { nativeSentencex } from './native-sentencex';
import type { Range } from './sentence-repairs';

/** sentencex cuts long input into blocks mid-word; we hand it pieces cut at sentence ends instead. */
const CHUNK = 5000;

// sentencex's sentence terminators (its list: Unicode's STerm and ATerm), and the marks that close its quotations.
const TERMINATORS = String.raw`!.?\u0589\u061d-\u061f\u06d4\u0700-\u0702\u07f9\u0837\u0839\u083d\u083e\u0964\u0965\u104a\u104b\u1362\u1367\u1368\u166e\u1735\u1736\u1803\u1809\u1944\u1945\u1aa8-\u1aab\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d\u1b7e\u1c3b\u1c3c\u1c7e\u1c7f\u2024\u203c\u203d\u2047-\u2049\u2e2e\u2e3c\u2e53\u2e54\u3002\ua4ff\ua60e\ua60f\ua6f3\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9\uaa5d-\uaa5f\uaaf0\uaaf1\uabeb\ufe52\ufe56\ufe57\uff01\uff0e\uff1f\uff61\u{10a56}\u{10a57}\u{10f55}-\u{10f59}\u{10f86}-\u{10f89}\u{11047}\u{11048}\u{110be}-\u{110c1}\u{11141}-\u{11143}\u{111c5}\u{111c6}\u{111cd}\u{111de}\u{111df}\u{11238}\u{11239}\u{1123b}\u{1123c}\u{112a9}\u{1144b}\u{1144c}\u{115c2}\u{115c3}\u{115c9}-\u{115d7}\u{11641}\u{11642}\u{1173c}-\u{1173e}\u{11944}\u{11946}\u{11a42}\u{11a43}\u{11a9b}\u{11a9c}\u{11c41}\u{11c42}\u{11ef7}\u{11ef8}\u{11f43}\u{11f44}\u{16a6e}\u{16a6f}\u{16af5}\u{16b37}\u{16b38}\u{16b44}\u{16e98}\u{1bc9f}\u{1da88}`;
const CLOSERS = String.raw`"'\u00bb\u2019\u201a\u201d\u201b\u201c\u201f\u203a\u300b\u300d`;
/**
 * Its panic: a quotation closed after a sentence end, then a run of spaces and terminators that holds two sentence
 * ends ('He said ".". . Then', 'Han råbte "Stop!".. Så'). It moves the end of the quoted sentence past the next one, then
 * slices backwards. Found by fuzzing version 1.0.17 with over two million generated inputs: every panic matched.
 */
const PANIC_TRIGGER = new RegExp(
  String.raw`[${CLOSERS}]\s*[${TERMINATORS}](?:[${TERMINATORS}]+\s|\s+[${TERMINATORS}])`,
  'u',
);

/** Whether sentencex is known to panic on this text. */
export function triggersNativePanic(text: string): boolean {
  return PANIC_TRIGGER.test(text);
}

/**
 * sentencex's sentences of text[start, end) as UTF-16 ranges; undefined where its binary is missing, the paragraph
 * holds its panic trigger, or it fails.
 */
export function segmentNative(text: string, start: number, end: number, code: string): Range[] | undefined {
  const findBoundaries = nativeSentencex();
  if (!findBoundaries || triggersNativePanic(text.slice(start, end))) return undefined;
  const out: Range[] = [];
  let from = start;
  while (from < end) {
    const cut = end - from > CHUNK ? chunkEnd(text, from, from + CHUNK) : end;
    const ranges = segmentChunk(findBoundaries, text, from, cut, code);
    if (!ranges) return undefined;
    out.push(...ranges);
    from = cut;
  }
  return out;
}

/** The last sentence end (else space) in text[from, limit), so a chunk never ends mid-sentence if it can help it. */
function chunkEnd(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  let cut = -1;
  for (const m of window.matchAll(/[.!?…]["'”»«’)]*\s+/gu)) cut = m.index + m[0].length;
  if (cut <= 0) cut = window.search(/\s\S*$/u) + 1;
  if (cut <= 0) cut = window.length - (/[\ud800-\udbff]/.test(window[window.length - 1]) ? 1 : 0);
  return from + Math.max(cut, 1);
}

function segmentChunk(
  findBoundaries: NonNullable<ReturnType<typeof nativeSentencex>>,
  text: string,
  start: number,
  end: number,
  code: string,
): Range[] | undefined {
  // Same length as the slice, so offsets survive: carriage returns become spaces or line feeds.
  const part = text.slice(start, end).replace(/\r(\n?)/g, (_s, lf: string) => (lf ? ' \n' : '\n'));
  let bounds: { start_index: number; end_index: number; text: string }[];
  try {
    bounds = findBoundaries(code, part);
  } catch {
    return undefined;
  }
  const units = codePointOffsets(part);
  const out: Range[] = [];
  let cursor = 0;
  for (const b of bounds) {
    let s = units[b.start_index];
    let e = units[b.end_index];
    if (s === undefined || e === undefined || part.slice(s, e) !== b.text) {
      // Offsets disagree with the text sentencex returned: find that text instead.
      const found = part.indexOf(b.text, cursor);
      if (found < 0) return undefined;
      s = found;
      e = found + b.text.length;
    }
    if (e > s) out.push([s + start, e + start]);
    cursor = e;
  }
  if (out.length === 0) out.push([start, end]);
  return out;
}

/** UTF-16 offset of every code point index (and of the end). */
function codePointOffsets(s: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  for (const ch of s) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return offsets;
}
