// What a group's word alignment (align/words.ts) tells the comparers: which words of a facet the other side renders,
// and how well the rest of the group is rendered word for word.
import { coverage, LINK_FLOOR, type WordAlignment } from '../../align/words';
import { overlaps } from '../../keys/spans';
import { holdsValue, type ClaimWord } from '../../keys/words';
import type { Span } from '../../types';

type Side = 'left' | 'right';
const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** A link this strong says the two words translate each other (names unrelated score near 0, translations near 1). */
export const RENDERS = 0.5;

/**
 * The rest of a group rendered this well word for word (restCoverage) says the two sides tell one thing: it proves
 * the pairing for a replaced name or an added negation, even where the margin cannot (a one-sentence input).
 */
export const PROVES_PAIRING = 0.5;

const inside = (w: { start: number; end: number }, span: Span) => w.start >= span.start && w.end <= span.end;

/** The words of the other side linked to words of `span` on `side`, with the links' scores. */
export function renderingOf(words: WordAlignment, side: Side, span: Span): Array<{ word: ClaimWord; score: number }> {
  const out: Array<{ word: ClaimWord; score: number }> = [];
  for (const link of words.links) {
    const mine = words[side][link[side]];
    if (inside(mine, span)) out.push({ word: words[other(side)][link[other(side)]], score: link.score });
  }
  return out;
}

/** A word that may be a name's: capitalised, or a number. */
const capitalised = (w: ClaimWord) => /^[\p{Lu}\p{N}]/u.test(w.text);
/** The link of word `k` of `side`, if it has one. */
const linkOf = (words: WordAlignment, side: Side, k: number) => words.links.find((l) => l[side] === k);

/**
 * The indexes of the capitalised words of a name on `side`: the words overlapping the name's span ('Holts' of
 * 'Gary Holt', the genitive left outside).
 */
function capitalisedOf(words: WordAlignment, side: Side, name: Span): number[] {
  return words[side].flatMap((w, k) => (overlaps(w, name) && capitalised(w) ? [k] : []));
}

/**
 * Whether two names, `a` on `side` and `b` on the other, render each other: a word of one translates a word of
 * the other, and no capitalised word of either is left unexplained. A word is explained by a counterpart inside the
 * other name, by a counterpart that belongs to no name there and translates it ('Vesten' / 'the West') or is the
 * article of both ('Den Demokratiske Republik' / 'The Democratic Republic'), or by lying close to a word of the
 * other name (a compound: 'Filmskolen' / 'Film School'). 'Keaghan Jacobs' / 'Keaghan Okafor' share a word, but
 * 'Jacobs' is left alone: two people.
 */
export function rendersEachOther(
  words: WordAlignment,
  side: Side,
  a: Span,
  b: Span,
  names: { left: readonly Span[]; right: readonly Span[] },
): boolean {
  if (!renderingOf(words, side, a).some(({ word, score }) => score >= RENDERS && inside(word, b))) return false;
  const explained = (from: Side, own: Span, target: Span) => {
    const to = other(from);
    const wordExplained = (k: number) => {
      const link = linkOf(words, from, k);
      if (link) {
        const there = words[to][link[to]];
        if (inside(there, target)) return true;
        // A word of the name the other side writes as a common word: a translation ('Vesten' / 'the West'), or the
        // article some names begin with ('Den' / 'The').
        const article = words[from][k].text.length <= 3 && there.text.length <= 3;
        if (!names[to].some((n) => inside(there, n)) && (link.score >= RENDERS || article)) return true;
      }
      const near = words.nearest[from][k];
      return near.index >= 0 && near.score >= RENDERS && inside(words[to][near.index], target);
    };
    return capitalisedOf(words, from, own).every(wordExplained);
  };
  return explained(side, a, b) && explained(other(side), b, a);
}

/** Whether any word of `span` on `side` has a counterpart at all. */
export function hasCounterpart(words: WordAlignment, side: Side, span: Span): boolean {
  return renderingOf(words, side, span).length > 0;
}


const rests = new WeakMap<WordAlignment, number>();

/**
 * How well the group's two sides render each other word for word, names, numbers and dates left out: the
 * weighted share of words with a counterpart, on the side that has the fewer. Undefined without word alignment.
 */
