// How close in content the two sides of each aligned group are, by their embeddings: the claims as a whole, and
// the words both sides quote. The comparers of quotes and of meaning read it; the facets cannot tell them.
import { cosine as exactCosine } from '../../align/similarity';
import type { Alignment, Claim, Span } from '../../types';

export interface Closeness {
  /** Cosine of the two sides' mean claim vectors. */
  claims: number;
  /** Cosine of the two sides' quoted words, when both sides quote. */
  quotes?: number;
  /**
   * When both sides quote: how much better a claim outside the group on the other side fits either side's quoted
   * words than the group's own claims there do (cosine difference; above 0, the words are told elsewhere).
   */
  quoteElsewhere?: number;
}

/** Cosine to three decimals: the closeness is read against thresholds, not ranked. */
const cosine = (a: Float32Array, b: Float32Array) => Math.round(exactCosine(a, b) * 1000) / 1000;

/**
 * A quotation this short ('"ikke særlig god"', a slogan) is a phrase someone used, not what they said, and
 * translators render it freely.
 */
const MIN_QUOTE_WORDS = 5;

/**
 * The quoted passages of a group's claims that are long enough to compare: those that open in one of the claims
 * and close in one of them (a quotation running on into a claim outside the group is not the group's).
 */
export function quotesOf(claims: Claim[]): Span[] {
  const closesIn = (q: Span, sentence: number) =>
    claims.some((d) => d.sentence === sentence && d.start < q.end && q.end <= d.end);
  return claims
    .flatMap((c) => (c.facets.quotes ?? []).filter((q) => closesIn(q, c.sentence)))
    .filter((q) => q.text.split(/\s+/).length >= MIN_QUOTE_WORDS);
}

/** Per alignment, the texts of quotes to embed: both sides' quoted words, joined, when both sides quote. */
export function quotePairs(alignments: Alignment[], left: Claim[], right: Claim[]): Array<[string, string] | undefined> {
  const byId = new Map([...left, ...right].map((c) => [c.id, c]));
  return alignments.map((a) => {
    const l = quotesOf(a.left.map((id) => byId.get(id)!));
    const r = quotesOf(a.right.map((id) => byId.get(id)!));
    return l.length && r.length ? [l.map((q) => q.text).join(' '), r.map((q) => q.text).join(' ')] : undefined;
  });
}

/**
 * The closeness of every alignment. `vectors` are the claims' unit vectors by id (both articles, in text order per
 * side as `sides` lists them); `quoteVectors` the embedded quotePairs, in order, two per pair that has them.
 */
export function measureCloseness(
  alignments: Alignment[],
  vectors: Map<string, Float32Array>,
  quotes: Array<[string, string] | undefined>,
  quoteVectors: Float32Array[],
  sides: { left: string[]; right: string[] } = { left: [], right: [] },
): Closeness[] {
  let next = 0;
  const vectorsOf = (ids: string[]) => ids.map((id) => vectors.get(id)!);
  return alignments.map((a, k) => {
    const own = { left: mean(vectorsOf(a.left)), right: mean(vectorsOf(a.right)) };
    const claims = cosine(own.left, own.right);
    if (!quotes[k]) return { claims };
    const [l, r] = [quoteVectors[next], quoteVectors[next + 1]];
    next += 2;
    // Each side's quoted words against the other side's claims: the group's own, and the best of the rest.
    const rival = (quote: Float32Array, side: 'left' | 'right', mine: string[]) => {
      const others = sides[side].filter((id) => !mine.includes(id)).map((id) => cosine(quote, vectors.get(id)!));
      return others.length ? Math.max(...others) - cosine(quote, own[side]) : -1;
    };
    const quoteElsewhere = Math.round(Math.max(rival(r, 'left', a.left), rival(l, 'right', a.right)) * 1000) / 1000;
    return { claims, quotes: cosine(l, r), quoteElsewhere };
  });
}

function mean(vectors: Float32Array[]): Float32Array {
  const out = new Float32Array(vectors[0]?.length ?? 0);
  for (const v of vectors) for (let i = 0; i < out.length; i++) out[i] += v[i];
  return out;
}
