// Polarity of aligned claims: one side says something happened, the other that it did not.
import type { Claim, Discrepancy, DiscrepancySide, Span } from '../../types';
import { claimsAround, confidenceFor, type AlignedGroup, type Comparer } from '../group/context';
import type { Messages } from '../messages/en';
import type { WordAlignment } from '../../align/words';
import { renderingOf, restCoverage } from '../group/words';

/** Negation detection misses idioms and scope often enough that a finding is a lead of moderate weight. */
const BASE_CONFIDENCE = 0.5;

export const compareNegation: Comparer = (group, say) => {
  const leftNegated = group.left.find((c) => c.facets.negated);
  const rightNegated = group.right.find((c) => c.facets.negated);
  if (Boolean(leftNegated) === Boolean(rightNegated)) return negatorByNegator(group, say);
  const negatedOnLeft = leftNegated !== undefined;
  const negated = (leftNegated ?? rightNegated)!;
  const plain = negatedOnLeft ? group.right[0] : group.left[0];
  // A negator anywhere on the plain side (a quotation, a subordinate clause, another clause of the same
  // sentence, an unaligned claim beside) means the two detections most likely disagree on scope, not on what
  // happened.
  const plainSide = negatedOnLeft ? 'right' : 'left';
  const plainClaims = claimsAround(group, plainSide);
  // Their counts and the words they render still tell a negation added to a clause ('I don't expect that they will
  // not support' / 'Jeg forventer ikke, at de vil støtte').
  if (claimsAround(group, plainSide, true).some((c) => c.facets.negators?.length)) return negatorByNegator(group, say);
  // 'uden', 'declined', 'unclear' may be the translator's rendering of the other side's negator. Such words that
  // both sides hold render each other ('homeless' / 'hjemløse'; 'not impossible' against 'umuligt' is a real flip),
  // so the plain side must hold more of them.
  const negatedClaims = claimsAround(group, negatedOnLeft ? 'left' : 'right');
  if (implicitCount(plainClaims) > implicitCount(negatedClaims)) return [];
  const negatedSide = negatorSide(negated);
  const stated: DiscrepancySide = { claim: plain.id, text: plain.text, start: plain.start, end: plain.end, value: false };
  return [
    {
      kind: 'negation',
      left: negatedOnLeft ? negatedSide : stated,
      right: negatedOnLeft ? stated : negatedSide,
      confidence: confidenceFor(group, BASE_CONFIDENCE),
      message: say.negation(negatedOnLeft ? 'left' : 'right', negatedSide),
    },
  ];
};

/** The negating word of a negated claim, or the whole claim when no single word can be pointed at. */
function negatorSide(claim: Claim): DiscrepancySide {
  const cue = claim.facets.negators?.[0];
  const span = cue ?? claim;
  return { claim: claim.id, text: span.text, start: span.start, end: span.end, value: true };
}

/** How many words and phrases in the claims negate by meaning. */
function implicitCount(claims: Claim[]): number {
  return claims.reduce((n, c) => n + (c.facets.implicitNegators?.length ?? 0), 0);
}

/** A link this strong renders the negating word, whether or not the language pack lists its counterpart ('No' / 'Nej'). */
const SAME_WORD = 0.8;

/**
 * The words around a negating word (half of those this many each side) must have counterparts: a negation added to a clause rendered word for word ('who was not associated' / 'som var
 * tilknyttet'), not a clause the translator rephrased ('kunne ikke følge med' / 'were overwhelmed').
 */
const WINDOW = 2;
const LOCAL_CORROBORATE = 0.5;

/** The share of the words around `span` (`window` each side, within the side's words) that have a counterpart. */
function localCoverage(words: WordAlignment, side: 'left' | 'right', span: Span, window: number): number {
  const list = words[side];
  const first = list.findIndex((w) => w.start < span.end && span.start < w.end);
  if (first < 0) return 0;
  let last = first;
  while (last + 1 < list.length && list[last + 1].start < span.end) last++;
  const around = [];
  for (let k = Math.max(0, first - window); k < first; k++) around.push(k);
  for (let k = last + 1; k <= Math.min(list.length - 1, last + window); k++) around.push(k);
  if (around.length === 0) return 0;
  return around.filter((k) => words.counterpart[side][k] >= 0).length / around.length;
}

/** The rest of a group rendered this well word for word says the two sides tell one thing, clause by clause. */
const WORDS_CORROBORATE = 0.5;
/** A pairing the article vouches for (a strong margin, aligned neighbours) needs less of it. */
const WORDS_WITH_CONTEXT = 0.3;
const STRONG_MARGIN = 0.3;

/**
 * Negation in any clause, read word by word: a negating word the other side does not render with a negating word
 * of its own ('…, som ikke var tilknyttet' / '…, who was associated'), where that side has fewer negating words in
 * all and no more words that negate by meaning, and the rest of the group is rendered word for word. The main
 * statements' polarity may agree all the while.
 */
function negatorByNegator(group: AlignedGroup, say: Messages): Discrepancy[] {
  const words = group.words;
  const vouched = group.inSequence || group.score >= group.threshold + STRONG_MARGIN;
  if (!words || (restCoverage(group) ?? 0) < (vouched ? WORDS_WITH_CONTEXT : WORDS_CORROBORATE)) return [];
  const unrendered = (side: 'left' | 'right') =>
    group[side].flatMap((claim) =>
      (claim.facets.negators ?? [])
        .filter((n) => !renderingOf(words, side, n).some(({ word, score }) => score >= SAME_WORD || word.tags.includes('negator') || word.tags.includes('implicit-negator')))
        .filter((n) => localCoverage(words, side, n, WINDOW) >= LOCAL_CORROBORATE)
        .map((n) => ({ claim, negator: n })),
    );
  const count = (claims: Claim[], pick: (c: Claim) => Span[] | undefined) => claims.reduce((n, c) => n + (pick(c)?.length ?? 0), 0);
  const lone = { left: unrendered('left'), right: unrendered('right') };
  if ((lone.left.length > 0) === (lone.right.length > 0)) return [];
  const negatedSide = lone.left.length > 0 ? 'left' : 'right';
  const plainSide = negatedSide === 'left' ? 'right' : 'left';
  const plain = claimsAround(group, plainSide, true);
  const negated = claimsAround(group, negatedSide);
  if (count(plain, (c) => c.facets.negators) >= count(negated, (c) => c.facets.negators)) return [];
  if (count(plain, (c) => c.facets.implicitNegators) > count(negated, (c) => c.facets.implicitNegators)) return [];
  const { claim, negator } = lone[negatedSide][0];
  const cue: DiscrepancySide = { claim: claim.id, text: negator.text, start: negator.start, end: negator.end, value: true };
  const other = group[plainSide][0];
  const stated: DiscrepancySide = { claim: other.id, text: other.text, start: other.start, end: other.end, value: false };
  return [
    {
      kind: 'negation',
      left: negatedSide === 'left' ? cue : stated,
      right: negatedSide === 'left' ? stated : cue,
      confidence: confidenceFor(group, BASE_CONFIDENCE),
      message: say.negation(negatedSide, cue),
    },
  ];
}
