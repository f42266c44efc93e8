// Many pairs, one model: compare() over a stream of pairs, results in input order.
import { checkPair, comparePairs, isIterable, type ArticlePair, type PairResult } from './batch/compare-pairs';
import { checkCompareManyOptions } from './check-options';
import { compare } from './compare';
import { loadEmbedder } from './embed';
import { ClaimdiffInputError } from './errors';
import type { CompareManyOptions } from './options';

export type { ArticlePair, PairError, PairResult } from './batch/compare-pairs';

/**
 * Compares each pair of `pairs` (an array, an iterable or an async iterable, read lazily) and yields one result
 * per pair, in input order: `{ index, id, report }` or `{ index, id, error: { code, message } }`. A bad pair
 * gets its error and the run goes on. The embedder is loaded once (or `options.embedder` is used), and only as
 * many pairs are read ahead as `concurrency` keeps in flight. Options are checked here, before anything runs; an
 * abort through `options.signal` ends the iteration with a ClaimdiffAbortError (code ERR_ABORTED).
 */
export function compareMany(
  pairs: Iterable<ArticlePair> | AsyncIterable<ArticlePair>,
  options: CompareManyOptions = {},
): AsyncIterableIterator<PairResult> {
  checkCompareManyOptions(options);
  if (!isIterable(pairs)) {
    throw new ClaimdiffInputError('compareMany() takes the pairs as an array, an iterable or an async iterable.');
  }
  return comparePairs(pairs, options, {
    comparePair: (pair, pairOptions) => {
      const { left, right } = checkPair(pair);
      return compare(left, right, pairOptions);
    },
    loadEmbedder,
  });
}
