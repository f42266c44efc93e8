// What the facets cannot tell: both sides quote, and the quoted words differ; or the claims as a whole tell
// different things. Both read the embeddings' closeness of the group (closeness.ts), which is a blunt measure
// (a static model matches words, not paraphrase), so these findings are soft, and only the clearest are made.
import type { Claim, Discrepancy } from '../../types';
import { quotesOf } from '../group/closeness';
import { confidenceFor, type Comparer } from '../group/context';

/** Quoted words this far apart (cosine) are other words, when the claims around them are close. */
const QUOTE_CEILING = 0.05;
const CLAIMS_FLOOR = 0.35;
/**
 * Or: quoted words not close to each other (below the loose ceiling) that a claim elsewhere in the other article
 * fits this much better than the group's own: the quote is what the other side says at another point.
 */
const LOOSE_QUOTE_CEILING = 0.3;
const ELSEWHERE_MARGIN = 0.2;
const QUOTE_BASE = 0.45;
/** Claims this far apart, aligned without the support of their neighbours, may not tell the same thing. */
const MEANING_CEILING = 0.15;
const MEANING_BASE = 0.35;

export const compareQuotes: Comparer = (group, say) => {
  const close = group.closeness;
  if (close?.quotes === undefined) return [];
  const apart = close.quotes <= QUOTE_CEILING && close.claims >= CLAIMS_FLOOR;
  const elsewhere = close.quotes < LOOSE_QUOTE_CEILING && (close.quoteElsewhere ?? -1) > ELSEWHERE_MARGIN;
  if (!apart && !elsewhere) return [];
  const [l] = located(group.left);
  const [r] = located(group.right);
  if (!l || !r) return [];
  return [
    {
      kind: 'quote',
      left: { claim: l.claim.id, text: l.span.text, start: l.span.start, end: l.span.end },
      right: { claim: r.claim.id, text: r.span.text, start: r.span.start, end: r.span.end },
      confidence: confidenceFor(group, QUOTE_BASE),
      message: say.quote(l.span, r.span),
    },
  ];
};

export const compareMeaning: Comparer = (group, say) => {
  const close = group.closeness;
  if (!close || close.claims > MEANING_CEILING || group.inSequence || group.related) return [];
  // Paired below the threshold (a gap filled, a one-sentence input): the pairing itself is the doubt, not a claim.
  if (group.score < group.threshold) return [];
  // A pair the alignment barely took: where the facets found nothing, the words themselves disagree.
  const [l, r] = [group.left[0], group.right[0]];
  const sure = group.score >= group.threshold + 0.6 ? 1 : 0.8;
  return [
    {
      kind: 'meaning',
      left: { claim: l.id, text: l.text, start: l.start, end: l.end },
      right: { claim: r.id, text: r.text, start: r.start, end: r.end },
      confidence: Math.round(confidenceFor(group, MEANING_BASE) * sure * 100) / 100,
      message: say.meaning(l, r),
    },
  ];
};

/**
 * The group's quotations with the claim each opens in; a quotation that runs on into the next claim is cut at the
 * end of its first, so the span a report highlights lies in one claim.
 */
function located(claims: Claim[]) {
  return quotesOf(claims).flatMap((q) => {
    const claim = claims.find((c) => c.start <= q.start && q.start < c.end);
    if (!claim) return [];
    const end = Math.min(q.end, claim.end);
    const text = claim.text.slice(q.start - claim.start, end - claim.start);
    return [{ claim, span: { text, start: q.start, end } }];
  });
}
