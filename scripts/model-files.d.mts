// Types for model-files.mjs, so that TypeScript tests can write model folders with it.
export declare const SPECIAL_TOKENS: string[];

export type ModelWeights = { matrix: Float32Array } | { int8: Int8Array; scales: Float32Array };

export declare function gatherModel(options: { vocabSize: number; dim: number } & Partial<{
  matrix: Float32Array;
  int8: Int8Array;
  scales: Float32Array;
}>): Uint8Array;
export declare function wordPieceTokenizer(vocab: string[]): Record<string, unknown>;
export declare function tokenizerConfig(): Record<string, unknown>;
export declare function modelConfig(options: { vocabSize: number; dim: number; extra?: Record<string, unknown> }): Record<string, unknown>;
export declare function writeModelFolder(
  folder: string,
  options: { vocab: string[]; dim: number; weights: ModelWeights; config?: Record<string, unknown> },
): void;
