// One article: text → sentences → claims → facets.
import { extractFacets } from './facets';
import { describeCredits } from './facets/credits';
import { namesInside } from './facets/names/article-names';
import { findQuotes } from './facets/quotes';
import { readSpan } from './facets/span-text';
import { rememberTokens, tokenize } from './keys/words';
import { checkArticle, checkSplitter } from './input';
import { checkDeclaredLanguage, getLanguagePack, identifyLanguage } from './lang';
import type { LanguagePack } from './lang/types';
import { extractClaims } from './text/claims';
import { type Sentence, type SplitterName, splitSentences as splitWithPack } from './text/sentences';
import type { AnalysedArticle, ArticleInput, Claim, Warning } from './types';

export interface SplitOptions {
  /**
   * Which segmenter proposes sentence ends: 'portable' (default; the runtime's Intl.Segmenter, everywhere) or
   * 'sentencex' (its native binary, where the optional package for this platform is installed).
   */
  splitter?: SplitterName;
}

export interface AnalyzeOptions extends SplitOptions {
  /** Prefix of claim ids: 'L' (default) for a left article, 'R' for a right one. */
  prefix?: string;
  /** How the article is named in error messages ('left', 'right', …). */
  name?: string;
}

export type { Sentence, SplitterName };

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): AnalysedArticle {
  const { prefix = 'L', name = 'given' } = options;
  const splitter = checkSplitter(options.splitter);
  const { text, pack, warnings } = articleLanguage(input, name);
  const sentences = splitWithPack(text, pack.text, splitter);
  const context = { published: input.published, names: namesInside(text, pack.names) };
  const drafts = extractClaims(text, sentences, pack.text, splitter);
  const quotes = findQuotes(drafts);
  const claims: Claim[] = drafts.map((draft, i) => {
    const tokens = tokenize(readSpan(draft).text);
    const facets = extractFacets(draft, pack, context, tokens);
    if (quotes[i].length) facets.quotes = quotes[i];
    const attribution = draft.attribution && describeCredits(draft, draft.attribution, facets.entities, pack);
    const claim = { id: `${prefix}${i + 1}`, ...draft, ...(attribution ? { attribution } : {}), facets };
    rememberTokens(claim, tokens);
    return claim;
  });
  const article: AnalysedArticle = {
    lang: pack.code,
    claims,
    ...(input.published ? { published: input.published } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(warnings.length ? { warnings } : {}),
  };
  packs.set(article, pack);
  return article;
}

/** The pack each analysed article was read with, kept in memory beside it (its JSON names the language only). */
const packs = new WeakMap<AnalysedArticle, LanguagePack>();

/** The language pack an analysed article was read with; looked up by its language for one read back from JSON. */
export function packOf(article: AnalysedArticle): LanguagePack {
  return packs.get(article) ?? getLanguagePack(article.lang);
}

/** An article's sentences, trimmed, with UTF-16 offsets: the first stage of analyze(), for tools that need only it. */
export function splitSentences(input: ArticleInput, options: SplitOptions = {}): Sentence[] {
  const splitter = checkSplitter(options.splitter);
  const { text, pack } = articleLanguage(input, 'given');
  return splitWithPack(text, pack.text, splitter);
}

/**
 * The checked text and the pack that reads it. A language given is checked against the text with the packs' common
 * words first (see lang/guard), so a caller whose languages are right never loads the detector.
 */
function articleLanguage(input: ArticleInput, name: string): { text: string; pack: LanguagePack; warnings: Warning[] } {
  const text = checkArticle(input, name);
  const given = input.lang === undefined ? undefined : getLanguagePack(input.lang);
  const pack = given ?? getLanguagePack(identifyLanguage(text, name));
  const warning = given ? checkDeclaredLanguage(text, given.code, name) : undefined;
  return { text, pack, warnings: warning ? [warning] : [] };
}
