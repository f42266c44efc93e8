// One article: text → sentences → claims → facets.
import { extractFacets } from './facets';
import { namesInside } from './facets/article-names';
import { checkArticle } from './input';
import { checkDeclaredLanguage, getLanguagePack, identifyLanguage } from './lang';
import { extractClaims } from './text/claims';
import { splitSentences } from './text/sentences';
import type { AnalysedArticle, ArticleInput, Claim, Warning } from './types';

export interface AnalyzeOptions {
  /** Prefix of claim ids: 'L' (default) for a left article, 'R' for a right one. */
  prefix?: string;
  /** How the article is named in error messages ('left', 'right', …). */
  name?: string;
}

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): AnalysedArticle {
  const { prefix = 'L', name = 'given' } = options;
  const text = checkArticle(input, name);
  // A language given is checked against the text with the packs' common words first (see lang/guard): a caller
  // whose languages are right never loads the detector.
  const given = input.lang === undefined ? undefined : getLanguagePack(input.lang);
  const pack = given ?? getLanguagePack(identifyLanguage(text, name));
  const warning = given ? checkDeclaredLanguage(text, given.code, name) : undefined;
  const warnings: Warning[] = warning ? [warning] : [];
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
    ...(warnings.length ? { warnings } : {}),
  };
}
