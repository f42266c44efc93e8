// The language detector as claimdiff ships it: eld (Efficient Language Detector, Apache-2.0) with its 'small'
// database, bundled by the build into one CommonJS file (dist/language-detector.cjs) that the library loads
// synchronously, and only when it needs it (see detector.ts). Nothing else imports this module.
import { eld } from 'eld/small';

export interface LanguageScores {
  /** The detector's pick: an ISO 639-1 code, or '' when the text holds nothing it can read. */
  language: string;
  /** 0..1 per language the text has any evidence for; the same scale for every language. */
  scores: Record<string, number>;
}

/** Scores one passage. eld reads only about the first 350 bytes of what it is given. */
export function scoreLanguages(text: string): LanguageScores {
  const result = eld.detect(text);
  return { language: result.language, scores: result.language ? result.getScores() : {} };
}
