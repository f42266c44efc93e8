// What loadEmbedder() reads: which model, where it is, and whether it may be downloaded. compare() and
// compareMany() take these too (src/options.ts re-exports the type).

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
