import type { AlignOptions } from './align';
import type { Embedder } from './embed';
import type { SplitterName } from './text/sentences';

export interface EmbedOptions {
  /**
   * 'builtin' (default): the small cross-lingual model shipped in the package, no network.
   * 'auto': a neural model when one is present locally (or its download is allowed), else the built-in one.
   * Anything else: a transformers.js model id (e.g. 'Xenova/paraphrase-multilingual-MiniLM-L12-v2') or a local folder.
   */
  model?: string;
  /** Allow transformers.js to download a model from the Hub. Off by default: nothing leaves the machine. */
  allowDownload?: boolean;
  /**
   * The folder of the built-in model. By default it is found beside claimdiff's code (models/builtin/ in the
   * package); an app bundled into one file copies that folder next to the bundle (as models/builtin/ or builtin/)
   * or says here where it is.
   */
  modelPath?: string;
  /** Folder holding models as <localModelPath>/<model id>/ (transformers.js `env.localModelPath`). */
  localModelPath?: string;
  /** Where downloaded models are cached (transformers.js `env.cacheDir`). */
  cacheDir?: string;
  /** Weight precision for neural models: 'q8' (quantised, default), 'fp32', 'fp16', … */
  dtype?: string;
  /**
   * A transformers.js module to use instead of `@huggingface/transformers` (e.g. `@xenova/transformers`). Given,
   * it runs every model, the built-in one too (which otherwise runs without it).
   */
  transformers?: unknown;
}

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
   * Sentence splitter: 'portable' (default; the runtime's Intl.Segmenter, everywhere) or 'sentencex' (its native
   * binary, where the optional package for this platform is installed; a ClaimdiffInputError elsewhere).
   */
  splitter?: SplitterName;
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
