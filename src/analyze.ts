// One article: text → sentences → claims → facets.
import { extractFacets } from './facets';
import { namesInside } from './facets/article-names';
import { checkArticle } from './input';
import { ClaimdiffInputError } from './errors';
import { detectLanguage, getLanguagePack, supportedLanguages } from './lang';
import { extractClaims } from './text/claims';
import { splitSentences } from './text/sentences';
import type { AnalysedArticle, ArticleInput, Claim } from './types';

export interface AnalyzeOptions {
  /** Prefix of claim ids: 'L' (default) for a left article, 'R' for a right one. */
  prefix?: string;
  /** How the article is named in error messages ('left', 'right', …). */
  name?: string;
}

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): AnalysedArticle {
  const { prefix = 'L', name = 'given' } = options;
  const text = checkArticle(input, name);
  const lang = input.lang ?? detectLanguage(text);
  if (!lang) {
    throw new ClaimdiffInputError(
      `Could not tell the language of the ${name} article; pass its code (one of ${supportedLanguages().join(', ')}).`,
      'ERR_LANGUAGE_UNDETECTED',
    );
  }
  const pack = getLanguagePack(lang);
  const sentences = splitSentences(text, pack.text);
  const context = { published: input.published, names: namesInside(text, pack.names) };
  const claims: Claim[] = extractClaims(text, sentences, pack.text).map((draft, i) => ({
    id: `${prefix}${i + 1}`,
    ...draft,
    facets: extractFacets(draft, pack, context),
  }));
  return {
    lang: pack.code,
    claims,
    ...(input.published ? { published: input.published } : {}),
    ...(input.source ? { source: input.source } : {}),
  };
}
