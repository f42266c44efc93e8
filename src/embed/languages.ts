// Whether the embedding model was built for the languages being compared. A model that knows only its listed
// languages cannot align claims in another (their words are not in its vocabulary), so that comparison is refused;
// a multilingual model whose list lacks a language may still place it near a relative, so that is a warning.
import { ClaimdiffInputError, ClaimdiffModelError } from '../errors';
import { primaryLanguage } from '../lang/codes';
import { languageWithCode } from '../lang/names';
import type { Warning } from '../types';
import type { Embedder } from './embedder';
import { RECOMMENDED_MODEL } from './resolve';

/** The languages of the two articles being compared: BCP-47 codes ('da', 'en-GB'). */
export interface ComparedLanguages {
  left: string;
  right: string;
}

type Side = 'left' | 'right';

/**
 * Checks the articles' languages against the languages `embedder` declares. Throws a ClaimdiffModelError
 * (ERR_MODEL_LANGUAGE) naming the model and the languages when a model with 'listed' coverage (the default) lacks
 * one; returns a WARN_MODEL_LANGUAGE warning per language a 'broad' model's list lacks; returns no warnings when
 * the model covers both, or declares no languages. Codes compare by primary subtag ('da-DK' is 'da').
 */
export function checkEmbedderLanguages(
  embedder: Pick<Embedder, 'name' | 'languages' | 'coverage'>,
  compared: ComparedLanguages,
): Warning[] {
  const declared = declaredLanguages(embedder);
  if (!declared) return [];
  const missing = uncovered(declared, compared);
  if (missing.size === 0) return [];
  const name = String(embedder.name);
  if ((embedder.coverage ?? 'listed') === 'listed') {
    const what = [...missing].map(([lang, sides]) => `${languageWithCode(lang)}, the language of ${whose(sides)}`);
    throw new ClaimdiffModelError(
      `The embedding model "${name}" was built for ${listOf(declared)} only; it cannot align ${what.join(', nor ')}. ` +
        `Use a multilingual model that covers ${missing.size > 1 ? 'them' : 'it'}, such as ${RECOMMENDED_MODEL}.`,
      'ERR_MODEL_LANGUAGE',
    );
  }
  return [...missing].map(([lang, sides]) => ({
    code: 'WARN_MODEL_LANGUAGE',
    ...(sides.length === 1 ? { side: sides[0] } : {}),
    message:
      `${languageWithCode(lang)}, the language of ${whose(sides)}, is not among the languages the embedding model ` +
      `"${name}" lists; its claims may be paired poorly.`,
  }));
}

/** The declared languages as primary subtags; undefined when the embedder declares none. */
function declaredLanguages(embedder: Pick<Embedder, 'name' | 'languages' | 'coverage'>): string[] | undefined {
  const { languages, coverage } = embedder;
  if (coverage !== undefined && coverage !== 'listed' && coverage !== 'broad') {
    throw new ClaimdiffInputError(`embedder.coverage must be 'listed' or 'broad', not ${JSON.stringify(coverage)}.`, 'ERR_OPTION_INVALID');
  }
  if (languages === undefined) return undefined;
  if (!Array.isArray(languages) || !languages.every(isLanguageCode)) {
    throw new ClaimdiffInputError(
      "embedder.languages must be a list of BCP-47 language codes such as ['da', 'en'].",
      'ERR_OPTION_INVALID',
    );
  }
  return languages.length > 0 ? [...new Set(languages.map(primaryLanguage))] : undefined;
}

function isLanguageCode(code: unknown): boolean {
  try {
    primaryLanguage(code);
    return true;
  } catch {
    return false;
  }
}

/** Each compared language the list lacks, with the sides written in it. */
function uncovered(declared: string[], compared: ComparedLanguages): Map<string, Side[]> {
  const missing = new Map<string, Side[]>();
  for (const side of ['left', 'right'] as const) {
    const lang = primaryLanguage(compared[side]);
    if (!declared.includes(lang)) missing.set(lang, [...(missing.get(lang) ?? []), side]);
  }
  return missing;
}

function whose(sides: Side[]): string {
  return sides.length === 2 ? 'both articles' : `the ${sides[0]} article`;
}

/** 'Danish (da) and English (en)'. */
function listOf(languages: string[]): string {
  const names = languages.map(languageWithCode);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}
