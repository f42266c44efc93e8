// Quotations as facets: each claim holds the quoted words that open in it, read across the claims of its sentence
// (a quotation split into claims, '"We have been tested, and we are still unbeaten," said X', is one quotation).
import { quotedSpans } from '../text/quotes';
import type { Span } from '../types';

interface Placed extends Span {
  sentence: number;
}

/** Per claim, in order: the quotations that open in it (closed within its sentence). */
export function findQuotes(claims: Placed[]): Span[][] {
  const sentences = new Map<number, Placed[]>();
  for (const c of claims) sentences.set(c.sentence, [...(sentences.get(c.sentence) ?? []), c]);
  const quotes = [...sentences.values()].flatMap((mates) => quotedSpans(mates));
  return claims.map((c) => quotes.filter((q) => c.start <= q.start && q.start < c.end));
}
