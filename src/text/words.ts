// Tokens with offsets, and matching of a pack's word lists (single or multi-word) against them.

import type { Token } from '../keys/token';

export type { Token };

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Tokens of text[start, end). Tokens inside a hidden range collapse into one quote token, so a
 * quotation neither feeds nor splits a phrase.
 */
export function tokenize(text: string, start = 0, end = text.length, hidden: [number, number][] = []): Token[] {
  const out: Token[] = [];
  const part = text.slice(start, end);
  // Tokens come in order: the ranges that begin at or before a token are taken in once, by their start, and the
  // token is hidden when the farthest of their ends reaches past it. Linear however many quotations there are.
  const ranges = [...hidden].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -Infinity;
  for (const m of part.matchAll(TOKEN)) {
    const s = start + m.index;
    const e = s + m[0].length;
    while (next < ranges.length && ranges[next][0] <= s) reach = Math.max(reach, ranges[next++][1]);
    if (e <= reach) {
      const last = out[out.length - 1];
      if (last?.quote) last.end = e;
      else out.push({ text: '"', lower: '"', start: s, end: e, word: false, quote: true });
      continue;
    }
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: s, end: e, word: WORD.test(m[0]) });
  }
  return out;
}

// Pack lists are static: tokenise each entry once, indexed by its first word.
const compiled = new WeakMap<readonly string[], Map<string, string[][]>>();

function entries(list: readonly string[]): Map<string, string[][]> {
  let index = compiled.get(list);
  if (!index) {
    index = new Map();
    for (const e of list) {
      const words = [...e.matchAll(TOKEN)].map((m) => m[0]);
      if (words.length === 0) continue;
      const key = words[0].toLowerCase();
      index.set(key, [...(index.get(key) ?? []), words]);
    }
    compiled.set(list, index);
  }
  return index;
}

/** Length in tokens of the longest entry of list that starts at tokens[i] (0 when none). */
export function matchAt(tokens: Token[], i: number, list: readonly string[], caseSensitive = false): number {
  const first = tokens[i];
  if (!first) return 0;
  let best = 0;
  for (const entry of entries(list).get(first.lower) ?? []) {
    if (entry.length <= best || i + entry.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < entry.length && ok; k++) {
      const t = tokens[i + k];
      ok = caseSensitive ? t.text === entry[k] : t.lower === entry[k].toLowerCase();
    }
    if (ok) best = entry.length;
  }
  return best;
}

// Single phrases matched on their own ('lod', 'quoted by'): tokenised once, kept by their text.
const phrases = new Map<string, readonly string[]>();

/** Length in tokens of `phrase` when it starts at tokens[i] (0 when it does not), in any case. */
export function matchPhrase(tokens: Token[], i: number, phrase: string): number {
  let list = phrases.get(phrase);
  if (!list) {
    list = [phrase];
    phrases.set(phrase, list);
  }
  return matchAt(tokens, i, list);
}

/** Length in tokens of the longest entry of list that ends at tokens[k] (0 when none). */
export function matchEndingAt(tokens: Token[], k: number, list: readonly string[]): number {
  for (let n = 3; n >= 1; n--) if (k - n + 1 >= 0 && matchAt(tokens, k - n + 1, list) === n) return n;
  return 0;
}

/** Whether a single token is in list (single-word entries only). */
export function isIn(token: Token | undefined, list: readonly string[]): boolean {
  return !!token && token.word && matchAt([token], 0, list) === 1;
}

/** A capitalised word: 'Lavrov', 'USA', and names like 'al-Assad'. */
export function isCapitalized(token: Token | undefined): boolean {
  return !!token && token.word && (/^\p{Lu}/u.test(token.text) || /^\p{Ll}+-\p{Lu}/u.test(token.text));
}

/**
 * A title word. Entries starting with '-' may end a compound ('-minister' matches 'udenrigsminister');
 * others match whole words, their plural in -s, or the last part of a hyphenated word ('vice-president').
 */
export function isTitle(token: Token | undefined, titles: readonly string[]): boolean {
  if (!token?.word) return false;
  const lower = token.lower.replace(/[’']s$/, '');
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  return titles.some((t) => {
    const title = t.toLowerCase();
    if (title.startsWith('-')) return lower.endsWith(title.slice(1));
    return last === title || last === `${title}s` || lower === title;
  });
}

/** Whether text ends with one of the abbreviations (which carry their dots), at a word start. */
export function endsWithAbbreviation(text: string, abbreviations: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return abbreviations.some((a) => {
    const abbr = a.toLowerCase();
    if (!lower.endsWith(abbr)) return false;
    const before = lower.charAt(lower.length - abbr.length - 1);
    return before === '' || !/[\p{L}\p{N}.]/u.test(before);
  });
}

/** Whether any entry occurs in text at a word start (case-insensitive): outlet stems, cue phrases. */
export function containsWordStart(text: string, list: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return list.some((entry) => {
    const e = entry.toLowerCase();
    for (let i = lower.indexOf(e); i >= 0; i = lower.indexOf(e, i + 1)) {
      if (i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1])) return true;
    }
    return false;
  });
}
