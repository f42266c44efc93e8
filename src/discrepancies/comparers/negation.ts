// Polarity of aligned claims: one side says something happened, the other that it did not.
import type { Claim, Discrepancy, DiscrepancySide, Span } from '../../types';
import type { WordAlignment } from '../../align/words';
import { overlaps } from '../../keys/spans';
import { claimsAround, confidenceFor, vouchedByArticle, type AlignedGroup, type Comparer } from '../group/context';
import type { Messages } from '../messages/en';
import { hasCounterpart, PROVES_PAIRING, renderedAround, renderingOf, restCoverage } from '../group/words';

/** Negation detection misses idioms and scope often enough that a finding is a lead of moderate weight. */
const BASE_CONFIDENCE = 0.5;

export const compareNegation: Comparer = (group, say) => {
  const leftNegated = group.left.find((c) => c.facets.negated);
  const rightNegated = group.right.find((c) => c.facets.negated);
  if (Boolean(leftNegated) === Boolean(rightNegated)) return negatorByNegator(group, say);
  const negatedOnLeft = leftNegated !== undefined;
  const negated = (leftNegated ?? rightNegated)!;
  // A negator anywhere on the plain side (a quotation, a subordinate clause, another clause of the same
  // sentence, an unaligned claim beside) means the two detections most likely disagree on scope, not on what
  // happened.
  const [negatedSide, plainSide] = negatedOnLeft ? (['left', 'right'] as const) : (['right', 'left'] as const);
  const plainClaims = claimsAround(group, plainSide);
  // Their counts and the words they render still tell a negation added to a clause ('I don't expect that they will
  // not support' / 'Jeg forventer ikke, at de vil støtte').
  // So does an idiom of the plain side the other side renders word for word with a plain negator ('er ikke sandt' /
  // 'is not true', 'ikke bare' / "didn't just"), but not one the other side leaves out ('not only a problem' /
  // 'ikke et problem').
  const words = group.words;
  const negating = (c: Claim) => c.facets.negators?.length || (words && renderedIdioms(words, plainSide, c).length);
  if (claimsAround(group, plainSide, true).some(negating)) return negatorByNegator(group, say);
  // 'uden', 'declined', 'unclear' may be the translator's rendering of the other side's negator. Such words that
  // both sides hold render each other ('homeless' / 'hjemløse'; 'not impossible' against 'umuligt' is a real flip),
  // so the plain side must hold more of them.
  const negatedClaims = claimsAround(group, negatedSide);
  const implicit = (c: Claim) => c.facets.implicitNegators;
  if (countOf(plainClaims, implicit) > countOf(negatedClaims, implicit)) return [];
  return [finding(group, say, negatedSide, negatorSide(negated))];
};

/**
 * The finding: the negating word (or negated claim) on `negatedSide`, against the other side's first claim of the
 * group, stated without negation.
 */
function finding(group: AlignedGroup, say: Messages, negatedSide: 'left' | 'right', cue: DiscrepancySide): Discrepancy {
  const plain = group[negatedSide === 'left' ? 'right' : 'left'][0];
  const stated: DiscrepancySide = { claim: plain.id, text: plain.text, start: plain.start, end: plain.end, value: false };
  return {
    kind: 'negation',
    left: negatedSide === 'left' ? cue : stated,
    right: negatedSide === 'left' ? stated : cue,
    confidence: confidenceFor(group, BASE_CONFIDENCE),
    message: say.negation(negatedSide, cue),
  };
}

/** The negating word of a negated claim, or the whole claim when no single word can be pointed at. */
function negatorSide(claim: Claim): DiscrepancySide {
  const cue = claim.facets.negators?.[0];
  const span = cue ?? claim;
  return { claim: claim.id, text: span.text, start: span.start, end: span.end, value: true };
}

/** How many spans of one kind the claims hold (negating words, words that negate by meaning). */
function countOf(claims: Claim[], pick: (c: Claim) => Span[] | undefined): number {
  return claims.reduce((n, c) => n + (pick(c)?.length ?? 0), 0);
}

/**
 * The negating words of the claim's idioms ('ikke sandt', 'not only') whose other words all have counterparts: the
 * other side renders the idiom word for word, its negator with it.
 */
function renderedIdioms(words: WordAlignment, side: 'left' | 'right', claim: Claim): Span[] {
  return (claim.facets.negatingIdioms ?? [])
    .filter((idiom) => {
      const rest = words[side].filter((w) => w.word && w.start >= idiom.start && w.end <= idiom.end && !overlaps(w, idiom.negator));
      return rest.length > 0 && rest.every((w) => hasCounterpart(words, side, w));
    })
    .map((idiom) => idiom.negator);
}

/** A link this strong renders the negating word, whether or not the language pack lists its counterpart ('No' / 'Nej'). */
const SAME_WORD = 0.8;

/**
 * The words around a negating word (half of those this many each side) must have counterparts: a negation added to
 * a clause rendered word for word ('who was not associated' / 'som var tilknyttet'), not a clause the translator
 * rephrased ('kunne ikke følge med' / 'were overwhelmed').
 */
const WINDOW = 2;
const LOCAL_CORROBORATE = 0.5;

/** A pairing the articles vouch for (a strong margin, aligned neighbours) needs less of the rest rendered. */
const WORDS_WITH_CONTEXT = 0.3;

/**
 * Negation in any clause, read word by word: a negating word the other side does not render with a negating word
 * of its own ('…, som ikke var tilknyttet' / '…, who was associated'), where that side has fewer negating words in
 * all and no more words that negate by meaning, and the rest of the group is rendered word for word. The main
 * statements' polarity may agree all the while.
 */
function negatorByNegator(group: AlignedGroup, say: Messages): Discrepancy[] {
  const words = group.words;
  if (!words || (restCoverage(group) ?? 0) < (vouchedByArticle(group) ? WORDS_WITH_CONTEXT : PROVES_PAIRING)) return [];
  const rendered = (side: 'left' | 'right', n: Span) =>
    renderingOf(words, side, n).some(
      ({ word, score }) => score >= SAME_WORD || word.tags.includes('negator') || word.tags.includes('implicit-negator'),
    );
  const unrendered = (side: 'left' | 'right') =>
    group[side].flatMap((claim) =>
      (claim.facets.negators ?? [])
        .filter((n) => !rendered(side, n) && renderedAround(words, side, n, WINDOW) >= LOCAL_CORROBORATE)
        .map((n) => ({ claim, negator: n })),
    );
  const lone = { left: unrendered('left'), right: unrendered('right') };
  if ((lone.left.length > 0) === (lone.right.length > 0)) return [];
  const negatedSide = lone.left.length > 0 ? 'left' : 'right';
  const plainSide = negatedSide === 'left' ? 'right' : 'left';
  const plain = claimsAround(group, plainSide, true);
  const negated = claimsAround(group, negatedSide);
  const negating = (side: 'left' | 'right') => (c: Claim) => [...(c.facets.negators ?? []), ...renderedIdioms(words, side, c)];
  if (countOf(plain, negating(plainSide)) >= countOf(negated, negating(negatedSide))) return [];
  if (countOf(plain, (c) => c.facets.implicitNegators) > countOf(negated, (c) => c.facets.implicitNegators)) return [];
  const { claim, negator } = lone[negatedSide][0];
  return [finding(group, say, negatedSide, { claim: claim.id, text: negator.text, start: negator.start, end: negator.end, value: true })];
}
