// The language guard: which pack reads an article. Without a language given, the detector decides, and an
// article that reads as a language without a pack is refused rather than misread. With a language given, a
// cheap look at the packs' common words comes first; the detector is loaded only when the text does not look
// like the language it is marked with, and then a clear misfit is a warning, never a refusal.
import { ClaimdiffInputError } from '../../errors';
import type { Warning } from '../../types';
import { languageName, languageWithCode } from '../names';
import { languagePacks, supportedLanguages } from '../registry';
import { languageDetector } from './detector';
import { weighLanguages, type LanguageEvidence } from './evidence';
import { clearlyAhead, judgeLanguage, type LanguageVerdict } from './rule';

/** A text looks like a pack's language when this share of its words are the pack's common words (and no
 * other pack's share is higher). Danish and English news articles score 0.38 or more; German under 0.15. */
const LOOKS_LIKE_SHARE = 0.3;

/** The detector's verdict on a text (loads the detector). */
export function readLanguage(text: string): LanguageVerdict {
  return judgeLanguage(weigh(text), supportedLanguages());
}

/**
 * The code of the pack that reads an article given without a language. Throws ERR_LANGUAGE_UNSUPPORTED when it
 * clearly reads as a language claimdiff has no pack for, ERR_LANGUAGE_UNDETECTED when that cannot be told.
 * `side` names the article in messages: 'left', 'right', or anything else ('given').
 */
export function identifyLanguage(text: string, side: string): string {
  const verdict = readLanguage(text);
  const supported = supportedLanguages().join(', ');
  switch (verdict.kind) {
    case 'supported':
      return verdict.lang;
    case 'unsupported':
      throw new ClaimdiffInputError(
        `The ${side} article reads as ${languageWithCode(verdict.lang)}; claimdiff reads ${supported}. ` +
          `Pass ${flag(side)} if that is wrong.`,
        'ERR_LANGUAGE_UNSUPPORTED',
      );
    case 'unsure': {
      const candidates = verdict.candidates.map(languageWithCode).join(' or ');
      throw new ClaimdiffInputError(
        `Could not tell the language of the ${side} article` +
          (verdict.candidates.length > 1 ? `: it could be ${candidates}. Pass` : '; pass') +
          ` ${flag(side)} with its code (one of ${supported}).`,
        'ERR_LANGUAGE_UNDETECTED',
      );
    }
  }
}

/**
 * A warning when an article marked with `lang` clearly reads as another language; undefined when it looks like
 * `lang` (the usual case, decided without the detector) or the evidence is not clear.
 */
export function checkDeclaredLanguage(text: string, lang: string, side: string): Warning | undefined {
  if (looksLike(text, lang)) return undefined;
  let evidence: LanguageEvidence;
  try {
    evidence = weigh(text);
  } catch {
    return undefined; // no detector in this installation: the language given stands, as it always did
  }
  const lead = [...evidence.scores.keys()][0];
  if (!lead || lead === lang || !clearlyAhead(evidence, lead, lang)) return undefined;
  return {
    code: 'WARN_LANGUAGE_MISMATCH',
    ...(side === 'left' || side === 'right' ? { side } : {}),
    message:
      `The ${side} article is marked ${languageWithCode(lang)} but reads as ${languageWithCode(lead)}; ` +
      `it was analysed as ${languageName(lang)}. Check ${flag(side)}.`,
  };
}

/** Share of the text's words that are each pack's common words (the first 2,000 words). */
export function commonWordShares(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 2000) ?? [];
  const shares = new Map<string, number>();
  for (const pack of languagePacks()) {
    const common = new Set(pack.text.commonWords);
    shares.set(pack.code, words.length ? words.filter((w) => common.has(w)).length / words.length : 0);
  }
  return shares;
}

function looksLike(text: string, lang: string): boolean {
  const shares = commonWordShares(text);
  const own = shares.get(lang) ?? 0;
  return own >= LOOKS_LIKE_SHARE && [...shares.values()].every((share) => share <= own);
}

function weigh(text: string): LanguageEvidence {
  return weighLanguages(text, languageDetector());
}

/** How the caller names an article's language: the CLI flag for a side, else the input's field. */
function flag(side: string): string {
  return side === 'left' || side === 'right' ? `--${side}-lang` : '"lang"';
}
