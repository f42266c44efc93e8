// Types for model-lexicon.mjs, so that TypeScript tests can call it.
export interface Link {
  en: string[];
  da: string;
  weight?: number;
}
export declare function phraseLinks(phrases: Array<{ en: string[]; da: string[] }>, known: Map<string, Set<string>>): Link[];
export declare function learnedLinks(
  sentencePairs: Array<[string, string]>,
  options?: { iterations?: number; minCount?: number; minProbability?: number },
): Link[];
export declare function englishBase(word: string, known: (word: string) => boolean): string | undefined;
