// Plain-text layout helpers for the terminal report: safe text, word wrapping, padding.

/** A word of a wrapped line and its offset in the text it came from (for highlighting spans). */
export interface Word {
  text: string;
  start: number;
}

// C0/C1 controls, DEL and bidi overrides: an article must not move the cursor, recolour or reorder the terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces control characters with spaces, one for one, so offsets into the text still hold. */
export function safeText(text: string): string {
  return String(text ?? '').replace(UNSAFE, ' ');
}

/** Width of a string in terminal columns, roughly: code points, not counting combining marks. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch)) width++;
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Greedy word wrap of `text` (made safe first) into lines of at most `width` columns.
 * Words longer than a line are cut. Returns lines as words with their offsets in `text`.
 */
export function wrapWords(text: string, width: number): Word[][] {
  const clean = safeText(text);
  const max = Math.max(1, Math.floor(width));
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const match of clean.matchAll(/\S+/g)) {
    for (const word of cutWord(match[0], match.index ?? 0, max)) {
      const w = displayWidth(word.text);
      if (line.length > 0 && used + 1 + w > max) {
        lines.push(line);
        line = [];
        used = 0;
      }
      used += (line.length > 0 ? 1 : 0) + w;
      line.push(word);
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Wraps text into plain lines (no offsets); an empty text gives one empty line. */
export function wrapText(text: string, width: number): string[] {
  const lines = wrapWords(text, width).map((words) => words.map((w) => w.text).join(' '));
  return lines.length > 0 ? lines : [''];
}

function cutWord(text: string, start: number, max: number): Word[] {
  if (displayWidth(text) <= max) return [{ text, start }];
  const pieces: Word[] = [];
  let piece = '';
  let pieceStart = start;
  let offset = start;
  for (const ch of text) {
    if (displayWidth(piece + ch) > max) {
      pieces.push({ text: piece, start: pieceStart });
      piece = '';
      pieceStart = offset;
    }
    piece += ch;
    offset += ch.length;
  }
  if (piece) pieces.push({ text: piece, start: pieceStart });
  return pieces;
}

/** Confidence or score with two decimals ('0.86'); a missing or odd value shows as '–'. */
export function formatScore(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : '–';
}
