// Lines that are not claims: credit lines, bylines, photo captions, link lists and other page furniture.
import type { TextRules } from './rules';
import { containsWordStart } from './words';

/** Closing punctuation, possibly followed by closing quotes or brackets. */
const CLOSED = /[.!?…]["'”’»«)\]]*$/u;
/** `/ritzau/`, `/ritzau/AFP`: the Danish wire credit. */
const SLASH_CREDIT = /^\/[\p{L}\p{N} .&-]{1,40}\/[\p{L}\p{N} .&-]{0,40}$/u;
/** `(Reuters)`, `(AP)`: a credit alone on its line. */
const BRACKET_CREDIT = /^\([\p{L}\p{N} .&/-]{1,40}\)$/u;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/iu;
/** `WASHINGTON (Reuters) - `, `VIENNA, Dec 7 (AP) — `: a dateline before the first sentence. */
const DATELINE = /^[\p{Lu}][\p{L}\p{N} .,'’-]{0,60}\([\p{L}\p{N} .&/-]{1,40}\)\s*[-–—:]\s*/u;
/** A wire credit left at the end of a sentence, from its first slash: `… i gang. /ritzau/`. */
const TRAILING_CREDIT = /^\/[\p{L}\p{N} .&-]{1,40}\/[\p{L}\p{N} .&-]{0,40}$/u;
/** The longest such credit: two slashes and two runs of 40. */
const CREDIT_LENGTH = 82;

export function endsClosed(text: string): boolean {
  return CLOSED.test(text.trimEnd());
}

/** Whether a sentence is a credit line, a byline or page furniture rather than a claim. */
export function isFurniture(text: string, rules: TextRules): boolean {
  const line = text.trim();
  if (SLASH_CREDIT.test(line) || BRACKET_CREDIT.test(line) || COPYRIGHT.test(line)) return true;
  if (startsWithAny(line, rules.creditCues) || isListHeader(line, rules)) return true;
  return startsWithAny(line, rules.bylineCues) && !endsClosed(line) && line.split(/\s+/).length <= 8;
}

/** Whether a sentence belongs to a photo caption ('is pictured', 'Foto: …'). */
export function isCaption(text: string, rules: TextRules): boolean {
  return containsWordStart(text, rules.captionCues) && !containsWordStart(text, rules.captionExceptions);
}

/** `Related Articles`, `Læs også:`: the lines after it without closing punctuation are links. */
export function isListHeader(text: string, rules: TextRules): boolean {
  return startsWithAny(text.trim(), rules.furniture);
}

/** How many characters of a dateline or credit open the sentence (0 when none). */
export function leadingCreditLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** How many characters of a wire credit close the sentence (0 when none). */
export function trailingCreditLength(text: string): number {
  // Only the last characters can hold one: looked for there, after white space, the leftmost first (a search over
  // the whole text would start at every space of it).
  for (let at = Math.max(1, text.length - CREDIT_LENGTH); at < text.length; at++) {
    if (text[at] !== '/' || !/\s/.test(text[at - 1]) || !TRAILING_CREDIT.test(text.slice(at))) continue;
    let from = at;
    while (from > 0 && /\s/.test(text[from - 1])) from--;
    return text.length - from;
  }
  return 0;
}

function startsWithAny(line: string, cues: readonly string[]): boolean {
  const lower = line.toLowerCase();
  return cues.some((cue) => {
    const c = cue.toLowerCase();
    return lower.startsWith(c) && !/[\p{L}\p{N}]/u.test(lower.charAt(c.length));
  });
}
