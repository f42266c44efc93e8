// What a group's word alignment (align/words.ts) tells the comparers: which words of a facet the other side renders,
// and how well the rest of the group is rendered word for word.
import { coverage, type WordAlignment } from '../../align/words';
import type { ClaimWord } from '../../keys/words';
import type { Span } from '../../types';

type Side = 'left' | 'right';
const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** A link this strong says the two words translate each other (names unrelated score near 0, translations near 1). */
export const RENDERS = 0.5;

/** The words of the other side linked to words of `span` on `side`, with the links' scores. */
export function renderingOf(words: WordAlignment, side: Side, span: Span): Array<{ word: ClaimWord; score: number }> {
  const out: Array<{ word: ClaimWord; score: number }> = [];
  for (const link of words.links) {
    const mine = words[side][link[side]];
    if (mine.start >= span.start && mine.end <= span.end) out.push({ word: words[other(side)][link[other(side)]], score: link.score });
  }
  return out;
}

const inside = (w: { start: number; end: number }, span: Span) => w.start >= span.start && w.end <= span.end;
/** A word of a name: it overlaps the name's span ('Holts' of 'Gary Holt', the genitive left outside). */
const partOf = (w: { start: number; end: number }, span: Span) => w.start < span.end && span.start < w.end;

/**
 * Whether two names, `a` on `side` and `b` on the other, render each other: a word of one translates a word of
 * the other, and no capitalised word of either is left unexplained. A word is explained by a counterpart inside the
 * other name, by a counterpart that belongs to no name there and translates it ('Vesten' / 'the West') or is the
 * article of both ('Den Demokratiske Republik' / 'The Democratic Republic'), or by lying close to a word of the other name (a compound: 'Filmskolen' / 'Film School').
 * 'Keaghan Jacobs' / 'Keaghan Okafor' share a word, but 'Jacobs' is left alone: two people.
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
    return words[from].every((w, k) => {
      if (!partOf(w, own) || !/^[\p{Lu}\p{N}]/u.test(w.text)) return true;
      const c = words.counterpart[from][k];
      if (c >= 0) {
        const there = words[to][c];
        if (inside(there, target)) return true;
        // A word of the name the other side writes as a common word: a translation ('Vesten' / 'the West'), or the
        // article some names begin with ('Den' / 'The').
        const score = words.links.find((l) => l[from] === k)?.score ?? 0;
        const article = w.text.length <= 3 && there.text.length <= 3;
        if (!names[to].some((n) => inside(there, n)) && (score >= RENDERS || article)) return true;
      }
      const near = words.nearest[from][k];
      return near.index >= 0 && near.score >= RENDERS && inside(words[to][near.index], target);
    });
  };
  return explained(side, a, b) && explained(other(side), b, a);
}

/** Whether any word of `span` on `side` has a counterpart at all. */
export function hasCounterpart(words: WordAlignment, side: Side, span: Span): boolean {
  return renderingOf(words, side, span).length > 0;
}

/** Words the comparers weigh themselves: what a replaced name or number leaves without a counterpart. */
const weighed = (w: ClaimWord) => w.tags.includes('entity') || w.tags.includes('number') || w.tags.includes('time');

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
    rest = Math.min(coverage(words, 'left', weighed), coverage(words, 'right', weighed));
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
  let some = false;
  for (const [k, w] of words[side].entries()) {
    if (!partOf(w, name) || !/^[\p{Lu}\p{N}]/u.test(w.text)) continue;
    const link = words.links.find((l) => l[side] === k);
    if (!link || link.score < RENDERS) return false;
    const there = words[to][link[to]];
    if (otherNames.some((n) => inside(there, n))) return false;
    some = true;
  }
  return some;
}

/**
 * Whether every capitalised word of a name has its counterpart inside some name of the other side: the two sides
 * cut their names differently ('Retsmedicineren i East Baton Rouge Parish' / 'East Baton Rouge Parish Coroner'), and
 * nothing is missing. A word of the name left without a counterpart ('Jacobs' of 'Keaghan Jacobs') says otherwise.
 */
export function coveredByNames(words: WordAlignment, side: Side, name: Span, otherNames: readonly Span[]): boolean {
  const to = other(side);
  let some = false;
  for (const [k, w] of words[side].entries()) {
    if (!partOf(w, name) || !/^[\p{Lu}\p{N}]/u.test(w.text)) continue;
    const c = words.counterpart[side][k];
    if (c < 0 || !otherNames.some((n) => inside(words[to][c], n))) return false;
    some = true;
  }
  return some;
}
