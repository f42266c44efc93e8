// The language registry and the language guard: look packs up by code, tell which pack reads a text.
import { readLanguage } from './guard';
import type { LanguagePack } from './types';

export { getLanguagePack, registerLanguage, supportedLanguages } from './registry';
export { identifyLanguage, checkDeclaredLanguage } from './guard';
export type { LanguagePack };

/**
 * The code of the language pack that reads `text`, as `analyze()` picks it when no language is given: the
 * supported language the bundled detector reads the text as. Undefined when the text reads as a language
 * without a pack (German, Swedish, Norwegian, …) or when it is too short or too mixed to tell (a Danish
 * sentence that reads almost as well as Norwegian). Loads the detector (a few hundred milliseconds) on first use.
 */
export function detectLanguage(text: string): string | undefined {
  const verdict = readLanguage(text);
  return verdict.kind === 'supported' ? verdict.lang : undefined;
}
