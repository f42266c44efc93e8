// Which languages a model was built for, as far as claimdiff can tell. claimdiff's own models (the built-in one)
// list theirs in config.json and know no others; any other model is taken to be a multilingual one, its languages
// known only for the few models below.
import type { LanguageDeclaration } from './embedder';

/**
 * Languages from model cards, by model name: the id without its owner, or a folder's name. The list is the
 * card's (sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2: 50 languages, with fr-ca, pt-br, zh-cn and
 * zh-tw), plus 'no' beside the card's 'nb': Norwegian Bokmål, which a pack may register as 'no'.
 */
const MODEL_CARDS: Record<string, readonly string[]> = {
  'paraphrase-multilingual-MiniLM-L12-v2': [
    'ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'gl', 'gu', 'he', 'hi', 'hr',
    'hu', 'hy', 'id', 'it', 'ja', 'ka', 'ko', 'ku', 'lt', 'lv', 'mk', 'mn', 'mr', 'ms', 'my', 'nb', 'nl', 'no',
    'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'th', 'tr', 'uk', 'ur', 'vi', 'zh',
  ],
};

/** The languages claimdiff's config.json section lists, when it is there and lists some. */
function configLanguages(config: Record<string, unknown> | undefined): string[] | undefined {
  const languages = (config?.claimdiff as { languages?: unknown } | undefined)?.languages;
  if (!Array.isArray(languages)) return undefined;
  const codes = languages.filter((code): code is string => typeof code === 'string' && code !== '');
  return codes.length > 0 ? codes : undefined;
}

/**
 * What `model` (a model id or folder, 'builtin') declares, given its config.json when it is on this machine: the
 * languages claimdiff's own models list ('listed'); else broad coverage, with the model card's languages when
 * claimdiff knows them.
 */
export function declaredLanguages(model: string, config?: Record<string, unknown>): LanguageDeclaration {
  const listed = configLanguages(config);
  if (listed) return { languages: listed, coverage: 'listed' };
  if (config?.claimdiff) return {};
  const name = model.split(/[\\/]/).filter(Boolean).pop() ?? model;
  const card = MODEL_CARDS[name];
  return card ? { languages: card, coverage: 'broad' } : { coverage: 'broad' };
}
