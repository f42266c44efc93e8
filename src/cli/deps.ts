// What the CLI needs from the library, passed in so tests can run the CLI without loading a model.
import type { Embedder } from '../embed';
import type { CompareOptions, EmbedOptions } from '../options';
import type { ArticleInput, Report } from '../types';

export interface CliDeps {
  compare(left: ArticleInput, right: ArticleInput, options: CompareOptions): Promise<Report>;
  loadEmbedder(options: EmbedOptions): Promise<Embedder>;
}

/** The real pipeline, imported on first use so `--help` and usage errors answer at once. */
export const pipelineDeps: CliDeps = {
  async compare(left, right, options) {
    const { compare } = await import('../compare');
    return compare(left, right, options);
  },
  async loadEmbedder(options) {
    const { loadEmbedder } = await import('../embed');
    return loadEmbedder(options);
  },
};
