// What every facet stage reads of a claim: its text, capped, and where it starts in the article.
import type { Span } from '../types';

/** A claim is a sentence or two; anything longer is cut here so that no stage slows to a crawl on bad input. */
export const MAX_CLAIM_TEXT = 100_000;

/** The claim's text (empty for a missing or non-string one) and its offset (0 when unknown). */
export function readSpan(span: Span | undefined): { text: string; offset: number } {
  const text = typeof span?.text === 'string' ? span.text.slice(0, MAX_CLAIM_TEXT) : '';
  const offset = Number.isFinite(span?.start) ? span!.start : 0;
  return { text, offset };
}
