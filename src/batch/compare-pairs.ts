// The batch run behind compareMany() and `claimdiff batch`: the model loaded once, pairs compared a few at a time,
// results in input order, one error per bad pair instead of a stopped run.
//
// How one pair is compared is passed in, so this file does not load the pipeline itself: the command line hands in
// its own step (which turns a line that was not a pair into that line's error) and stays quick to start.
import type { Embedder } from '../embed';
import { ClaimdiffError, ClaimdiffInputError, type ClaimdiffErrorCode } from '../errors';
import type { CompareManyOptions, CompareManyProgress, CompareOptions, EmbedOptions } from '../options';
import type { AnalysedArticle, ArticleInput, Report } from '../types';
import { abortError, mapInOrder } from './in-order';

/** One pair to compare: the two articles as compare() takes them, and an id that is handed back with its result. */
export interface ArticlePair {
  id?: string | number;
  left: ArticleInput | AnalysedArticle;
  right: ArticleInput | AnalysedArticle;
}

/** Why a pair has no report: a stable code (see ClaimdiffErrorCode) and a message in plain words. */
export interface PairError {
  code: ClaimdiffErrorCode;
  message: string;
}

/** One result per pair, in input order. `index` counts pairs from 0; `id` is the pair's own id, if it has one. */
export type PairResult =
  | { index: number; id: string | number | undefined; report: Report }
  | { index: number; id: string | number | undefined; error: PairError };

/** Pairs in flight by default: one pair's analysis beside another's model call; see CompareManyOptions. */
export const DEFAULT_CONCURRENCY = 2;

export interface PairPipeline<P> {
  /** Compares one pair, or throws why it cannot. */
  comparePair(pair: P, options: CompareOptions): Promise<Report>;
  loadEmbedder(options: EmbedOptions): Promise<Embedder>;
}

/**
 * Compares every pair with `pipeline`, the options already checked. Iterating starts the run; input is read only
 * as far as `concurrency` needs.
 */
export async function* comparePairs<P>(
  pairs: Iterable<P> | AsyncIterable<P>,
  options: CompareManyOptions,
  pipeline: PairPipeline<P>,
): AsyncGenerator<PairResult, void, undefined> {
  const { concurrency = DEFAULT_CONCURRENCY, signal, onProgress, ...compareOptions } = options;
  if (signal?.aborted) throw abortError(signal);
  const embedder = compareOptions.embedder ?? (await untilAborted(pipeline.loadEmbedder(compareOptions), signal));
  const pairOptions: CompareOptions = { ...compareOptions, embedder };
  const progress: CompareManyProgress = { done: 0, failed: 0 };
  if (Array.isArray(pairs)) progress.total = pairs.length;
  let running = true;

  const comparePair = async (pair: P, index: number): Promise<PairResult> => {
    const id = idOf(pair);
    let result: PairResult;
    try {
      result = { index, id, report: await pipeline.comparePair(pair, pairOptions) };
    } catch (error) {
      result = { index, id, error: pairError(error) };
      progress.failed++;
    }
    progress.done++;
    // A run that was aborted or left says nothing more, though its last pairs may still finish.
    if (running) onProgress?.({ ...progress });
    return result;
  };

  try {
    yield* mapInOrder(pairs, comparePair, { concurrency, signal });
  } finally {
    running = false;
  }
}

/** The step compareMany() takes for one pair: check its shape, then compare its two articles. */
export function checkPair(pair: unknown): ArticlePair {
  if (pair === null || typeof pair !== 'object' || Array.isArray(pair)) {
    throw new ClaimdiffInputError('A pair must be an object with "left" and "right" articles.');
  }
  for (const side of ['left', 'right'] as const) {
    if ((pair as Record<string, unknown>)[side] === undefined) {
      throw new ClaimdiffInputError(`The pair has no "${side}" article.`);
    }
  }
  return pair as ArticlePair;
}

export function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (value === null || value === undefined) return false;
  const v = value as Record<symbol, unknown>;
  return typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function';
}

function idOf(pair: unknown): string | number | undefined {
  if (pair === null || typeof pair !== 'object') return undefined;
  return (pair as { id?: string | number }).id;
}

function pairError(error: unknown): PairError {
  if (error instanceof ClaimdiffError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'ERR_INTERNAL', message: message || 'unknown error' };
}

/** The promise's outcome, or a ClaimdiffAbortError as soon as the signal fires. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
