// What a claim is embedded as. A credit that stands outside the claim's words ('… sikkerhed. Det siger Sergej
// Lavrov.') is part of what it tells; the other article often says it in the same sentence ('…, according to
// Sergei Lavrov'), so the speaker's name goes with the claim's text.
import type { Claim } from '../types';

export function embeddingText(claim: Pick<Claim, 'text' | 'start' | 'end' | 'attribution'>): string {
  const speaker = claim.attribution?.speaker;
  if (!speaker || (speaker.start >= claim.start && speaker.end <= claim.end)) return claim.text;
  return `${claim.text} ${speaker.text}`;
}
