// The native sentencex splitter, where its prebuilt binary is installed (an optional dependency that exists for
// some platforms only). Loaded on first use; undefined where it is missing.
import { createRequire } from 'node:module';

export interface SentenceBoundary {
  /** Code point offsets (not UTF-16) into the input. */
  start_index: number;
  end_index: number;
  text: string;
}

export type BoundaryFinder = (languageCode: string, text: string) => SentenceBoundary[];

let loaded: BoundaryFinder | null | undefined;

/** sentencex's `get_sentence_boundaries` for this platform, or undefined when its binary is not installed. */
export function nativeSentencex(): BoundaryFinder | undefined {
  if (loaded === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const binding = require(`sentencex-${process.platform}-${process.arch}`) as { get_sentence_boundaries?: unknown };
      loaded = typeof binding.get_sentence_boundaries === 'function' ? (binding.get_sentence_boundaries as BoundaryFinder) : null;
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
