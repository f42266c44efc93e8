// Polarity of aligned claims: one side says something happened, the other that it did not.
import type { Claim, Discrepancy, DiscrepancySide } from '../../types';
import { claimsAround, confidenceFor, type Comparer } from '../group/context';

/** Negation detection misses idioms and scope often enough that a finding is a lead of moderate weight. */
const BASE_CONFIDENCE = 0.5;

export const compareNegation: Comparer = (group, say) => {
  const leftNegated = group.left.find((c) => c.facets.negated);
  const rightNegated = group.right.find((c) => c.facets.negated);
  if (Boolean(leftNegated) === Boolean(rightNegated)) return [];
  const negatedOnLeft = leftNegated !== undefined;
  const negated = (leftNegated ?? rightNegated)!;
  const plain = negatedOnLeft ? group.right[0] : group.left[0];
  // A negator anywhere on the plain side (a quotation, a subordinate clause, another clause of the same
  // sentence, an unaligned claim beside) means the two detections most likely disagree on scope, not on what
  // happened.
  const plainSide = negatedOnLeft ? 'right' : 'left';
  const plainClaims = claimsAround(group, plainSide);
  if (claimsAround(group, plainSide, true).some((c) => c.facets.negators?.length)) return [];
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