export function restCoverage(group: { words?: WordAlignment }): number | undefined {
  const words = group.words;
  if (!words) return undefined;
  let rest = rests.get(words);
  if (rest === undefined) {
    // Names, numbers and dates are left out: what a replaced one leaves without a counterpart is the comparers'
    // to weigh.
    rest = Math.min(coverage(words, 'left', holdsValue), coverage(words, 'right', holdsValue));
    rests.set(words, rest);
  }
  return rest;
}

/**
 * Whether the other side writes a name of `side` as common words: every capitalised word of the name translates a
 * word there that is part of no name ('Jorden' / 'the earth', 'TYVE' / 'thieves').
 */
export function writtenAsCommon(words: WordAlignment, side: Side, name: Span, otherNames: readonly Span[]): boolean {
  const to = other(side);
  const ks = capitalisedOf(words, side, name);
  return ks.length > 0 && ks.every((k) => {
    const link = linkOf(words, side, k);
    return link !== undefined && link.score >= RENDERS && !otherNames.some((n) => inside(words[to][link[to]], n));
  });
}

/**
 * Whether every capitalised word of a name has its counterpart inside some name of the other side: the two sides
 * cut their names differently ('Retsmedicineren i East Baton Rouge Parish' / 'East Baton Rouge Parish Coroner'), and
 * nothing is missing. A word of the name left without a counterpart ('Jacobs' of 'Keaghan Jacobs') says otherwise.
 */
export function coveredByNames(words: WordAlignment, side: Side, name: Span, otherNames: readonly Span[]): boolean {
  const to = other(side);
  const ks = capitalisedOf(words, side, name);
  return ks.length > 0 && ks.every((k) => {
    const c = words.counterpart[side][k];
    return c >= 0 && otherNames.some((n) => inside(words[to][c], n));
  });
}

/**
 * The share of the words around `span` on `side` (`window` each side of it, within the side's words) that have a
 * counterpart, or a likeliest match on the other side as close as a link must be (a word whose match was taken by
 * another is rendered all the same); 0 when the span holds no word or nothing stands around it.
 */
export function renderedAround(words: WordAlignment, side: Side, span: Span, window: number): number {
  const list = words[side];
  const first = list.findIndex((w) => overlaps(w, span));
  if (first < 0) return 0;
  let last = first;
  while (last + 1 < list.length && list[last + 1].start < span.end) last++;
  const around = [];
  for (let k = Math.max(0, first - window); k < first; k++) around.push(k);
  for (let k = last + 1; k <= Math.min(list.length - 1, last + window); k++) around.push(k);
  if (around.length === 0) return 0;
  const rendered = (k: number) => words.counterpart[side][k] >= 0 || words.nearest[side][k].score >= LINK_FLOOR;
  return around.filter(rendered).length / around.length;
}

/** How many words past the rendered neighbour the plain word may stand. */
const HOLE_REACH = 2;

/** A word that could be the common noun a name stands for ('landet', 'the area'): lower case, no facet of its own. */
const plainWord = (w: ClaimWord) =>
  /^\p{Ll}/u.test(w.text) && w.text.length >= 3 && !holdsValue(w);

/**
 * The word of the other side that stands where a name of `side` stands, when that name has no counterpart at all:
 * a neighbour of the name renders a word of the other side, and the word next to that one, on the same hand, has no
 * counterpart and is a plain word ('in Glasgow' / 'i området'). Undefined when the name has a counterpart or
 * anything like one, or the other side has no such hole.
 */
export function wordInPlaceOf(words: WordAlignment, side: Side, name: Span): ClaimWord | undefined {
  const to = other(side);
  const own = words[side];
  const inName = own.flatMap((w, k) => (overlaps(w, name) ? [k] : []));
  if (inName.length === 0) return undefined;
  if (inName.some((k) => words.counterpart[side][k] >= 0 || words.nearest[side][k].score >= RENDERS)) return undefined;
  // The hole may sit one short word further ('around Boston' / 'rundt om landsbyen'), all of it without counterparts.
  const hole = (k: number, step: 1 | -1) => {
    const link = k >= 0 && k < own.length ? words.counterpart[side][k] : -1;
    if (link < 0) return undefined;
    for (let j = link + step, n = 0; n < HOLE_REACH && j >= 0 && j < words[to].length; j += step, n++) {
      if (words.counterpart[to][j] >= 0) return undefined;
      if (plainWord(words[to][j])) return words[to][j];
    }
    return undefined;
  };
  return hole(inName[0] - 1, 1) ?? hole(inName[inName.length - 1] + 1, -1);
}
