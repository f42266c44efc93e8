// The whole pipeline: analyse both articles, load an embedder for their languages, embed and align their claims,
// find what the aligned claims disagree on, and report.
import { analyze, packOf } from './analyze';
import { checkAnalysed, separateIds } from './analysed-input';
import { ALIGN_DEFAULTS, align } from './align';
import { wordsForReport } from './align/words-json';
import { checkCompareOptions } from './check-options';
import { alignGroupWords, findDiscrepanciesOf } from './discrepancies';
import { loadEmbedder } from './embed';
import { embeddingText } from './embed/claim-text';
import { checkEmbedderLanguages } from './embed/languages';
import { loadWordVectors } from './embed/word-vectors';
import { checkSplitter } from './input';
import type { CompareOptions } from './options';
import type { AnalysedArticle, ArticleInput, Report } from './types';
import { version } from '../package.json';

export async function compare(
  left: ArticleInput | AnalysedArticle,
  right: ArticleInput | AnalysedArticle,
  options: CompareOptions = {},
): Promise<Report> {
  checkCompareOptions(options);
  const clock = stopwatch();
  const splitter = checkSplitter(options.splitter);
  const given = separateIds(
    isAnalysed(left) ? checkAnalysed(left, 'left') : analyze(left, { prefix: 'L', name: 'left', splitter }),
    isAnalysed(right) ? checkAnalysed(right, 'right') : analyze(right, { prefix: 'R', name: 'right', splitter }),
  );
  const { left: leftArticle, right: rightArticle } = given;
  const names = { left: packOf(leftArticle).name, right: packOf(rightArticle).name };
  clock.lap('analyze');

  const embedder = options.embedder ?? (await loadEmbedder(options));
  const modelWarnings = checkEmbedderLanguages(embedder, { left: leftArticle.lang, right: rightArticle.lang });
  clock.lap('load');
  const leftVectors = await embedder.embed(leftArticle.claims.map(embeddingText));
  const rightVectors = await embedder.embed(rightArticle.claims.map(embeddingText));
  clock.lap('embed');

  const { alignments, unmatched, related } = align(
    leftArticle.claims,
    rightArticle.claims,
    leftVectors,
    rightVectors,
    options.alignment,
  );
  // The words of each aligned group, aligned across the sides: the evidence behind each pairing and finding.
  const wordVectors = options.wordAlignment === false ? undefined : loadWordVectors(options.modelPath);
  const words = wordVectors ? alignGroupWords(leftArticle.claims, rightArticle.claims, alignments, wordVectors) : undefined;
  clock.lap('align');

  const found = await findDiscrepanciesOf(
    {
      left: { claims: leftArticle.claims, vectors: leftVectors },
      right: { claims: rightArticle.claims, vectors: rightVectors },
      alignments,
      related,
      names,
      words,
    },
    (texts) => embedder.embed(texts),
    { threshold: options.alignment?.threshold ?? ALIGN_DEFAULTS.threshold, comparers: options.comparers },
  );
  const discrepancies = found.filter((d) => d.confidence >= (options.minConfidence ?? 0));
  clock.lap('discrepancies');

  const warnings = [...(leftArticle.warnings ?? []), ...(rightArticle.warnings ?? []), ...given.warnings, ...modelWarnings];
  return {
    left: leftArticle,
    right: rightArticle,
    alignments: words ? alignments.map((a, k) => ({ ...a, words: wordsForReport(words[k]) })) : alignments,
    discrepancies,
    unmatched,
    meta: { embedder: embedder.name, version, ...(options.timings === false ? {} : { timings: clock.laps }) },
    ...(warnings.length ? { warnings } : {}),
  };
}

function isAnalysed(article: ArticleInput | AnalysedArticle): article is AnalysedArticle {
  return Array.isArray((article as AnalysedArticle)?.claims) && typeof (article as AnalysedArticle).lang === 'string';
}

function stopwatch() {
  let last = performance.now();
  const laps: Record<string, number> = {};
  return {
    laps,
    lap(name: string) {
      const now = performance.now();
      laps[name] = Math.round((now - last) * 10) / 10;
      last = now;
    },
  };
}
