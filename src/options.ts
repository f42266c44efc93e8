import type { AlignOptions } from './align';
import type { Comparer } from './discrepancies';
import type { Embedder } from './embed';
import type { EmbedOptions } from './embed/options';
import type { SplitterName } from './text/sentences';

export type { EmbedOptions } from './embed/options';

export interface CompareOptions extends EmbedOptions {
  /** A ready embedder (reuse one across many comparisons). Overrides `model`. */
  embedder?: Embedder;
  /** Findings below this confidence are left out of the report (0..1, default 0). */
  minConfidence?: number;
  /** Alignment settings (threshold, anchor weight, …); the defaults are calibrated on development pairs. */
  alignment?: AlignOptions;
  /** Include per-stage timings (ms) in `meta.timings`. Default true. */
  timings?: boolean;
  /**
   * The comparers run on every aligned group (default: all of claimdiff's, `COMPARERS`). Pass a list to leave some
   * out or to add your own: a comparer is a function of an aligned group (see `Comparer`).
   */
  comparers?: readonly Comparer[];
  /**
   * Sentence splitter: 'portable' (default; the runtime's Intl.Segmenter, everywhere) or 'sentencex' (its native
   * binary, where the optional package for this platform is installed; a ClaimdiffInputError elsewhere).
   */
  splitter?: SplitterName;
  /**
   * Align the words of every aligned group (default true): the evidence the comparers weigh (a name whose words
   * translate the other side's is the same name; a name with no counterpart where the rest of the sentence matches
   * is replaced) and that the report shows (`Alignment.words`). False: facets only, as before.
   */
  wordAlignment?: boolean;
}

/** How far a compareMany() run has come. */
export interface CompareManyProgress {
  /** Pairs finished, with a report or an error. */
  done: number;
  /** Of those, pairs that ended in an error. */
  failed: number;
  /** How many pairs there are, when that is known up front (the pairs were given as an array). */
  total?: number;
}

export interface CompareManyOptions extends CompareOptions {
  /**
   * Pairs in flight at once (a whole number, default 2). The work runs on one thread: more than one pair in flight
   * lets one pair's analysis run while another waits for its model call, which can pay with a neural model (its
   * inference runs in native code) and not with the built-in one. Input is read only this far ahead.
   */
  concurrency?: number;
  /** Stops the run: no more input is read and no more pairs are started; the iteration throws ERR_ABORTED. */
  signal?: AbortSignal;
  /** Called each time a pair finishes (in the order pairs finish, which may differ from the input order). */
  onProgress?: (progress: CompareManyProgress) => void;
}
