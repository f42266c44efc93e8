// The word layer of a claim: one language-blind cut into words and marks, made once when the claim is analysed and
// kept beside it in memory, each word tagged with the facets it belongs to. The facet stage reads the cut; the
// comparers read the tagged words (a claim read back from JSON is cut again here, from its text and facets).
import type { Claim, Span } from '../types';
import { foldName } from './fold';
import type { Token } from './token';

// Dotted acronyms (U.S., U.N.'s, N.F.L without its last dot), then words with inner hyphens/apostrophes
// (Jong-un, O'Brien, didn't) and an optional possessive apostrophe (Mattis'), then any other single non-space
// character.
const ACRONYM = String.raw`(?:\p{Lu}\.){2,}(?:\p{Lu}(?![\p{L}\p{N}]))?(?:['’]s\b)?`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:['’](?![\p{L}\p{N}]))?`;
const TOKEN = new RegExp(`${ACRONYM}|${WORD}|[^\\s\\p{L}\\p{M}\\p{N}]`, 'gu');

/** A claim's text cut into word and punctuation tokens, offsets into that text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (typeof text !== 'string') return tokens;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0][0]) });
  }
  return tokens;
}

/** What a word of a claim is part of, as the facet stage found it. */
export type WordTag = 'time' | 'number' | 'entity' | 'role' | 'negator' | 'implicit-negator' | 'saying' | 'quoted' | 'speaker';

/** A token of a claim with article offsets, its folded form (keys/fold.ts) and its tags. */
export interface ClaimWord extends Token {
  folded: string;
  tags: readonly WordTag[];
}

/** A word of a name, a number or a date: a value the comparers weigh on their own, word alignment aside. */
export function holdsValue(w: ClaimWord): boolean {
  return w.tags.includes('entity') || w.tags.includes('number') || w.tags.includes('time');
}

const cuts = new WeakMap<object, Token[]>();

/** Keeps the cut the analysis made of a claim, so that later stages read the same tokens. */
export function rememberTokens(claim: object, tokens: Token[]): void {
  cuts.set(claim, tokens);
}

const layers = new WeakMap<object, ClaimWord[]>();

/** The claim's words, tagged: from the cut the analysis kept, or cut again from the claim's text. */
export function wordsOf(claim: Claim): ClaimWord[] {
  let words = layers.get(claim);
  if (!words) {
    words = tagWords(claim, cuts.get(claim) ?? tokenize(claim.text));
    layers.set(claim, words);
  }
  return words;
}

function tagWords(claim: Claim, tokens: Token[]): ClaimWord[] {
  const f = claim.facets;
  const spans: Array<[WordTag, readonly Span[] | undefined]> = [
    ['time', f.times],
    ['number', f.numbers],
    ['entity', f.entities],
    ['role', f.roles],
    // A negator the pack reads as part of an idiom is still a negating word to render.
    ['negator', [...(f.negators ?? []), ...(f.negatingIdioms ?? []).map((i) => i.negator)]],
    ['implicit-negator', f.implicitNegators],
    ['saying', f.sayings],
    ['quoted', f.quotes],
    ['speaker', claim.attribution?.speaker ? [claim.attribution.speaker] : undefined],
  ];
  return tokens.map((t) => {
    const start = claim.start + t.start;
    const end = claim.start + t.end;
    const tags = spans.filter(([, list]) => list?.some((s) => s.start < end && start < s.end)).map(([tag]) => tag);
    return { ...t, start, end, folded: t.word ? foldName(t.text) : t.text, tags };
  });
}

/**
 * Whether the claim writes a word that begins with `stem`, folded as keys/fold.ts folds ('lavrov' in "Lavrov's",
 * 'ejaria' in 'Ejarias'); a stem of several words must be written word for word, its last word begun.
 */
export function writesWordStart(claim: Claim, stem: string): boolean {
  const parts = wordsOf(claim).flatMap((w) => (w.word ? w.folded.split(' ') : []));
  const wanted = stem.split(' ');
  const last = wanted.length - 1;
  return parts.some((_, k) => wanted.every((w, j) => (j === last ? (parts[k + j] ?? '').startsWith(w) : parts[k + j] === w)));
}

/** Quotation marks of any language. */
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„']);

/** Whether the claim holds a quotation mark. */
export function hasQuoteMark(claim: Claim): boolean {
  return wordsOf(claim).some((w) => !w.word && QUOTE_MARKS.has(w.text));
}
